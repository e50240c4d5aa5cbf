/**
 * Two evaluated scenarios side by side: the headline figures with their difference and whether
 * the difference is for the better, the people each needs, and the gaps B opens or closes.
 * Figures are the CLI's (`toSummaryJson`: medians across the runs) under the CLI's keys.
 *
 * A difference is called better or worse only when it is clear: when A and B ran on the same
 * seeds, from the runs' paired differences (mean at least two standard errors from zero, as the
 * what-if ranking does); otherwise from the two sides' standard errors. A difference that prints
 * as zero, or is within the noise, is "same".
 *
 * A lead time that does not exist (nothing finished, or too much still open to estimate it) is
 * shown as what is known ("none finished", "more than 40.0") and, as the engine's bands count it,
 * as longer than any that exists: the side without one is the worse.
 */
import { formatValue, type MetricUnit } from '$lib/charts/format';
import { readLeadTime, type LeadTimeStatistic } from '$lib/charts/leadTimeText';
import { DECISION_KINDS, type DecisionKind, type Gap } from '$lib/sim/types';
import type { Evaluation } from '$lib/whatif/evaluate';

export type Verdict = 'better' | 'worse' | 'same';

/** A figure as a table cell shows it: the text, and what else is known ("26 still open"). */
export interface ShownFigure {
	text: string;
	note: string;
}

export interface MetricRow {
	/** The CLI JSON key (`decisions.backlog.leadTimeDays.mean`), or `whatif.<kind>` for the ranking figure. */
	key: string;
	kind: DecisionKind | 'all';
	label: string;
	unit: MetricUnit;
	better: 'lower' | 'higher';
	/** The exact value; null when there is none (a lead time shown as a bound or in words). */
	a: number | null;
	b: number | null;
	shownA: ShownFigure;
	shownB: ShownFigure;
	/** b − a, or null when either is missing or both are lower bounds. */
	diff: number | null;
	/** "or more" when B's figure is a lower bound, "or less" when A's is: the difference is too. */
	diffQualifier: '' | 'or more' | 'or less';
	verdict: Verdict | null;
}

interface MetricSpec {
	path: string;
	label: string;
	unit: MetricUnit;
	better: 'lower' | 'higher';
	pick: (e: Evaluation, kind: DecisionKind) => number | null;
	runs: (e: Evaluation, kind: DecisionKind) => (number | null)[];
	/** For lead times: the statistic, read with the open decisions when it does not exist. */
	leadTime?: LeadTimeStatistic;
}

export const KIND_METRICS: MetricSpec[] = [
	{
		path: 'leadTimeDays.mean',
		label: 'Lead time, mean (days)',
		unit: 'days',
		better: 'lower',
		pick: (e, k) => e.summary.decisions[k].leadTimeDays.mean,
		runs: (e, k) => e.perRun.kinds[k].leadTimeMean,
		leadTime: 'mean'
	},
	{
		path: 'leadTimeDays.p85',
		label: '85% done within (days)',
		unit: 'days',
		better: 'lower',
		pick: (e, k) => e.summary.decisions[k].leadTimeDays.p85,
		runs: (e, k) => e.perRun.kinds[k].leadTimeP85,
		leadTime: 'p85'
	},
	{
		path: 'throughputPerWeek',
		label: 'Throughput (per week)',
		unit: 'rate',
		better: 'higher',
		pick: (e, k) => e.summary.decisions[k].throughputPerWeek,
		runs: (e, k) => e.perRun.kinds[k].throughputPerWeek
	},
	{
		path: 'inProgress',
		label: 'Open at the end',
		unit: 'count',
		better: 'lower',
		pick: (e, k) => e.summary.decisions[k].inProgress,
		runs: (e, k) => e.perRun.kinds[k].inProgress
	}
];

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function standardError(xs: number[]): number {
	if (xs.length < 2) return Infinity;
	const m = mean(xs);
	return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1) / xs.length);
}

/**
 * Whether B differs from A beyond the noise of the runs: paired when both sides ran on the same
 * seeds (common random numbers), unpaired otherwise. Null when there are too few runs to tell.
 */
export function clearDifference(
	aRuns: readonly (number | null)[],
	bRuns: readonly (number | null)[],
	paired: boolean
): boolean | null {
	if (paired && aRuns.length === bRuns.length) {
		const diffs: number[] = [];
		aRuns.forEach((a, i) => {
			const b = bRuns[i];
			if (a !== null && b !== null) diffs.push(b - a);
		});
		if (diffs.length < 2) return null;
		const m = mean(diffs);
		const se = standardError(diffs);
		return m !== 0 && Math.abs(m) >= 2 * se;
	}
	const a = aRuns.filter((x): x is number => x !== null);
	const b = bRuns.filter((x): x is number => x !== null);
	if (a.length < 2 || b.length < 2) return null;
	const m = mean(b) - mean(a);
	return m !== 0 && Math.abs(m) >= 2 * Math.hypot(standardError(a), standardError(b));
}

const samePairs = (a: Evaluation, b: Evaluation) =>
	a.seeds.length === b.seeds.length && a.seeds.every((s, i) => s === b.seeds[i]);

/**
 * better, worse or same for B against A. `clear` says whether the runs show a real difference
 * (see clearDifference); without it (one run each), any printed difference counts. Infinity
 * stands for a lead time that does not exist, longer than any that does: against a number it is
 * the worse, whatever the noise; two of them are the same.
 */
export function verdict(
	unit: MetricUnit,
	better: 'lower' | 'higher',
	a: number | null,
	b: number | null,
	clear: boolean | null = null
): Verdict | null {
	if (a === null || b === null || Number.isNaN(a) || Number.isNaN(b)) return null;
	if (a === b) return 'same';
	const finite = Number.isFinite(a) && Number.isFinite(b);
	if (finite && (formatValue(unit, a) === formatValue(unit, b) || clear === false)) return 'same';
	return b < a === (better === 'lower') ? 'better' : 'worse';
}

/** One side's lead time as the table shows it, and how it is judged. */
interface LeadTimeCell {
	/** "8.0", "at least 104.4", "more than 40.0", "none finished". */
	shown: ShownFigure;
	/** The value its verdict is judged by: Infinity when it does not exist though decisions arrived. */
	judged: number | null;
	/** The value is a lower bound (a mean with the slowest decisions still open). */
	atLeast: boolean;
}

function leadTimeCell(
	e: Evaluation,
	kind: DecisionKind,
	statistic: LeadTimeStatistic
): LeadTimeCell {
	const d = e.summary.decisions[kind];
	const reading = readLeadTime(d.leadTimeDays, statistic, d);
	const value = d.leadTimeDays[statistic];
	return {
		shown: {
			text: [reading.qualifier, reading.figure].filter(Boolean).join(' '),
			note: reading.note
		},
		judged: value ?? (d.created > 0 ? Number.POSITIVE_INFINITY : null),
		atLeast: reading.qualifier === 'at least'
	};
}

function row(
	key: string,
	kind: DecisionKind | 'all',
	label: string,
	unit: MetricUnit,
	better: 'lower' | 'higher',
	a: number | null,
	b: number | null,
	clear: boolean | null,
	lead?: { a: LeadTimeCell; b: LeadTimeCell }
): MetricRow {
	const plain = (value: number | null) => ({ text: formatValue(unit, value), note: '' });
	const bothBounds = lead !== undefined && lead.a.atLeast && lead.b.atLeast;
	let judged = lead ? verdict(unit, better, lead.a.judged, lead.b.judged, clear) : null;
	// A lower bound settles the verdict only where it already points: a B of "at least 20" is
	// worse than an A of 10, but against an A of 30 it could be either.
	if (lead && (bothBounds || (lead.b.atLeast && judged !== 'worse'))) judged = null;
	if (lead && lead.a.atLeast && judged !== 'better') judged = null;
	return {
		key,
		kind,
		label,
		unit,
		better,
		a,
		b,
		shownA: lead ? lead.a.shown : plain(a),
		shownB: lead ? lead.b.shown : plain(b),
		diff: a === null || b === null || bothBounds ? null : b - a,
		diffQualifier: bothBounds ? '' : lead?.b.atLeast ? 'or more' : lead?.a.atLeast ? 'or less' : '',
		verdict: lead ? judged : verdict(unit, better, a, b, clear)
	};
}

/** Per decision kind, the headline figures of A and B. */
export function kindRows(a: Evaluation, b: Evaluation, kind: DecisionKind): MetricRow[] {
	const paired = samePairs(a, b);
	return [
		...KIND_METRICS.map((m) => {
			const va = m.pick(a, kind);
			const vb = m.pick(b, kind);
			const clear = clearDifference(m.runs(a, kind), m.runs(b, kind), paired);
			const key = `decisions.${kind}.${m.path}`;
			if (!m.leadTime) return row(key, kind, m.label, m.unit, m.better, va, vb, clear);
			const cells = { a: leadTimeCell(a, kind, m.leadTime), b: leadTimeCell(b, kind, m.leadTime) };
			return row(key, kind, m.label, m.unit, m.better, va, vb, clear, cells);
		}),
		row(
			`whatif.${kind}`,
			kind,
			'Mean time to decide, open ones counted (days)',
			'days',
			'lower',
			a.scoreByKind[kind],
			b.scoreByKind[kind],
			clearDifference(a.perRun.kinds[kind].daysInSystem, b.perRun.kinds[kind].daysInSystem, paired)
		)
	];
}

export function overallRow(a: Evaluation, b: Evaluation): MetricRow {
	return row(
		'whatif.all',
		'all',
		'Mean time to decide, all kinds (days)',
		'days',
		'lower',
		a.score,
		b.score,
		clearDifference(a.perRun.score, b.perRun.score, samePairs(a, b))
	);
}

export interface PeopleRow {
	label: string;
	a: number;
	b: number;
	diff: number;
}

export function peopleRows(a: Evaluation, b: Evaluation): PeopleRow[] {
	const rows: [string, keyof Evaluation['people']][] = [
		['Product Managers', 'productManagers'],
		['Product Owners', 'productOwners'],
		['Combined PM/POs', 'combinedPmPo'],
		['Developers', 'developers']
	];
	const out = rows
		.map(([label, key]) => ({
			label,
			a: a.people[key],
			b: b.people[key],
			diff: b.people[key] - a.people[key]
		}))
		.filter((r) => r.a !== 0 || r.b !== 0);
	const total = (e: Evaluation) =>
		e.people.productManagers + e.people.productOwners + e.people.combinedPmPo + e.people.developers;
	out.push({ label: 'Everyone', a: total(a), b: total(b), diff: total(b) - total(a) });
	return out;
}

export interface GapChanges {
	/** Gaps B has that A does not. */
	opened: Gap[];
	/** Gaps A has that B does not. */
	closed: Gap[];
	/** Gaps both have (B's wording). */
	kept: Gap[];
}

const gapKey = (g: Gap) => `${g.responsibility}|${g.kind}`;

export function gapChanges(a: readonly Gap[], b: readonly Gap[]): GapChanges {
	const inA = new Set(a.map(gapKey));
	const inB = new Set(b.map(gapKey));
	return {
		opened: b.filter((g) => !inA.has(gapKey(g))),
		closed: a.filter((g) => !inB.has(gapKey(g))),
		kept: b.filter((g) => inA.has(gapKey(g)))
	};
}

/** "−1.2", "+0.35", "±0" for a difference, in the unit's rounding. */
export function diffText(unit: MetricUnit, diff: number | null): string {
	if (diff === null || !Number.isFinite(diff)) return '–';
	const text = formatValue(unit, Math.abs(diff));
	if (Number(text.replace(/[,%]/g, '')) === 0) return '±0';
	return `${diff < 0 ? '−' : '+'}${text}`;
}

export { DECISION_KINDS };

/**
 * The headline table as CSV rows, for the compare page's export: one row per figure with its
 * CLI key, both sides' values (unrounded) and the difference.
 */
export function comparisonRows(a: Evaluation, b: Evaluation): (string | number | null)[][] {
	const rows: (string | number | null)[][] = [
		['key', 'figure', 'a', 'b', 'bMinusA', 'verdict', 'aShown', 'bShown']
	];
	// The shown text says what a bare number cannot: "at least 104.4", "none finished; 4 open …".
	const shown = (f: ShownFigure) => (f.note ? `${f.text}; ${f.note}` : f.text);
	const push = (r: MetricRow) =>
		rows.push([r.key, r.label, r.a, r.b, r.diff, r.verdict, shown(r.shownA), shown(r.shownB)]);
	push(overallRow(a, b));
	for (const kind of DECISION_KINDS) kindRows(a, b, kind).forEach(push);
	for (const p of peopleRows(a, b))
		rows.push([`people.${p.label}`, p.label, p.a, p.b, p.diff, null, String(p.a), String(p.b)]);
	return rows;
}
