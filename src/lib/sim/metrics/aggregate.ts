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
import { bottleneckMessage, waitingSummary } from './bottlenecks';
import { gapMessage } from './coverage';
import { band } from './leadTime';

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

function appearedIn(appeared: number, of: number): string {
	return appeared === of
		? ` (Median of ${of} runs.)`
		: ` (In ${appeared} of ${of} runs; median of those runs.)`;
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
			const role = mode(items.map((b) => b.role));
			const figures = medianFigures(
				items.map((b) => b.figures),
				['decisionKind', 'state', 'people']
			);
			const figure = demand.find((f) => f.role === role)!;
			return {
				role,
				kind: items[0].kind,
				share: median(items.map((b) => b.share)),
				waitDays: median(items.map((b) => b.waitDays)),
				figures,
				runs: { appeared: items.length, of: runs },
				message: bottleneckMessage(figure, figures) + appearedIn(items.length, runs)
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
		const first = items[0];
		const role = first.role === undefined ? undefined : mode(items.map((g) => g.role ?? ''));
		const figures = medianFigures(
			items.map((g) => g.figures),
			['people', 'of', 'byHours', 'stations']
		);
		const facts = { ...first, ...(role !== undefined ? { role } : {}), figures };
		return {
			...facts,
			runs: { appeared: items.length, of: runs },
			message: gapMessage(facts, scenario, org) + appearedIn(items.length, runs)
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
