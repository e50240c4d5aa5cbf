import type { Scenario } from '../scenario/scenario';

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
	/** Decisions in progress at the horizon whose current step has no holder (fallback stall). */
	stalled?: number;
	/** Decisions in progress at the horizon, by statechart state. */
	openByState?: Record<string, number>;
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
	/** Share of capacity held by a developer blocked on an unanswered question (part of utilisation). */
	blockedShare?: number;
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

/** Headline figures of one decision kind across replications. */
export interface DecisionBands {
	created: Band;
	completed: Band;
	throughputPerWeek: Band;
	wipMean: Band;
	leadTimeMean: Band;
	leadTimeP50: Band;
	leadTimeP85: Band;
	leadTimeP95: Band;
}

/** Repeated runs with derived seeds: the first run in full, and bands for the headline figures. */
export interface ReplicatedResult {
	runs: number;
	/** Seeds of the runs; the first is the scenario's own seed. */
	seeds: number[];
	/** The first run, in full (what the charts draw). */
	detail: SimulationResult;
	bands: {
		decisions: Record<DecisionKind, DecisionBands>;
		/** Mean utilisation of the roles of each kind present in the organisation. */
		utilisationByKind: Partial<Record<RoleKind, Band>>;
		/** Per role id: utilisation and waiting caused. */
		roles: Record<string, { utilisation: Band; load: Band; queueMean: Band; waitCausedDays: Band }>;
		/** Share of all waiting caused by the run's top bottleneck. */
		topBottleneckShare: Band;
	};
}

/** One decision kind in the CLI's JSON: medians across runs when there are several. */
export interface SummaryDecision {
	created: number;
	completed: number;
	/** created − completed (with several runs: of the medians, so the identity still holds). */
	inProgress: number;
	throughputPerWeek: number;
	wipMean: number;
	leadTimeDays: Percentiles;
	stalled: number;
	/** With several runs: the 5th, 50th and 95th percentile of each figure. */
	bands?: DecisionBands;
}

export interface SummaryRole {
	id: string;
	kind: RoleKind;
	label: string;
	servers: number;
	productiveHoursPerWeek: number;
	utilisation: number;
	load: number;
	queueMean: number;
	waitCausedDays: number;
	bands?: { utilisation: Band; load: Band; queueMean: Band; waitCausedDays: Band };
}

/** What `npm run simulate -- … --json` prints (docs/cli.md). */
export interface SimulationSummary {
	/** The normalised scenario, every setting. */
	scenario: Scenario;
	runs: number;
	seeds: number[];
	weeks: number;
	/** Events processed in the first run. */
	events: number;
	decisions: Record<DecisionKind, SummaryDecision>;
	roles: SummaryRole[];
	bottlenecks: Bottleneck[];
	gaps: Gap[];
	/** With several runs: the top bottleneck's share of all waiting, across runs. */
	topBottleneckShare?: Band;
	/** With several runs: mean utilisation of each role kind, across runs. */
	utilisationByKind?: Partial<Record<RoleKind, Band>>;
}
