/**
 * Scenarios that make the organisation engine (`runSimulation`, the code the page runs) behave
 * as a queue whose answer queueing theory knows, and readers that take that queue's figures back
 * out of the result the page would draw. `npm run validate` and the tests share them.
 *
 * Validation only: these scenarios are built in code and go beyond what a link or an imported
 * file may hold (`ScenarioSchema`): horizons of thousands of weeks, so that a run sees tens of
 * thousands of customers, and steps of zero effort, which the engine passes at once without
 * queueing, so that only the step under test takes time. Never encode them into a URL.
 *
 * Time: the engine's clock counts working hours, a day is 8 of them and a week 5 days (org.ts).
 * Rates and times here are per working day and in working days, like the page's lead times.
 */
import { presetScenario, type Scenario } from '../scenario/index';
import { HOURS_PER_DAY, HOURS_PER_WEEK, WEEKS_PER_QUARTER } from './org';
import type { DecisionStats, RoleKind, SimulationResult } from './types';

const DAYS_PER_WEEK = HOURS_PER_WEEK / HOURS_PER_DAY;

/**
 * Everything that would add work, meetings or switching to the people in a validation scenario,
 * switched off: a nominal 40-hour week is 40 productive hours (speed 1).
 */
const QUIET = {
	switchCost: 0,
	pmHours: 40,
	pmMeetings: 0,
	devHours: 40,
	devMeetings: 0,
	questionsPerDevWeek: 0,
	pricingPerQuarter: 0,
	// The queueing formulas need exponential service, no rework loop and no leadership queue.
	exceptions: 'off',
	leaders: 0,
	effortShape: 'exponential'
} as const;

/** An M/M/c queue: c servers, Poisson arrivals at rate λ, exponential service at rate μ each. */
export interface TeamQueueParams {
	/** Developers in the one team: the servers c. */
	servers: number;
	/** Backlog items a working day, λ. */
	arrivalRate: number;
	/** Items one developer finishes a working day, μ: mean effort 1/μ days (8/μ hours). */
	serviceRate: number;
	/** Arrivals expected over the horizon (Poisson, so the count itself varies a little). */
	customers: number;
	seed: number;
}

function positive(name: string, value: number): void {
	if (!(value > 0 && Number.isFinite(value))) {
		throw new RangeError(`${name} must be a positive number, got ${value}`);
	}
}

/** Weeks the team queue runs: long enough for `customers` arrivals on average. */
export function teamQueueWeeks({ arrivalRate, customers }: TeamQueueParams): number {
	positive('arrivalRate', arrivalRate);
	positive('customers', customers);
	return Math.ceil(customers / (arrivalRate * DAYS_PER_WEEK));
}

/**
 * M/M/c through the organisation engine: one team of c developers serving backlog items, and
 * nothing else. PM-only, so no Product Owner; the PO's steps (refining, ordering, accepting,
 * answering) take zero effort and pass at once, nobody asks questions, and continuous flow
 * (`planning: 'flow'`) sends each item straight to the team instead of waiting for a sprint. What
 * is left is the team's development queue, served oldest item first: first come first served.
 */
export function teamQueueScenario(params: TeamQueueParams): Scenario {
	const { servers, arrivalRate, serviceRate, seed } = params;
	if (!(Number.isInteger(servers) && servers >= 1)) {
		throw new RangeError(`servers must be a positive integer, got ${servers}`);
	}
	positive('serviceRate', serviceRate);
	return {
		...presetScenario('pm-only'),
		...QUIET,
		name: `Validation: M/M/${servers} as one team of ${servers}`,
		teams: 1,
		teamSize: servers,
		teamsPerPm: 1,
		teamPenalty: 1,
		refineHours: 0,
		orderHours: 0,
		acceptHours: 0,
		answerHours: 0,
		roadmapPerQuarter: 0,
		planning: 'flow',
		devItemHours: HOURS_PER_DAY / serviceRate,
		sprintWeeks: 1,
		itemsPerWeek: arrivalRate * DAYS_PER_WEEK,
		weeks: teamQueueWeeks(params),
		seed
	};
}

/**
 * An M/G/1 queue: one Product Manager serving roadmap decisions, each two exponential steps of
 * the PM's, discovery then deciding, with a stakeholder alignment of zero length between them.
 */
export interface RoadmapFlowParams {
	/** Mean effort of discovery, hours (a). */
	discoveryHours: number;
	/** Mean effort of deciding, hours (b). */
	decideHours: number;
	/** The PM's utilisation ρ = λ(a + b), below 1. */
	load: number;
	/** Decisions expected over the horizon. */
	decisions: number;
	seed: number;
}

/** Roadmap decisions a working day, λ = ρ/(a + b) per hour × 8. */
export function roadmapFlowArrivalRate({
	discoveryHours,
	decideHours,
	load
}: RoadmapFlowParams): number {
	positive('discoveryHours', discoveryHours);
	positive('decideHours', decideHours);
	positive('load', load);
	return (load / (discoveryHours + decideHours)) * HOURS_PER_DAY;
}

/** Weeks the roadmap flow runs: long enough for `decisions` arrivals on average. */
export function roadmapFlowWeeks(params: RoadmapFlowParams): number {
	positive('decisions', params.decisions);
	return Math.ceil(params.decisions / (roadmapFlowArrivalRate(params) * DAYS_PER_WEEK));
}

/**
 * M/G/1 through the organisation engine. One PM (PM-only, one team, no backlog items, no
 * pricing) researches and then decides each roadmap decision; alignment with stakeholders takes
 * no time and the cascade into backlogs adds nothing. The PM's queue is served oldest decision
 * first, so a decision back from alignment is decided before any newer decision's discovery
 * starts: the PM serves each decision's whole work S = X₁ + X₂ in one go, first come first
 * served, and the Pollaczek–Khinchine formula for S applies. Were the PM to serve tasks in the
 * order they were offered, the deciding step would queue behind newer discoveries and the lead
 * time would be far longer.
 */
export function roadmapFlowScenario(params: RoadmapFlowParams): Scenario {
	const perHour = roadmapFlowArrivalRate(params) / HOURS_PER_DAY;
	return {
		...presetScenario('pm-only'),
		...QUIET,
		name: 'Validation: M/G/1 as one PM deciding roadmap items',
		teams: 1,
		teamsPerPm: 1,
		discoveryHours: params.discoveryHours,
		decideHours: params.decideHours,
		stakeholderDays: 0,
		cascadeHours: 0,
		itemsPerCascade: 0,
		itemsPerWeek: 0,
		// Roadmap decisions arrive per team per quarter (13 weeks of 40 hours).
		roadmapPerQuarter: perHour * HOURS_PER_WEEK * WEEKS_PER_QUARTER,
		weeks: roadmapFlowWeeks(params),
		seed: params.seed
	};
}

/** A queue's figures as the page reports them, in working days. */
export interface QueueFigures {
	/** Mean time in system W: the mean lead time the page shows (Kaplan–Meier, days). */
	meanTimeInSystem: number;
	/** Mean time queued Wq per finished decision, summed over its steps (days). */
	meanWait: number;
	/** Busy share of the serving role. */
	utilisation: number;
	/** Decisions finished a working day. */
	throughput: number;
	completed: number;
	/** Events the engine took from its clock. */
	events: number;
}

function figures(result: SimulationResult, stats: DecisionStats, server: RoleKind): QueueFigures {
	const role = result.roles.find((r) => r.kind === server);
	return {
		meanTimeInSystem: stats.leadTimeDays.mean ?? Number.NaN,
		meanWait:
			stats.completed > 0 ? stats.steps.reduce((sum, s) => sum + s.meanWaitDays, 0) : Number.NaN,
		utilisation: role?.utilisation ?? Number.NaN,
		throughput: stats.throughputPerWeek / DAYS_PER_WEEK,
		completed: stats.completed,
		events: result.events
	};
}

/** The team queue's figures from a run of `teamQueueScenario`: backlog items, the team. */
export function teamQueueFigures(result: SimulationResult): QueueFigures {
	return figures(result, result.decisions.backlog, 'team');
}

export interface RoadmapFlowFigures extends QueueFigures {
	/**
	 * Queue wait of the deciding step, days per finished decision: zero when the PM finishes
	 * the decisions they started before starting new ones.
	 */
	decideWait: number;
}

/** The roadmap flow's figures from a run of `roadmapFlowScenario`: roadmap decisions, the PM. */
export function roadmapFlowFigures(result: SimulationResult): RoadmapFlowFigures {
	const stats = result.decisions.roadmap;
	return {
		...figures(result, stats, 'pm'),
		decideWait: stats.steps.find((s) => s.state === 'deciding')?.meanWaitDays ?? Number.NaN
	};
}
