import type { Scenario } from '../scenario/index';
import type { HiddenTotals } from './hiddenLedger';
import type { Organisation } from './org';

/**
 * What one run of the engine accumulates: plain typed arrays and counts, turned into the
 * result's figures by result.ts. Times in clock hours.
 */

/** Per decision kind, accumulated over one run. Times in clock hours. */
export interface KindTotals {
	created: number;
	completed: number;
	/** Time integral of decisions in progress, for the time-average WIP. */
	wipArea: number;
	/** Lead times of completed decisions, in completion order, and their sum. */
	leadTimes: Float64Array;
	leadTimeSum: number;
	/** Completed decisions only: hours spent in each state, and the part of it spent queued. */
	stateTime: Float64Array;
	stateWait: Float64Array;
	/** Decisions still in progress at the horizon, by state, and how many of them stalled. */
	openByState: Int32Array;
	/** Ages at the horizon of the decisions still in progress (right-censored lead times). */
	openAges: Float64Array;
	/** Per state: age of the oldest decision still in it at the horizon (0 when none). */
	openOldestByState: Float64Array;
	stalledByState: Int32Array;
	/** All tasks of each state (started or not): count, queue wait so far, service time. */
	stepTasks: Float64Array;
	stepWait: Float64Array;
	stepService: Float64Array;
	createdByWeek: Int32Array;
	completedByWeek: Int32Array;
	/**
	 * Decisions created while the pool was full (admission.ts): counted as created and open in
	 * their initial state, never simulated; by creation week, and when the first came.
	 */
	notSimulated: number;
	notSimulatedByWeek: Int32Array;
	notSimulatedFirst: number;
}

/** Per station, accumulated over one run. Times in clock hours, work in effort hours. */
export interface StationTotals {
	busyArea: Float64Array;
	blockedArea: Float64Array;
	queueArea: Float64Array;
	/** Effort offered (arrived), including absorbed work with its penalty. */
	offered: Float64Array;
	/** Queue waits this station caused, including those still waiting at the horizon. */
	waitCaused: Float64Array;
	peakBusy: Int32Array;
	/** station × week. */
	busyByWeek: Float64Array;
	queueByWeek: Float64Array;
}

/**
 * Tasks by station and step: index (station × kinds + kind) × STATE_STRIDE + state (engine.ts). Every task
 * offered counts, those still queued at the horizon with their wait so far.
 */
export interface StationStepTotals {
	tasks: Float64Array;
	/** Queue wait, clock hours. */
	wait: Float64Array;
	/** Effort offered, hours (service time is work / speed). */
	work: Float64Array;
	/** Effort of the tasks that got a server before the horizon: the hours actually given. */
	served: Float64Array;
}

export interface StakeholderTotals {
	/** Time integral of decisions waiting on a stakeholder response. */
	delayArea: number;
	waitCaused: number;
	queueByWeek: Float64Array;
}

export interface RunTotals {
	scenario: Scenario;
	seed: number;
	org: Organisation;
	horizon: number;
	weeks: number;
	events: number;
	kinds: KindTotals[];
	stations: StationTotals;
	stationSteps: StationStepTotals;
	stakeholders: StakeholderTotals;
	/** Key (from × roles + to) × kinds + kind → count. */
	handoffs: Map<number, number>;
	/** Hidden work: coordination, rework, waiting for decisions, exceptions (hiddenLedger.ts). */
	hidden: HiddenTotals;
}

/** Fresh per-kind totals for a run of `weeks` weeks, with room for `stride` states. */
export function newKindTotals(stride: number, weeks: number): KindTotals {
	return {
		created: 0,
		completed: 0,
		wipArea: 0,
		leadTimes: new Float64Array(64),
		leadTimeSum: 0,
		stateTime: new Float64Array(stride),
		stateWait: new Float64Array(stride),
		openByState: new Int32Array(stride),
		openAges: new Float64Array(0),
		openOldestByState: new Float64Array(stride),
		stalledByState: new Int32Array(stride),
		stepTasks: new Float64Array(stride),
		stepWait: new Float64Array(stride),
		stepService: new Float64Array(stride),
		createdByWeek: new Int32Array(weeks),
		completedByWeek: new Int32Array(weeks),
		notSimulated: 0,
		notSimulatedByWeek: new Int32Array(weeks),
		notSimulatedFirst: 0
	};
}
