import {
	parseScenarioParams,
	toSearchParams,
	type ParsedScenario,
	type Scenario
} from '../scenario/index';

/** The link key of a swept setting: `vary=teamsPerPm:1..10`, once or twice. */
export const VARY_PARAM = 'vary';

/**
 * A sweep link read apart: the scenario (every other key, read as the main page reads it) and
 * the vary specs, unchecked (parseVaries checks them).
 */
export function readSweepLink(link: string | URLSearchParams): ParsedScenario & { vary: string[] } {
	const params = new URLSearchParams(
		typeof link === 'string' ? link.slice(link.indexOf('?') + 1) : link
	);
	const vary = params.getAll(VARY_PARAM);
	params.delete(VARY_PARAM);
	return { ...parseScenarioParams(params), vary };
}

/** The query of a sweep of `scenario` over `vary` (link-form specs), as /sweep reads it. */
export function sweepQuery(scenario: Scenario, vary: readonly string[]): string {
	const params = toSearchParams(scenario);
	for (const spec of vary) params.append(VARY_PARAM, spec);
	return params.toString();
}
