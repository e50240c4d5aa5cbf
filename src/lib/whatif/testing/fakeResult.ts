/**
 * A minimal engine result for the what-if and export tests: only the decision figures they read
 * are meaningful. Tests only; the app always ranks with the engine's own output.
 */
import type { DecisionKind, DecisionStats, SimulationResult } from '$lib/sim/types';

export interface FakeDecision {
	created: number;
	completed?: number;
	wipMean: number;
	leadTimeMean?: number;
}

function decision(d: FakeDecision | undefined, weeks: number): DecisionStats {
	const created = d?.created ?? 0;
	const completed = d?.completed ?? created;
	const mean = d?.leadTimeMean ?? 0;
	return {
		created,
		completed,
		inProgress: created - completed,
		throughputPerWeek: completed / weeks,
		wipMean: d?.wipMean ?? 0,
		leadTimeDays: { mean, p50: mean, p85: mean * 1.5, p95: mean * 2 },
		stateShare: {},
		waitShareByRole: {},
		leadTimeSample: [],
		createdByWeek: Array.from({ length: weeks }, () => created / weeks),
		completedByWeek: Array.from({ length: weeks }, () => completed / weeks)
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
		decisions: {
			roadmap: decision(decisions.roadmap, weeks),
			backlog: decision(decisions.backlog, weeks),
			pricing: decision(decisions.pricing, weeks)
		},
		roles: [],
		handoffs: [],
		bottlenecks: [],
		gaps: [],
		coverage: []
	};
}
