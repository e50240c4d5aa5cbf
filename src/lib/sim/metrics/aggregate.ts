import type { Scenario } from '../../scenario/index';
import type { Organisation } from '../org';
import {
	DECISION_KINDS,
	type Bottleneck,
	type Gap,
	type RoleDemandFigure,
	type SimulationResult,
	type WaitingSummary
} from '../types';
import { COMPILED } from '../machines/index';
import { bottleneckMessage, waitingSummary } from './bottlenecks';
import { gapMessage } from './coverage';
import { band } from './leadTime';
import { KIND_ENTRIES } from './roleKinds';

/**
 * Bottlenecks and gaps over replications. Each appears in some of the runs; its sentence is
 * rebuilt from the median of each figure over the runs it appeared in, and says in how many it
 * appeared, so every number in it comes from one stated population.
 */

const median = (values: number[]) => band(values).p50;

/** The most frequent value (first seen wins a tie), for the person a sentence names. */
function mode<T>(values: T[]): T {
	const counts = new Map<T, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let best = values[0];
	for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
	return best;
}

/** Median of each figure over the entries that have it; categorical keys take the mode. */
function medianFigures(
	entries: Record<string, number>[],
	categorical: string[]
): Record<string, number> {
	const keys = [...new Set(entries.flatMap((e) => Object.keys(e)))];
	const out: Record<string, number> = {};
	for (const key of keys) {
		const values = entries.flatMap((e) => (key in e ? [e[key]] : []));
		// A figure present in fewer than half the runs is left out rather than overstated.
		if (values.length * 2 < entries.length) continue;
		out[key] = categorical.includes(key) ? mode(values) : median(values);
	}
	return out;
}

/**
 * Where a sentence's figures come from: all the runs it appeared in, or the part of them that
 * agrees with what the sentence names (the same step, the same person).
 */
function population(appeared: number, agreeing: number, of: number, agreeingOn: string): string {
	if (agreeing === appeared) {
		return appeared === of
			? ` (Median of ${of} runs.)`
			: ` (In ${appeared} of ${of} runs; median of those runs.)`;
	}
	const where = appeared === of ? `all ${of} runs` : `${appeared} of ${of} runs`;
	return ` (In ${where}; the figures are the median of the ${agreeing} in which ${agreeingOn}.)`;
}

/** The items whose `key` is the most frequent value, and that value. */
function agreeing<T>(items: T[], key: (item: T) => string): { value: string; items: T[] } {
	const value = mode(items.map(key));
	return { value, items: items.filter((item) => key(item) === value) };
}

function grouped<T>(perRun: T[][], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const run of perRun) {
		for (const item of run) {
			const k = key(item);
			groups.set(k, [...(groups.get(k) ?? []), item]);
		}
	}
	return groups;
}

export function aggregateBottlenecks(
	results: SimulationResult[],
	demand: RoleDemandFigure[]
): Bottleneck[] {
	const runs = results.length;
	const groups = grouped(
		results.map((r) => r.bottlenecks),
		(b) => b.kind
	);
	return [...groups.values()]
		.map((items) => {
			// The step most runs name; its figures come from those runs only.
			const step = agreeing(items, (b) => `${b.figures.decisionKind}|${b.figures.state}`);
			const same = step.items;
			const role = mode(same.map((b) => b.role));
			const figures = medianFigures(
				same.map((b) => b.figures),
				['decisionKind', 'state', 'people']
			);
			const figure = demand.find((f) => f.role === role)!;
			const kind = figures.decisionKind;
			const meta =
				kind === undefined ? null : COMPILED[KIND_ENTRIES[kind].kind].meta[figures.state];
			const waitFor = meta ? (meta.waitFor ?? meta.label.toLowerCase()) : '';
			return {
				role,
				kind: items[0].kind,
				share: median(same.map((b) => b.share)),
				waitDays: median(same.map((b) => b.waitDays)),
				figures,
				runs: { appeared: same.length, of: runs },
				message:
					bottleneckMessage(figure, figures) +
					population(items.length, same.length, runs, `the longest wait was for ${waitFor}`)
			};
		})
		.sort((a, b) => b.runs.appeared - a.runs.appeared || b.waitDays - a.waitDays);
}

export function aggregateGaps(
	results: SimulationResult[],
	scenario: Scenario,
	org: Organisation
): Gap[] {
	const runs = results.length;
	const groups = grouped(
		results.map((r) => r.gaps),
		(g) => `${g.responsibility}|${g.kind}`
	);
	return [...groups.values()].map((items) => {
		// The person most runs name; the figures come from the runs that name them.
		const named = agreeing(items, (g) => g.role ?? '');
		const same = named.items;
		const first = same[0];
		const figures = medianFigures(
			same.map((g) => g.figures),
			['people', 'of', 'byHours', 'stations']
		);
		const facts = { ...first, figures };
		const who = org.roles.find((r) => r.id === first.role)?.label ?? first.role ?? '';
		return {
			...facts,
			runs: { appeared: items.length, of: runs },
			message:
				gapMessage(facts, scenario, org) +
				population(items.length, same.length, runs, `${who} was the one named`)
		};
	});
}

export function aggregateWaiting(
	results: SimulationResult[],
	bottlenecks: number,
	scenario: Scenario
): WaitingSummary {
	const shares = medianFigures(
		results.map((r) => ({
			shareOfLeadTime: r.waiting.shareOfLeadTime,
			sprintShare: r.waiting.sprintShare,
			stakeholderShare: r.waiting.stakeholderShare,
			queueShare: r.waiting.queueShare,
			finished: DECISION_KINDS.reduce((sum, k) => sum + r.decisions[k].completed, 0)
		})),
		[]
	);
	const stalled = results[0].verdict.overloaded.some((f) => f.role === 'nobody');
	const summary = waitingSummary(shares, bottlenecks, scenario, stalled);
	return { ...summary, message: summary.message + ` (Median of ${results.length} runs.)` };
}
