/**
 * Two evaluated scenarios side by side: the headline figures with their difference and whether
 * the difference is for the better, the people each needs, and the gaps B opens or closes.
 * Figures are the CLI's (`toSummaryJson`: medians across the runs) under the CLI's keys.
 *
 * A difference is called better or worse only when it is clear: when A and B ran on the same
 * seeds, from the runs' paired differences (mean at least two standard errors from zero, as the
 * what-if ranking does); otherwise from the two sides' standard errors. A difference that prints
 * as zero, or is within the noise, is "same".
 */
import { formatValue, type MetricUnit } from '$lib/charts/format';
import { DECISION_KINDS, type DecisionKind, type Gap } from '$lib/sim/types';
import type { Evaluation } from '$lib/whatif/evaluate';

export type Verdict = 'better' | 'worse' | 'same';

export interface MetricRow {
	/** The CLI JSON key (`decisions.backlog.leadTimeDays.mean`), or `whatif.<kind>` for the ranking figure. */
	key: string;
	kind: DecisionKind | 'all';
	label: string;
	unit: MetricUnit;
	better: 'lower' | 'higher';
	a: number | null;
	b: number | null;
	/** b − a, or null when either is missing. */
	diff: number | null;
	verdict: Verdict | null;
}

interface MetricSpec {
	path: string;
	label: string;
	unit: MetricUnit;
	better: 'lower' | 'higher';
	pick: (e: Evaluation, kind: DecisionKind) => number | null;
	runs: (e: Evaluation, kind: DecisionKind) => (number | null)[];
}

const completed = (e: Evaluation, kind: DecisionKind) => e.summary.decisions[kind].completed > 0;

export const KIND_METRICS: MetricSpec[] = [
	{
		path: 'leadTimeDays.mean',
		label: 'Lead time, mean (days)',
		unit: 'days',
		better: 'lower',
		pick: (e, k) => (completed(e, k) ? e.summary.decisions[k].leadTimeDays.mean : null),
		runs: (e, k) => e.perRun.kinds[k].leadTimeMean
	},
	{
		path: 'leadTimeDays.p85',
		label: '85% done within (days)',
		unit: 'days',
		better: 'lower',
		pick: (e, k) => (completed(e, k) ? e.summary.decisions[k].leadTimeDays.p85 : null),
		runs: (e, k) => e.perRun.kinds[k].leadTimeP85
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
 * (see clearDifference); without it (one run each), any printed difference counts.
 */
export function verdict(
	unit: MetricUnit,
	better: 'lower' | 'higher',
	a: number | null,
	b: number | null,
	clear: boolean | null = null
): Verdict | null {
	if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) return null;
	if (formatValue(unit, a) === formatValue(unit, b) || clear === false) return 'same';
	return b < a === (better === 'lower') ? 'better' : 'worse';
}

function row(
	key: string,
	kind: DecisionKind | 'all',
	label: string,
	unit: MetricUnit,
	better: 'lower' | 'higher',
	a: number | null,
	b: number | null,
	clear: boolean | null
): MetricRow {
	return {
		key,
		kind,
		label,
		unit,
		better,
		a,
		b,
		diff: a === null || b === null ? null : b - a,
		verdict: verdict(unit, better, a, b, clear)
	};
}

/** Per decision kind, the headline figures of A and B. */
export function kindRows(a: Evaluation, b: Evaluation, kind: DecisionKind): MetricRow[] {
	const paired = samePairs(a, b);
	return [
		...KIND_METRICS.map((m) =>
			row(
				`decisions.${kind}.${m.path}`,
				kind,
				m.label,
				m.unit,
				m.better,
				m.pick(a, kind),
				m.pick(b, kind),
				clearDifference(m.runs(a, kind), m.runs(b, kind), paired)
			)
		),
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
	const rows: (string | number | null)[][] = [['key', 'figure', 'a', 'b', 'bMinusA', 'verdict']];
	const push = (r: MetricRow) => rows.push([r.key, r.label, r.a, r.b, r.diff, r.verdict]);
	push(overallRow(a, b));
	for (const kind of DECISION_KINDS) kindRows(a, b, kind).forEach(push);
	for (const p of peopleRows(a, b))
		rows.push([`people.${p.label}`, p.label, p.a, p.b, p.diff, null]);
	return rows;
}
