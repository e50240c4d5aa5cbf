import type { Responsibility, RoleKind } from '../types';

/**
 * How the engine treats a state. The machines name one of these in each state's `meta`, so the
 * statechart stays the single definition of the flow and the engine only supplies the mechanics.
 * - `instant`: passed through at once (an item arriving, a trigger being logged).
 * - `work`: one task for one role, queued by priority, service time = effort / speed.
 * - `delay`: stakeholders answer after a random delay; nobody's queue, infinite servers.
 * - `fanout`: one task per affected team, done when the last finishes (the roadmap cascade).
 * - `sprint`: waits for the team's next sprint boundary.
 * - `development`: the team builds; clarifying questions interrupt it (see `interrupt`).
 * - `final`: done.
 */
export const STEP_KINDS = [
	'instant',
	'work',
	'delay',
	'fanout',
	'sprint',
	'development',
	'final'
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/**
 * Non-preemptive priority classes, most urgent first. A blocked developer's question comes
 * before everything; delivery work comes before strategy work, which is why a combined PM/PO
 * under load serves the team and lets strategy wait (seed 004: the PO's focus is the next
 * sprint, the PM's the quarter or year). Development is the team's own lowest class, so a team
 * that absorbs PO work in the PM-only model follows the same order.
 */
export const PRIORITIES = ['answer', 'accept', 'refine', 'cascade', 'strategy', 'build'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Scenario fields that hold the mean effort of a step, in hours. */
export type EffortField =
	| 'discoveryHours'
	| 'decideHours'
	| 'cascadeHours'
	| 'refineHours'
	| 'orderHours'
	| 'devItemHours'
	| 'answerHours'
	| 'acceptHours'
	| 'pricingHours'
	| 'gtmHours';

export interface StateMeta {
	/** Human label for the statechart view. */
	label: string;
	/** The role kind that holds this state by the seeds; `null` for the final state. */
	role: RoleKind | null;
	/** The row of the coverage matrix this step belongs to, if any. */
	responsibility?: Responsibility;
	step: StepKind;
	/** Mean effort of the step (work, fanout, development). */
	effort?: EffortField;
	priority?: Priority;
	/** What a decision waits for here, for plain sentences: "items wait 2 days for refinement". */
	waitFor?: string;
	/** The event the engine sends when the step finishes. */
	done?: string;
	/** The event that interrupts a development step (a clarifying question). */
	interrupt?: string;
	/**
	 * The other outcome of the step, chosen by the engine with the hidden-work model on (issue 9):
	 * a question decided by default when nobody answered in time, an item that fails acceptance.
	 * With the model off the engine never sends it.
	 */
	otherwise?: string;
	/** The step takes leaders' time (alignment, approval) when leadership capacity is modelled. */
	leaders?: boolean;
}
