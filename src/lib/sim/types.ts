import type { ExceptionCounts } from './hiddenLedger';
import type { HiddenWork } from './metrics/hiddenWork';
import type { Scenario } from '../scenario/scenario';
import type { CostSummary } from './metrics/cost';
import type { SpanFigure } from './metrics/span';

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

/**
 * Lead times in working days, from a Kaplan–Meier estimate that counts the decisions still open
 * at the horizon as right-censored at their age (docs/model.md, "Lead times"). A percentile is
 * null when the estimate never falls that far (too much is still open to say); every field is
 * null when nothing finished. `mean` is the area under the survival curve up to the oldest
 * observation: the plain mean when nothing is open, a lower bound when something is.
 */
export interface Percentiles {
	mean: number | null;
	p50: number | null;
	p85: number | null;
	p95: number | null;
}

/** Decisions still in progress at the horizon. */
export interface OpenDecisions {
	count: number;
	/** Age of the oldest, in working days; null when none is open. */
	oldestDays: number | null;
	/**
	 * Of `count`, those created while the run already simulated its maximum number of decisions
	 * at once (admission.ts): counted, never simulated. Absent when none.
	 */
	notSimulated?: number;
}

/** Time a finished decision spent in one statechart state, on average. */
export interface StepTime {
	state: string;
	/** Queued or waiting (for a person, a stakeholder, the next sprint), days per finished decision. */
	meanWaitDays: number;
	/** Being worked on (or held by a blocked developer), days per finished decision. */
	meanWorkDays: number;
}

/** One role's expected demand against its capacity, from the scenario alone. */
export interface RoleDemandFigure {
	/** Role id, or `nobody` for work that reaches a step nobody holds. */
	role: string;
	kind: RoleKind;
	label: string;
	demandHoursPerWeek: number;
	capacityHoursPerWeek: number;
	/** demand / capacity; LOAD_CAP (1000) when there is demand and no capacity. */
	load: number;
	decisionsPerWeek: number;
	/** Decisions a week the queue grows by (0 unless overloaded). */
	queueGrowthPerWeek: number;
	/**
	 * The work that piles up when overloaded: the priority classes the capacity left after the
	 * more urgent classes cannot cover, in plain words ("strategy work", "development").
	 */
	pilesUp: string[];
}

export type VerdictStatus = 'healthy' | 'strained' | 'overloaded';

export interface Verdict {
	status: VerdictStatus;
	/** Roles whose demand reaches their capacity, worst first (and `nobody` for stalled work). */
	overloaded: RoleDemandFigure[];
	/** Roles above the strained threshold but below capacity, worst first. */
	strained: RoleDemandFigure[];
	/** The role with the highest load. */
	busiest: RoleDemandFigure | null;
	/** One sentence a VP can repeat. */
	message: string;
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
	open: OpenDecisions;
	/**
	 * True when more than 5% of the decisions may take longer than the longest finished one (the
	 * survival curve stays above 5%, so p95 is null): the mean, the area under that curve, is then
	 * materially short of the truth and only a lower bound ("at least").
	 */
	leadTimeMeanIsLowerBound: boolean;
	/** Time by statechart state, per finished decision (empty when none finished). */
	steps: StepTime[];
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
	/**
	 * Load: the effort hours a week the scenario sends this role on average (demandHoursPerWeek)
	 * over its productive hours; above 1 when overloaded. The same in every run and on every
	 * screen, and the figure the verdict judges.
	 */
	load: number;
	/** The same ratio measured in this run: effort offered over productive capacity. */
	measuredLoad: number;
	/** Effort hours a week offered in the run (measured). */
	offeredHoursPerWeek: number;
	/** Effort hours a week the scenario asks for on average (analytic; see demand.ts). */
	demandHoursPerWeek: number;
	queueMean: number;
	/** Total days that decisions spent queued for this role. */
	waitCausedDays: number;
	utilisationByWeek: number[];
	queueByWeek: number[];
	/** Share of capacity held by a developer blocked on an unanswered question (part of utilisation). */
	blockedShare?: number;
}

/** With replications: in how many runs a bottleneck or gap appeared. */
export interface Appearance {
	appeared: number;
	of: number;
}

/**
 * A role kind named as a bottleneck: only when one of its people is above the strain line
 * (BOTTLENECK_LOAD), ranked by the waiting the kind caused.
 */
export interface Bottleneck {
	/** The person or team of the kind the sentence names (the busiest by load). */
	role: string;
	kind: RoleKind;
	/** Share of all queue waiting (across decision kinds) caused by this role kind. */
	share: number;
	waitDays: number;
	/** Numbers of the sentence; with replications, medians over the runs it appeared in. */
	figures: Record<string, number>;
	runs?: Appearance;
	message: string;
}

/** Where finished decisions spent their lead time waiting, and the sentence when no role is a bottleneck. */
export interface WaitingSummary {
	/** Waiting as a share of the lead time of finished decisions (all kinds together). */
	shareOfLeadTime: number;
	/** Split of that waiting: the next sprint, stakeholders, people's queues. */
	sprintShare: number;
	stakeholderShare: number;
	queueShare: number;
	message: string;
}

export interface Gap {
	responsibility: Responsibility;
	kind: Exclude<Coverage, 'covered'>;
	/** Who absorbs it, when someone does. */
	absorbedBy?: RoleKind;
	/** The person or team the sentence names. */
	role?: string;
	/** Numbers of the sentence; with replications, medians over the runs it appeared in. */
	figures: Record<string, number>;
	runs?: Appearance;
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
	verdict: Verdict;
	decisions: Record<DecisionKind, DecisionStats>;
	roles: RoleStats[];
	handoffs: Handoff[];
	bottlenecks: Bottleneck[];
	waiting: WaitingSummary;
	gaps: Gap[];
	coverage: CoverageCell[];
	/** Coordination, rework and waiting for decisions; questions and rework (issue 9). */
	hiddenWork: HiddenWork;
}

/** A band of a figure that may not exist in every run (a lead time when nothing finished). */
export interface OptionalBand {
	p5: number | null;
	p50: number | null;
	p95: number | null;
}

/**
 * Headline figures of one decision kind across replications. A run whose lead time does not
 * exist (nothing finished, or too much still open) counts as longer than any run with one, so
 * the lead-time bands are null where such runs reach them: counted, not dropped.
 */
export interface DecisionBands {
	created: Band;
	completed: Band;
	throughputPerWeek: Band;
	wipMean: Band;
	leadTimeMean: OptionalBand;
	leadTimeP50: OptionalBand;
	leadTimeP85: OptionalBand;
	leadTimeP95: OptionalBand;
	/** Runs in which no decision of this kind finished. */
	runsWithNoneFinished: number;
	/** Runs in which the mean lead time is only a lower bound (the oldest decision still open). */
	runsWithMeanLowerBound: number;
	/** Age of the oldest open decision (null in runs with none open). */
	openOldestDays: OptionalBand;
	/** Decisions counted but not simulated one by one (admission.ts); zero below the cap. */
	notSimulated: Band;
	/** Time by state: the median over the runs in which something finished. */
	steps: StepTime[];
}

/** One role's figures across replications. */
export interface RoleBands {
	utilisation: Band;
	load: Band;
	measuredLoad: Band;
	offeredHoursPerWeek: Band;
	queueMean: Band;
	waitCausedDays: Band;
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
		/**
		 * Mean utilisation of the roles of each kind present in the organisation (docs/cli.md). By
		 * kind, so `leadership` pools the leadership role and the leaders: the views take per-role
		 * figures by function (roleFunctions.ts) instead.
		 */
		utilisationByKind: Partial<Record<RoleKind, Band>>;
		/** Per role id: utilisation and waiting caused. */
		roles: Record<string, RoleBands>;
		/** Hidden work: each figure the median over runs. */
		hiddenWork: HiddenWork;
		/** Share of all waiting caused by the run's top bottleneck (0 in runs without one). */
		topBottleneckShare: Band;
		/** Bottlenecks, gaps and waiting over all runs, each saying in how many it appeared. */
		bottlenecks: Bottleneck[];
		gaps: Gap[];
		waiting: WaitingSummary;
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
	open: OpenDecisions;
	/** See DecisionStats; with several runs, true when it holds in at least half of them. */
	leadTimeMeanIsLowerBound: boolean;
	steps: StepTime[];
	/** With several runs: the 5th, 50th and 95th percentile of each figure. */
	bands?: DecisionBands;
	/** Questions raised while building decisions of this kind (only backlog items raise them). */
	exceptions: ExceptionCounts;
	/** Share of acceptance reviews that sent a decision of this kind back for rework. */
	reworkRate: number;
}

export interface SummaryRole {
	id: string;
	kind: RoleKind;
	label: string;
	servers: number;
	productiveHoursPerWeek: number;
	utilisation: number;
	load: number;
	measuredLoad: number;
	offeredHoursPerWeek: number;
	demandHoursPerWeek: number;
	queueMean: number;
	waitCausedDays: number;
	bands?: RoleBands;
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
	/** From the scenario alone, so the same for every run. */
	verdict: Verdict;
	decisions: Record<DecisionKind, SummaryDecision>;
	roles: SummaryRole[];
	bottlenecks: Bottleneck[];
	waiting: WaitingSummary;
	gaps: Gap[];
	/** With several runs: the top bottleneck's share of all waiting, across runs. */
	topBottleneckShare?: Band;
	/**
	 * With several runs: mean utilisation of each role kind, across runs (`leadership` pools the
	 * leadership role and the leaders; `roles[].bands` has each alone).
	 */
	utilisationByKind?: Partial<Record<RoleKind, Band>>;
	/** What the organisation costs, and per decision delivered (from the throughput above). */
	cost: CostSummary;
	/** Teams and developers per PM, PO or combined PM/PO. */
	span: SpanFigure[];
	/** Hidden work, hours a week (with several runs, each figure the median over runs). */
	hiddenWork: HiddenWork;
}
