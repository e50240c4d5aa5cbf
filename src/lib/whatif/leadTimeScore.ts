/**
 * The figure the what-if suggestions are ranked by, defined once.
 *
 * Per decision kind: the mean time a decision spends in the organisation, in working days,
 * counting decisions still open at the end of the horizon at their age so far. It comes from
 * Little's law, L = λW, read backwards: the time-averaged work in progress (`wipMean`) times the
 * horizon is the total time all decisions spent in the system, and dividing by the decisions
 * created gives the mean per decision. Why not the mean lead time of completed decisions alone:
 * a change that makes work stall would look better, because the decisions it stalls never finish
 * and so never count. When every decision finishes, the two agree.
 *
 * Across kinds (`all`): the plain mean over the kinds that occur in the scenario (created > 0).
 * Each kind counts equally, because a leader cares about roadmap and pricing decisions as much as
 * backlog items, and weighting by volume would let the many backlog items drown out the few
 * strategic decisions that PMs carry.
 */
import { DECISION_KINDS, type DecisionKind, type SimulationResult } from '$lib/sim/types';

/** Working days in a week: the engine's lead times are in 8-hour working days. */
export const DAYS_PER_WEEK = 5;

export type LeadTimeMetric = 'all' | DecisionKind;

export const LEAD_TIME_METRICS: readonly LeadTimeMetric[] = ['all', ...DECISION_KINDS];

export const METRIC_LABELS: Record<LeadTimeMetric, string> = {
	all: 'Mean time to decide, all kinds',
	roadmap: 'Mean time to decide, roadmap',
	backlog: 'Mean time to finish, backlog items',
	pricing: 'Mean time to decide, pricing'
};

/** Days in the system per decision of one kind, or null when the kind never occurs. */
export function daysInSystem(result: SimulationResult, kind: DecisionKind): number | null {
	const stats = result.decisions[kind];
	if (!stats || stats.created <= 0) return null;
	return (stats.wipMean * result.weeks * DAYS_PER_WEEK) / stats.created;
}

export type KindFigures = Record<DecisionKind, number | null>;

export function kindFigures(result: SimulationResult): KindFigures {
	return Object.fromEntries(DECISION_KINDS.map((k) => [k, daysInSystem(result, k)])) as KindFigures;
}

/** The ranking figure of one run, or null when no decision of the asked kind occurred. */
export function leadTimeScore(
	result: SimulationResult,
	metric: LeadTimeMetric = 'all'
): number | null {
	const figures = kindFigures(result);
	if (metric !== 'all') return figures[metric];
	const present = DECISION_KINDS.map((k) => figures[k]).filter((x): x is number => x !== null);
	return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
}
