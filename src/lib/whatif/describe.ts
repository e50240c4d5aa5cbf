/**
 * Ranked changes in words, for the what-if panel and the report. Figures use the same formatter
 * as the results views (a tenth of a day).
 */
import { formatValue } from '$lib/charts/format';
import type { DecisionKind } from '$lib/sim/types';
import type { RankedChange } from './rankChanges';

const MINUS = '−';

/** "6.6 days" with a true minus sign when negative. */
export function daysText(days: number | null): string {
	if (days === null || !Number.isFinite(days)) return '–';
	return `${formatValue('days', days).replace('-', MINUS)} days`;
}

/** "34%" of a share, whole percent. */
function percent(share: number): string {
	return `${Math.round(Math.abs(share) * 100)}%`;
}

/** The headline of a change: "6.6 days shorter (34%)", "2.1 days longer (11%)". */
export function improvementText(
	change: Pick<RankedChange, 'improvementDays' | 'improvementShare'>
): string {
	const days = change.improvementDays;
	if (formatValue('days', Math.abs(days)) === '0.0') return 'no measurable change';
	const size = `${formatValue('days', Math.abs(days))} days`;
	return `${size} ${days > 0 ? 'shorter' : 'longer'} (${percent(change.improvementShare)})`;
}

/** How sure the comparison is: "shorter in 10 of 10 runs", or that it is within the noise. */
export function evidenceText(
	change: Pick<RankedChange, 'wins' | 'runs' | 'clear' | 'improvementDays'>
): string {
	const runs = `${change.runs} ${change.runs === 1 ? 'run' : 'runs'}`;
	if (change.runs < 2) return `from ${runs}; too few to tell change from chance`;
	const tally = `shorter in ${change.wins} of ${runs}`;
	if (change.clear) return tally;
	return `within the noise: ${tally}`;
}

/** "roadmap −7.4", "backlog +0.2", per kind, days. */
export function kindDeltaText(kind: DecisionKind, delta: number | null): string {
	if (delta === null) return `${kind} –`;
	const text = formatValue('days', Math.abs(delta));
	if (text === '0.0') return `${kind} ±0`;
	return `${kind} ${delta < 0 ? MINUS : '+'}${text}`;
}
