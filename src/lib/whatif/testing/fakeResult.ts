import { noHiddenWork } from '$lib/sim/metrics/hiddenWork';
/**
 * A minimal engine result for the what-if and export tests: only the decision figures they read
 * are meaningful. Lead times are null when nothing finished, as the engine's are. Tests only; the
 * app always ranks with the engine's own output.
 */
import type { DecisionKind, DecisionStats, SimulationResult } from '$lib/sim/types';

export interface FakeDecision {
	created: number;
	completed?: number;
	wipMean: number;
	leadTimeMean?: number;
	/** Age of the oldest open decision; by default twice the mean lead time. */
	oldestOpenDays?: number;
	/** Too much still open to estimate the 85th and 95th percentiles: they are null. */
	openTail?: boolean;
}

function decision(d: FakeDecision | undefined, weeks: number): DecisionStats {
	const created = d?.created ?? 0;
	const completed = d?.completed ?? created;
	const mean = completed > 0 ? (d?.leadTimeMean ?? 0) : null;
	const open = created - completed;
	return {
		created,
		completed,
		inProgress: open,
		throughputPerWeek: completed / weeks,
		wipMean: d?.wipMean ?? 0,
		leadTimeDays:
			mean === null
				? { mean: null, p50: null, p85: null, p95: null }
				: d?.openTail
					? { mean, p50: mean, p85: null, p95: null }
					: { mean, p50: mean, p85: mean * 1.5, p95: mean * 2 },
		leadTimeMeanIsLowerBound: d?.openTail ?? false,
		stateShare: {},
		waitShareByRole: {},
		leadTimeSample: [],
		createdByWeek: Array.from({ length: weeks }, () => created / weeks),
		completedByWeek: Array.from({ length: weeks }, () => completed / weeks),
		open: {
			count: open,
			oldestDays: open > 0 ? (d?.oldestOpenDays ?? 2 * (d?.leadTimeMean ?? 5)) : null
		},
		steps: []
	};
}

export function fakeResult(
	weeks: number,
	decisions: Partial<Record<DecisionKind, FakeDecision>>,
	seed = 1
): SimulationResult {
	return {
		seed,
		weeks,
		events: 0,
		verdict: {
			status: 'healthy',
			overloaded: [],
			strained: [],
			busiest: null,
			message: 'Healthy: nothing is asked of anyone.'
		},
		decisions: {
			roadmap: decision(decisions.roadmap, weeks),
			backlog: decision(decisions.backlog, weeks),
			pricing: decision(decisions.pricing, weeks)
		},
		roles: [],
		hiddenWork: noHiddenWork(),
		handoffs: [],
		bottlenecks: [],
		waiting: {
			shareOfLeadTime: 0,
			sprintShare: 0,
			stakeholderShare: 0,
			queueShare: 0,
			message: 'No bottleneck: no role is above 85% load.'
		},
		gaps: [],
		coverage: []
	};
}
