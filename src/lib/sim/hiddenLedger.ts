/**
 * The books of hidden work in one run (issue 9; the Virtual Design Team's outputs, Levitt et al.
 * 1999): coordination (answering exceptions, leaders' alignment and approval), rework (the
 * development effort of rework passes) and waiting for decisions (developer hours blocked on an
 * answer), per station; and the exceptions by the kind of decision they ask for.
 */

/** What a question asks about: the story (the PO's) or roadmap scope (the PM's). */
export const EXCEPTION_KINDS = ['story', 'scope'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

export interface ExceptionCounts {
	raised: number;
	/** Answered by the role that owns the decision. */
	answeredByOwner: number;
	/** Sent past a missing owner, up the chain (answered there or not). */
	escalated: number;
	/** Nobody answered within the developer's patience: decided by default. */
	byDefault: number;
}

export interface HiddenTotals {
	/** Per station: effort hours spent answering exceptions and in alignment or approval. */
	coordination: Float64Array;
	/** Per station: effort hours of rework passes. */
	rework: Float64Array;
	/** Per station: clock hours its developers were blocked waiting for an answer. */
	decisionWait: Float64Array;
	exceptions: Record<ExceptionKind, ExceptionCounts>;
	/** Acceptance reviews, and how many sent the item back for rework. */
	reviews: number;
	rejections: number;
	/** Leaders' alignment and approval tasks, and the hours they queued for a leader. */
	alignmentTasks: number;
	alignmentWait: number;
}

const counts = (): ExceptionCounts => ({
	raised: 0,
	answeredByOwner: 0,
	escalated: 0,
	byDefault: 0
});

export function newHiddenTotals(stations: number): HiddenTotals {
	return {
		coordination: new Float64Array(stations),
		rework: new Float64Array(stations),
		decisionWait: new Float64Array(stations),
		exceptions: { story: counts(), scope: counts() },
		reviews: 0,
		rejections: 0,
		alignmentTasks: 0,
		alignmentWait: 0
	};
}

/** Exception kind of a question by its `scope` flag (1: roadmap scope, for the PM). */
export function exceptionKind(scope: number): ExceptionKind {
	return scope === 1 ? 'scope' : 'story';
}
