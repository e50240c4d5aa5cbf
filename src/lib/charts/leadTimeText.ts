/**
 * A lead time in words, saying what is known when the number does not exist. The engine's lead
 * times are Kaplan–Meier estimates that count open decisions as censored (docs/model.md, "Lead
 * times"): every figure is null when nothing finished, and a percentile is null when the share
 * still open never lets the estimate fall that far. Neither is zero days, so neither prints as a
 * number. Pure; every view that shows a lead time reads it through here.
 */
import type { OpenDecisions, OptionalBand, Percentiles } from '$lib/sim/types';
import { formatValue } from './format';

/** The counts beside a kind's lead times that say why one is missing. */
export interface DecisionCounts {
	created: number;
	completed: number;
	open: OpenDecisions;
	/** The engine's word that the mean is only a lower bound (the oldest decision still open). */
	leadTimeMeanIsLowerBound?: boolean;
}

export type LeadTimeStatistic = keyof Percentiles;

export interface LeadTimeReading {
	/** "more than" or "at least" before a bound; empty before an exact figure or words. */
	qualifier: string;
	/** "12.3", or words when there is no figure ("none finished"). */
	figure: string;
	/** "days" after a figure; empty after words. */
	unit: string;
	/** What else is known ("7 open, oldest 40.0 days", "26 still open"); empty when nothing. */
	note: string;
	/** The engine's value in days (a lower bound after "at least"); null when it has none. */
	value: number | null;
}

const days = (x: number) => formatValue('days', x);

/** "7 open, oldest 40.0 days", or "" when none is open. */
export function openText(open: OpenDecisions): string {
	if (open.count <= 0) return '';
	const count = formatValue('count', open.count);
	return open.oldestDays === null
		? `${count} open`
		: `${count} open, oldest ${days(open.oldestDays)} days`;
}

/**
 * One statistic of a kind's lead times, read with its counts:
 * - a number: "12.3" days;
 * - the mean when the engine says it is a lower bound (the oldest decision seen is still open,
 *   so the survival curve never reaches zero): "at least 100.2" days;
 * - a null percentile with decisions open: "more than" the oldest open decision's age, because
 *   the estimate never falls that far by the last observation, and that decision is one;
 * - nothing finished: "none finished", with what is open; nothing created: "none arrived".
 */
export function readLeadTime(
	times: Percentiles,
	statistic: LeadTimeStatistic,
	counts: DecisionCounts
): LeadTimeReading {
	const value = times[statistic];
	const open = counts.open;
	const words = (figure: string, note = ''): LeadTimeReading => ({
		qualifier: '',
		figure,
		unit: '',
		note,
		value: null
	});
	if (counts.created <= 0 && counts.completed <= 0) return words('none arrived');
	if (counts.completed <= 0 || (value === null && times.mean === null)) {
		return words('none finished', openText(open));
	}
	const stillOpen = open.count > 0 ? `${formatValue('count', open.count)} still open` : '';
	const bound = (qualifier: string, x: number): LeadTimeReading => ({
		qualifier,
		figure: days(x),
		unit: 'days',
		note: stillOpen,
		value
	});
	if (value === null) {
		return open.oldestDays === null
			? words('not known', stillOpen)
			: bound('more than', open.oldestDays);
	}
	if (statistic === 'mean' && counts.leadTimeMeanIsLowerBound) return bound('at least', value);
	return { qualifier: '', figure: days(value), unit: 'days', note: '', value };
}

/** The reading as one phrase: "12.3 days", "more than 40.0 days (26 still open)", "none finished; 7 open, oldest 40.0 days". */
export function readingText(reading: LeadTimeReading): string {
	const head = [reading.qualifier, reading.figure, reading.unit].filter(Boolean).join(' ');
	if (!reading.note) return head;
	return reading.unit ? `${head} (${reading.note})` : `${head}; ${reading.note}`;
}

/** `readLeadTime` as one phrase. */
export function leadTimeText(
	times: Percentiles,
	statistic: LeadTimeStatistic,
	counts: DecisionCounts
): string {
	return readingText(readLeadTime(times, statistic, counts));
}

/**
 * The 5–95% range of a lead time over runs, in days without the unit: "12.1–15.3". A run with no
 * lead time counts as longer than every other, so a null top end reads "12.1 or more"; with both
 * ends null the figure is missing in almost every run, and there is no range to give (null).
 */
export function leadTimeRangeText(band: OptionalBand | undefined): string | null {
	if (!band || band.p5 === null) return null;
	if (band.p95 === null) return `${days(band.p5)} or more`;
	return `${days(band.p5)}–${days(band.p95)}`;
}
