/**
 * How figures are printed, in one place: the results views and the CLI both call these, so the
 * browser shows exactly the digits `npm run simulate` prints for the same URL.
 *
 * d3-format is used rather than `Intl.NumberFormat` because its default locale is fixed
 * (en-US: "," groups thousands, "." marks decimals) whatever the host's language, so Node and
 * every browser print the same string.
 */
import { format } from 'd3';

/** What a figure measures, which decides its rounding. */
export type MetricUnit = 'count' | 'days' | 'rate' | 'mean' | 'share';

const FORMATTERS: Record<MetricUnit, (value: number) => string> = {
	// Whole decisions: created, completed, in progress.
	count: format(',.0f'),
	// Lead times and waits in working days: a tenth of a day (under an hour) is as precise as a
	// simulation with assumed durations deserves.
	days: format(',.1f'),
	// Decisions per week: two decimals, because pricing runs at a fraction of one a week.
	rate: format(',.2f'),
	// Mean work in progress and mean queue lengths.
	mean: format(',.1f'),
	// Utilisation, load and shares of waiting, as whole percentages.
	share: format('.0%')
};

/** The text shown for a missing or non-finite figure (no decision completed, say). */
export const MISSING = '–';

/** Formats a value of a known unit; `null`, `undefined`, NaN and ±Infinity print as "–". */
export function formatValue(unit: MetricUnit, value: number | null | undefined): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
	const text = FORMATTERS[unit](value);
	// d3 prints −0.0 for tiny negatives rounded to zero; a figure never means that.
	return text.replace(/^[−-](?=[0.,%]*$)/, '');
}

/**
 * A role's load (offered work ÷ productive hours, the engine's `load`): a whole percentage that
 * goes past 100% when the role is overloaded ("495%"), and "no hours" for work sent to a role
 * with no productive hours (the engine's LOAD_CAP stand-in, 1000 = 100,000%).
 */
export function formatLoad(load: number | null | undefined): string {
	if (load !== null && load !== undefined && load >= LOAD_CAP_SHOWN) return 'no hours';
	return formatValue('share', load);
}
/** The engine's LOAD_CAP (src/lib/sim/metrics/verdict.ts), kept here so charts need no sim import. */
const LOAD_CAP_SHOWN = 1000;

/**
 * The unit of a figure from its key in the CLI's JSON (`decisions.backlog.leadTimeDays.mean`,
 * `roles[3].utilisation`, `bottlenecks[0].share`); unknown keys print as means.
 */
export function metricUnit(key: string): MetricUnit {
	const last = key.split('.').pop() ?? key;
	if (/leadTimeDays/.test(key) || /Days$/.test(last)) return 'days';
	if (last === 'throughputPerWeek') return 'rate';
	if (last === 'created' || last === 'completed' || last === 'inProgress' || last === 'events')
		return 'count';
	if (last === 'utilisation' || last === 'load' || /share$/i.test(last)) return 'share';
	return 'mean';
}

/** Formats a figure named by its CLI JSON key: `formatMetric('decisions.pricing.throughputPerWeek', 0.154)` is "0.15". */
export function formatMetric(key: string, value: number | null | undefined): string {
	return formatValue(metricUnit(key), value);
}

/** "1 PO", "3 POs": counts with a noun that takes a plain -s plural. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
	return `${format(',.0f')(count)} ${count === 1 ? noun : nouns}`;
}
