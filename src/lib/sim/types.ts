/**
 * The engine's output: plain data, JSON-safe, identical in Node, a Web Worker and the page.
 * The CLI's `--json` prints a `SimulationSummary`; the charts read the same object.
 * Time units: lead times and waits in working days (8 h); rates per week (40 working hours).
 */

export const DECISION_KINDS = ['roadmap', 'backlog', 'pricing'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Kinds of resource a decision can wait on. `team` is a team's developers. */
export const ROLE_KINDS = ['pm', 'po', 'pmpo', 'team', 'leadership', 'stakeholders'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const ROLE_KIND_LABELS: Record<RoleKind, string> = {
	pm: 'Product Managers',
	po: 'Product Owners',
	pmpo: 'Combined PM/POs',
	team: 'Development teams',
	leadership: 'Leadership',
	stakeholders: 'Stakeholders'
};

/** Responsibilities from PRODUCT.md, the rows of the coverage matrix. */
export const RESPONSIBILITIES = [
	'vision-strategy',
	'roadmap',
	'market-research',
	'pricing',
	'go-to-market',
	'stakeholder-alignment',
	'backlog-refinement',
	'backlog-ordering',
	'sprint-planning',
	'clarifying-questions',
	'acceptance'
] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

export type Coverage = 'covered' | 'uncovered' | 'starved' | 'duplicated';

export interface Percentiles {
	mean: number;
	p50: number;
	p85: number;
	p95: number;
}

/** A figure across replications: the 5th, 50th and 95th percentile of the per-run values. */
export interface Band {
	p5: number;
	p50: number;
	p95: number;
}

export interface DecisionStats {
	created: number;
	completed: number;
	inProgress: number;
	throughputPerWeek: number;
	wipMean: number;
	leadTimeDays: Percentiles;
	/** Share of total lead time (of completed decisions) spent in each statechart state. */
	stateShare: Record<string, number>;
	/** Share of total lead time spent queued for each role kind (waiting, not being served). */
	waitShareByRole: Partial<Record<RoleKind, number>>;
	/** Lead times of completed decisions in days, sorted; capped sample for histograms. */
	leadTimeSample: number[];
	/** Created and completed counts per week, for cumulative flow. */
	createdByWeek: number[];
	completedByWeek: number[];
}

export interface RoleStats {
	/** Stable id: `pm-1`, `po-3`, `pmpo-2`, `team-5`, `leadership`, `stakeholders`. */
	id: string;
	kind: RoleKind;
	label: string;
	/** Teams this person or team serves (1-based team numbers). */
	teams: number[];
	/** Parallel servers (developers in a team; 1 for a person). */
	servers: number;
	/** Productive hours per week after meetings and context switching. */
	productiveHoursPerWeek: number;
	/** Busy share of productive capacity over the horizon, 0..1. */
	utilisation: number;
	/** Offered load (work arriving / capacity); can exceed 1 when overloaded. */
	load: number;
	queueMean: number;
	/** Total days that decisions spent queued for this role. */
	waitCausedDays: number;
	utilisationByWeek: number[];
	queueByWeek: number[];
}

export interface Bottleneck {
	role: string;
	kind: RoleKind;
	/** Share of all waiting (across decision kinds) caused by this role. */
	share: number;
	waitDays: number;
	message: string;
}

export interface Gap {
	responsibility: Responsibility;
	kind: Exclude<Coverage, 'covered'>;
	/** Who absorbs it, when someone does. */
	absorbedBy?: RoleKind;
	message: string;
}

export interface CoverageCell {
	responsibility: Responsibility;
	role: RoleKind;
	coverage: Coverage | 'none';
}

/** Hand-offs between roles, for the flow network: how many decisions moved from one to the other. */
export interface Handoff {
	from: string;
	to: string;
	decision: DecisionKind;
	count: number;
}

export interface SimulationResult {
	seed: number;
	weeks: number;
	events: number;
	decisions: Record<DecisionKind, DecisionStats>;
	roles: RoleStats[];
	handoffs: Handoff[];
	bottlenecks: Bottleneck[];
	gaps: Gap[];
	coverage: CoverageCell[];
}
