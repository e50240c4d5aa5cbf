/** Which scenarios were simulated, and their evaluations as the comparison views take them. */
import { toQueryString, type Scenario } from '$lib/scenario';
import type { Evaluation } from '$lib/whatif/evaluate';
import { SIDE_STYLES, type ComparedSide } from './compareCharts';

/** The key of a run: the scenarios' queries without their names, which change no figure. */
export function scenariosKey(scenarios: Scenario[]): string {
	return scenarios.map((s) => toQueryString({ ...s, name: '' })).join('|');
}

/**
 * The first evaluation as A and the second as B, each under its scenario's name; null until there
 * is an evaluation for every name (a run of other scenarios is not shown as these).
 */
export function comparedSides(
	evaluations: Evaluation[] | null,
	names: string[]
): ComparedSide[] | null {
	if (!evaluations || evaluations.length !== names.length || names.length === 0) return null;
	return evaluations.map((evaluation, i) => ({
		side: i === 0 ? SIDE_STYLES.a : SIDE_STYLES.b,
		name: names[i],
		evaluation
	}));
}
