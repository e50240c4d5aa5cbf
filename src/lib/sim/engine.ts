import type { Scenario } from '../scenario/index';
import { Clock } from './clock';
import {
	COMPILED,
	PRIORITIES,
	STEP_KINDS,
	eventIndexOf,
	type CompiledMachine
} from './machines/index';
import { HOURS_PER_WEEK, WEEKS_PER_QUARTER, buildOrganisation, type Organisation } from './org';
import { Resources } from './resources';
import {
	LCG_EPS,
	LCG_INC,
	LCG_MUL,
	ORIGIN,
	STREAM,
	derivedSeed,
	exponentialStream,
	uniformStream
} from './rng';
import { DECISION_KINDS } from './types';

/** Decision kinds by index, in the order of DECISION_KINDS. */
const ROADMAP = 0;
const BACKLOG = 1;
const PRICING = 2;
const KINDS = DECISION_KINDS.length;
const MACHINES: CompiledMachine[] = DECISION_KINDS.map((k) => COMPILED[k]);
/** Room per decision for per-state sums: the largest machine's state count. */
export const STATE_STRIDE = Math.max(...MACHINES.map((m) => m.states.length));

const S_INSTANT = STEP_KINDS.indexOf('instant');
const S_WORK = STEP_KINDS.indexOf('work');
const S_DELAY = STEP_KINDS.indexOf('delay');
const S_FANOUT = STEP_KINDS.indexOf('fanout');
const S_SPRINT = STEP_KINDS.indexOf('sprint');
const S_DEV = STEP_KINDS.indexOf('development');
const S_FINAL = STEP_KINDS.indexOf('final');

/** Who serves a step, from the state's role in the machine. */
const H_STRATEGY = 0;
const H_DELIVERY = 1;
const H_TEAM = 2;
const H_NONE = 3;

const BUILD_CLASS = PRIORITIES.indexOf('build');

// Event codes: id << 4 | type.
const EV_BACKLOG_ARRIVAL = 0;
const EV_ROADMAP_ARRIVAL = 1;
const EV_PRICING_ARRIVAL = 2;
const EV_TASK_DONE = 3;
const EV_DELAY_DONE = 4;
const EV_QUESTION = 5;
const EV_SELF_ANSWER = 6;
const EV_SPRINT = 7;
const EV_WEEK = 8;
const EV_BITS = 4;
const EV_MASK = (1 << EV_BITS) - 1;

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
 * Tasks by station and step: index (station × kinds + kind) × STATE_STRIDE + state. Every task
 * offered counts, those still queued at the horizon with their wait so far.
 */
export interface StationStepTotals {
	tasks: Float64Array;
	/** Queue wait, clock hours. */
	wait: Float64Array;
	/** Effort offered, hours (service time is work / speed). */
	work: Float64Array;
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
}

function growInt32(a: Int32Array, size: number) {
	const b = new Int32Array(size);
	b.set(a);
	return b;
}

function growFloat64(a: Float64Array, size: number) {
	const b = new Float64Array(size);
	b.set(a);
	return b;
}

/**
 * One run of the organisation model: a fold over timed events that returns plain totals.
 * Each decision is a row in typed arrays (recycled through a free list), its flow is stepped in
 * its machine's compiled table, and every step's mechanics come from the state's `meta`.
 */
export class Engine {
	readonly org: Organisation;
	readonly clock = new Clock(256);
	readonly resources: Resources;
	private readonly s: Scenario;
	private readonly seed: number;
	private readonly horizon: number;
	private readonly weeks: number;

	// Per kind × state, from the machines' meta and the scenario.
	private readonly stepKind = new Int32Array(KINDS * STATE_STRIDE);
	private readonly holder = new Int32Array(KINDS * STATE_STRIDE);
	private readonly doneEvent = new Int32Array(KINDS * STATE_STRIDE).fill(-1);
	private readonly interruptEvent = new Int32Array(KINDS * STATE_STRIDE).fill(-1);
	private readonly priority = new Int32Array(KINDS * STATE_STRIDE);
	/** Mean effort in hours; the penalty of the absorbing role is applied when work is created. */
	private readonly meanEffort = new Float64Array(KINDS * STATE_STRIDE);
	private readonly tables: Int32Array[] = MACHINES.map((m) => m.table);
	private readonly eventCounts = Int32Array.from(MACHINES, (m) => m.events.length);
	/** Effort multiplier per station kind for strategy and delivery work (penalties). */
	private readonly strategyMultiplier: number;
	private readonly deliveryMultiplier: number;

	// Random streams of the arrival processes; each decision has its own generators (eRng).
	private readonly teamArrivalRng: Int32Array;
	private readonly teamArrivals: Int32Array;
	private readonly nextRoadmap: () => number;
	private readonly nextPricing: () => number;
	private readonly routing: () => number;

	// Decisions (entities).
	private cap = 0;
	private used = 0;
	private free = -1;
	private eKind = new Int32Array(0);
	/** The decision's own generators: efforts and delays, and question gaps (LCG states). */
	private eRng = new Int32Array(0);
	private eRngQuestions = new Int32Array(0);
	/** Creation order: the key that makes a person serve the oldest decision first. */
	private eSerial = new Float64Array(0);
	/** Index among decisions of its kind (a roadmap decision's cascade items derive from it). */
	private eIndex = new Int32Array(0);
	private eState = new Int32Array(0);
	private eAlive = new Int32Array(0);
	private eTeam = new Int32Array(0);
	private eOwner = new Int32Array(0);
	private ePending = new Int32Array(0);
	private eBranches = new Int32Array(0);
	private eDevTask = new Int32Array(0);
	private eBlocked = new Int32Array(0);
	private eStalled = new Int32Array(0);
	private eLastRole = new Int32Array(0);
	private eNext = new Int32Array(0);
	private eCreated = new Float64Array(0);
	private eEntered = new Float64Array(0);
	private eRemaining = new Float64Array(0);
	private eStateTime = new Float64Array(0);
	private eStateWait = new Float64Array(0);

	// Per team.
	private readonly sprintHead: Int32Array;
	private readonly sprintTail: Int32Array;

	// Accumulators.
	private readonly kinds: KindTotals[];
	private readonly wip = new Float64Array(KINDS);
	private readonly wipLast = new Float64Array(KINDS);
	private readonly offered: Float64Array;
	private readonly waitCaused: Float64Array;
	private readonly stationSteps: StationStepTotals;
	private readonly busyByWeek: Float64Array;
	private readonly queueByWeek: Float64Array;
	private readonly prevBusy: Float64Array;
	private readonly prevQueue: Float64Array;
	private inDelay = 0;
	private delayLast = 0;
	private delayArea = 0;
	private prevDelayArea = 0;
	private stakeholderWait = 0;
	private readonly stakeholderByWeek: Float64Array;
	private readonly handoffs = new Map<number, number>();
	private readonly roleCount: number;
	private pricingCount = 0;
	private serial = 0;
	private readonly kindCount = new Int32Array(KINDS);
	private events = 0;

	// Scenario constants in clock units.
	private readonly meanQuestionGap: number;
	private readonly meanDelay: number;
	private readonly cascadeTeams: number;
	private readonly itemsPerCascade: number;
	private readonly sprintHours: number;
	private readonly continuousFlow: boolean;

	constructor(scenario: Scenario, seed: number = scenario.seed) {
		const s = scenario;
		this.s = s;
		this.seed = seed;
		this.weeks = s.weeks;
		this.horizon = s.weeks * HOURS_PER_WEEK;
		const org = buildOrganisation(s);
		this.org = org;
		this.roleCount = org.roles.length;
		// Room for the decisions and tasks a team usually has open, so the pools rarely grow.
		const openPerTeam = 16;
		this.resources = new Resources(
			org.stations,
			PRIORITIES.length,
			Math.max(256, openPerTeam * s.teams)
		);

		const model = s.model;
		this.strategyMultiplier = model === 'po-only' ? s.leaderPenalty : 1;
		this.deliveryMultiplier = model === 'pm-only' ? s.teamPenalty : 1;

		MACHINES.forEach((m, k) => {
			m.meta.forEach((meta, state) => {
				const i = k * STATE_STRIDE + state;
				this.stepKind[i] = STEP_KINDS.indexOf(meta.step);
				this.holder[i] =
					meta.role === 'pm'
						? H_STRATEGY
						: meta.role === 'po'
							? H_DELIVERY
							: meta.role === 'team'
								? H_TEAM
								: H_NONE;
				if (meta.done) this.doneEvent[i] = eventIndexOf(m, meta.done);
				if (meta.interrupt) this.interruptEvent[i] = eventIndexOf(m, meta.interrupt);
				this.priority[i] = meta.priority ? PRIORITIES.indexOf(meta.priority) : 0;
				this.meanEffort[i] = meta.effort ? s[meta.effort] : 0;
			});
		});

		// Each team's new items come from its own stream, so adding a team leaves the others' alone.
		this.teamArrivalRng = Int32Array.from({ length: s.teams }, (_, team) =>
			derivedSeed(seed, ORIGIN.teamArrivals, team, 0)
		);
		this.teamArrivals = new Int32Array(s.teams);
		this.nextRoadmap = exponentialStream(seed, STREAM.roadmapArrivals);
		this.nextPricing = exponentialStream(seed, STREAM.pricingArrivals);
		this.routing = uniformStream(seed, STREAM.routing);

		this.sprintHead = new Int32Array(s.teams).fill(-1);
		this.sprintTail = new Int32Array(s.teams).fill(-1);
		const n = org.stations.length;
		this.offered = new Float64Array(n);
		this.waitCaused = new Float64Array(n);
		const cells = n * KINDS * STATE_STRIDE;
		this.stationSteps = {
			tasks: new Float64Array(cells),
			wait: new Float64Array(cells),
			work: new Float64Array(cells)
		};
		this.busyByWeek = new Float64Array(n * s.weeks);
		this.queueByWeek = new Float64Array(n * s.weeks);
		this.prevBusy = new Float64Array(n);
		this.prevQueue = new Float64Array(n);
		this.stakeholderByWeek = new Float64Array(s.weeks);
		this.kinds = MACHINES.map(() => ({
			created: 0,
			completed: 0,
			wipArea: 0,
			leadTimes: new Float64Array(64),
			leadTimeSum: 0,
			stateTime: new Float64Array(STATE_STRIDE),
			stateWait: new Float64Array(STATE_STRIDE),
			openByState: new Int32Array(STATE_STRIDE),
			openAges: new Float64Array(0),
			openOldestByState: new Float64Array(STATE_STRIDE),
			stalledByState: new Int32Array(STATE_STRIDE),
			stepTasks: new Float64Array(STATE_STRIDE),
			stepWait: new Float64Array(STATE_STRIDE),
			stepService: new Float64Array(STATE_STRIDE),
			createdByWeek: new Int32Array(s.weeks),
			completedByWeek: new Int32Array(s.weeks)
		}));

		// Questions arrive per 40 hours of development work (questionsPerDevWeek).
		this.meanQuestionGap =
			s.questionsPerDevWeek > 0 ? HOURS_PER_WEEK / s.questionsPerDevWeek : Infinity;
		this.meanDelay = s.stakeholderDays * 8;
		this.cascadeTeams = s.cascadeTeams;
		this.itemsPerCascade = s.itemsPerCascade;
		this.sprintHours = s.sprintWeeks * HOURS_PER_WEEK;
		this.continuousFlow = s.planning === 'flow';
		this.growEntities(Math.max(256, openPerTeam * s.teams));
	}

	/** Runs to the horizon and returns the totals. An engine runs once. */
	run(): RunTotals {
		const s = this.s;
		const clock = this.clock;
		const horizon = this.horizon;
		const backlogRate = s.itemsPerSprint / s.sprintWeeks / HOURS_PER_WEEK;
		const roadmapRate = (s.teams * s.roadmapPerQuarter) / WEEKS_PER_QUARTER / HOURS_PER_WEEK;
		const pricingRate = s.pricingPerQuarter / WEEKS_PER_QUARTER / HOURS_PER_WEEK;

		if (backlogRate > 0) {
			for (let t = 0; t < s.teams; t++) {
				clock.schedule(this.teamGap(t) / backlogRate, (t << EV_BITS) | EV_BACKLOG_ARRIVAL);
			}
		}
		if (roadmapRate > 0) clock.schedule(this.nextRoadmap() / roadmapRate, EV_ROADMAP_ARRIVAL);
		if (pricingRate > 0) clock.schedule(this.nextPricing() / pricingRate, EV_PRICING_ARRIVAL);
		clock.schedule(this.sprintHours, EV_SPRINT);
		clock.schedule(HOURS_PER_WEEK, EV_WEEK);

		while (clock.size > 0 && clock.peekTime() <= horizon) {
			const code = clock.next();
			const t = clock.now;
			const id = code >> EV_BITS;
			this.events++;
			switch (code & EV_MASK) {
				case EV_TASK_DONE:
					this.taskDone(id, t);
					break;
				case EV_BACKLOG_ARRIVAL: {
					const n = this.teamArrivals[id]++;
					const seed = derivedSeed(this.seed, ORIGIN.backlogItem, id, n);
					this.create(BACKLOG, id, -1, -1, t, seed);
					clock.schedule(t + this.teamGap(id) / backlogRate, code);
					break;
				}
				case EV_ROADMAP_ARRIVAL: {
					const team = Math.floor(this.routing() * s.teams);
					const seed = derivedSeed(this.seed, ORIGIN.roadmap, this.kindCount[ROADMAP], 0);
					this.create(ROADMAP, team, this.org.strategyStation[team], -1, t, seed);
					clock.schedule(t + this.nextRoadmap() / roadmapRate, code);
					break;
				}
				case EV_PRICING_ARRIVAL: {
					const owners = this.org.pricingOwners;
					const owner = owners.length > 0 ? owners[this.pricingCount % owners.length] : -1;
					this.pricingCount++;
					const seed = derivedSeed(this.seed, ORIGIN.pricing, this.kindCount[PRICING], 0);
					this.create(PRICING, -1, owner, -1, t, seed);
					clock.schedule(t + this.nextPricing() / pricingRate, code);
					break;
				}
				case EV_DELAY_DONE:
					this.delayDone(id, t);
					break;
				case EV_QUESTION:
					this.question(id, t);
					break;
				case EV_SELF_ANSWER:
					this.step(id, this.doneEvent[this.eKind[id] * STATE_STRIDE + this.eState[id]], t);
					break;
				case EV_SPRINT:
					this.sprintBoundary(t);
					clock.schedule(t + this.sprintHours, EV_SPRINT);
					break;
				case EV_WEEK:
					this.closeWeek(t);
					if (t + HOURS_PER_WEEK <= horizon + 1e-9) clock.schedule(t + HOURS_PER_WEEK, EV_WEEK);
					break;
			}
		}
		return this.finish();
	}

	// --- random draws --------------------------------------------------------------------------

	/** Exponential(1) from team `team`'s arrival stream. */
	private teamGap(team: number): number {
		const state = (Math.imul(LCG_MUL, this.teamArrivalRng[team]) + LCG_INC) | 0;
		this.teamArrivalRng[team] = state;
		return -Math.log1p(-(state >>> 0) * LCG_EPS);
	}

	/** Exponential(1) from decision `e`'s own stream of efforts and delays. */
	private draw(e: number): number {
		const state = (Math.imul(LCG_MUL, this.eRng[e]) + LCG_INC) | 0;
		this.eRng[e] = state;
		return -Math.log1p(-(state >>> 0) * LCG_EPS);
	}

	/** Exponential(1) from decision `e`'s own stream of question gaps. */
	private drawQuestion(e: number): number {
		const state = (Math.imul(LCG_MUL, this.eRngQuestions[e]) + LCG_INC) | 0;
		this.eRngQuestions[e] = state;
		return -Math.log1p(-(state >>> 0) * LCG_EPS);
	}

	// --- decisions ---------------------------------------------------------------------------

	private growEntities(size: number): void {
		this.eKind = growInt32(this.eKind, size);
		this.eRng = growInt32(this.eRng, size);
		this.eRngQuestions = growInt32(this.eRngQuestions, size);
		this.eSerial = growFloat64(this.eSerial, size);
		this.eIndex = growInt32(this.eIndex, size);
		this.eState = growInt32(this.eState, size);
		this.eAlive = growInt32(this.eAlive, size);
		this.eTeam = growInt32(this.eTeam, size);
		this.eOwner = growInt32(this.eOwner, size);
		this.ePending = growInt32(this.ePending, size);
		this.eBranches = growInt32(this.eBranches, size);
		this.eDevTask = growInt32(this.eDevTask, size);
		this.eBlocked = growInt32(this.eBlocked, size);
		this.eStalled = growInt32(this.eStalled, size);
		this.eLastRole = growInt32(this.eLastRole, size);
		this.eNext = growInt32(this.eNext, size);
		this.eCreated = growFloat64(this.eCreated, size);
		this.eEntered = growFloat64(this.eEntered, size);
		this.eRemaining = growFloat64(this.eRemaining, size);
		this.eStateTime = growFloat64(this.eStateTime, size * STATE_STRIDE);
		this.eStateWait = growFloat64(this.eStateWait, size * STATE_STRIDE);
		this.cap = size;
	}

	private weekOf(t: number): number {
		const w = Math.floor(t / HOURS_PER_WEEK);
		return w < this.weeks ? w : this.weeks - 1;
	}

	/** A new decision of `kind`, drawing its randomness from the generator seeded `seed`. */
	private create(
		kind: number,
		team: number,
		owner: number,
		lastRole: number,
		t: number,
		seed: number
	): void {
		let e = this.free;
		if (e >= 0) {
			this.free = this.eNext[e];
		} else {
			if (this.used === this.cap) this.growEntities(this.cap * 2);
			e = this.used++;
		}
		this.eKind[e] = kind;
		this.eRng[e] = seed;
		this.eRngQuestions[e] = seed ^ 0x5bd1e995;
		this.eSerial[e] = this.serial++;
		this.eIndex[e] = this.kindCount[kind]++;
		this.eState[e] = MACHINES[kind].initial;
		this.eAlive[e] = 1;
		this.eTeam[e] = team;
		this.eOwner[e] = owner;
		this.ePending[e] = 0;
		this.eBranches[e] = 1;
		this.eDevTask[e] = -1;
		this.eBlocked[e] = 0;
		this.eStalled[e] = 0;
		this.eLastRole[e] = lastRole;
		this.eNext[e] = -1;
		this.eCreated[e] = t;
		this.eEntered[e] = t;
		this.eRemaining[e] = 0;
		for (let i = e * STATE_STRIDE, end = i + STATE_STRIDE; i < end; i++) {
			this.eStateTime[i] = 0;
			this.eStateWait[i] = 0;
		}
		const totals = this.kinds[kind];
		totals.created++;
		totals.createdByWeek[this.weekOf(t)]++;
		this.wipArea(kind, t);
		this.wip[kind]++;
		this.enter(e, t);
	}

	private wipArea(kind: number, t: number): void {
		this.kinds[kind].wipArea += this.wip[kind] * (t - this.wipLast[kind]);
		this.wipLast[kind] = t;
	}

	/** Sends `event` to decision `e`'s machine and runs the state it lands in. */
	private step(e: number, event: number, t: number): void {
		const kind = this.eKind[e];
		const state = this.eState[e];
		this.eStateTime[e * STATE_STRIDE + state] += t - this.eEntered[e];
		this.eState[e] = this.tables[kind][state * this.eventCounts[kind] + event];
		this.eEntered[e] = t;
		this.enter(e, t);
	}

	private enter(e: number, t: number): void {
		const kind = this.eKind[e];
		const i = kind * STATE_STRIDE + this.eState[e];
		switch (this.stepKind[i]) {
			case S_INSTANT:
				this.step(e, this.doneEvent[i], t);
				return;
			case S_WORK:
				this.work(e, i, t);
				return;
			case S_DELAY: {
				if (this.meanDelay === 0) {
					this.step(e, this.doneEvent[i], t);
					return;
				}
				const d = this.draw(e) * this.meanDelay;
				this.delayChange(t, 1);
				this.stakeholderWait += Math.min(d, this.horizon - t);
				this.handoff(e, this.org.stakeholders);
				this.clock.schedule(t + d, (e << EV_BITS) | EV_DELAY_DONE);
				return;
			}
			case S_FANOUT:
				this.cascade(e, i, t);
				return;
			case S_SPRINT: {
				if (this.continuousFlow) {
					this.step(e, this.doneEvent[i], t);
					return;
				}
				const team = this.eTeam[e];
				const last = this.sprintTail[team];
				if (last < 0) this.sprintHead[team] = e;
				else this.eNext[last] = e;
				this.sprintTail[team] = e;
				this.eNext[e] = -1;
				return;
			}
			case S_DEV:
				this.develop(e, i, t);
				return;
			case S_FINAL:
				this.complete(e, t);
				return;
		}
	}

	private complete(e: number, t: number): void {
		const kind = this.eKind[e];
		const totals = this.kinds[kind];
		if (totals.completed === totals.leadTimes.length) {
			totals.leadTimes = growFloat64(totals.leadTimes, totals.leadTimes.length * 2);
		}
		const lead = t - this.eCreated[e];
		totals.leadTimes[totals.completed++] = lead;
		totals.leadTimeSum += lead;
		totals.completedByWeek[this.weekOf(t)]++;
		const base = e * STATE_STRIDE;
		for (let s = 0; s < STATE_STRIDE; s++) {
			totals.stateTime[s] += this.eStateTime[base + s];
			totals.stateWait[s] += this.eStateWait[base + s];
		}
		this.wipArea(kind, t);
		this.wip[kind]--;
		this.eAlive[e] = 0;
		this.eNext[e] = this.free;
		this.free = e;
	}

	private handoff(e: number, role: number): void {
		const from = this.eLastRole[e];
		if (from >= 0 && from !== role) {
			const key = (from * this.roleCount + role) * KINDS + this.eKind[e];
			this.handoffs.set(key, (this.handoffs.get(key) ?? 0) + 1);
		}
		this.eLastRole[e] = role;
	}

	/** The station that serves state `i` of decision `e`, or -1 when the step stalls. */
	private stationFor(e: number, i: number): number {
		switch (this.holder[i]) {
			case H_STRATEGY:
				return this.eOwner[e];
			case H_DELIVERY:
				return this.org.poStation[this.eTeam[e]];
			case H_TEAM:
				return this.org.teamStation[this.eTeam[e]];
			default:
				return -1;
		}
	}

	private multiplier(i: number): number {
		const h = this.holder[i];
		return h === H_STRATEGY
			? this.strategyMultiplier
			: h === H_DELIVERY
				? this.deliveryMultiplier
				: 1;
	}

	/** A task of step `i` offered to `station` with `work` hours of effort. */
	private countTask(station: number, i: number, work: number): void {
		const cell = station * KINDS * STATE_STRIDE + i;
		this.stationSteps.tasks[cell]++;
		this.stationSteps.work[cell] += work;
	}

	/** Queue wait of a task of step `i` at `station`. */
	private countWait(station: number, i: number, wait: number): void {
		this.stationSteps.wait[station * KINDS * STATE_STRIDE + i] += wait;
	}

	private stall(e: number): void {
		this.eStalled[e] = 1;
	}

	/** Creates a task of state `i` for decision `e` at `station` and offers it. */
	private offer(e: number, i: number, station: number, tag: number, t: number): void {
		const work = this.draw(e) * this.meanEffort[i] * this.multiplier(i);
		const r = this.resources;
		const task = r.allocTask(station, this.priority[i], e, work, t, this.eSerial[e]);
		r.taskTag[task] = tag;
		this.offered[station] += work;
		const kind = this.kinds[this.eKind[e]];
		const state = i - this.eKind[e] * STATE_STRIDE;
		kind.stepTasks[state]++;
		kind.stepService[state] += r.speed[station] > 0 ? work / r.speed[station] : 0;
		this.countTask(station, i, work);
		if (this.stepKind[i] === S_DEV) {
			this.eDevTask[e] = task;
			this.eRemaining[e] = work;
		}
		if (r.arrive(task, t)) this.begin(task, t);
	}

	/** A task has a server from `t`: record its wait, schedule its end. */
	private begin(task: number, t: number): void {
		const r = this.resources;
		const station = r.taskStation[task];
		const e = r.taskEntity[task];
		const wait = t - r.taskQueuedAt[task];
		if (wait > 0) {
			const kind = this.eKind[e];
			const state = this.eState[e];
			this.waitCaused[station] += wait;
			this.kinds[kind].stepWait[state] += wait;
			this.countWait(station, kind * STATE_STRIDE + state, wait);
			this.eStateWait[e * STATE_STRIDE + state] += wait / this.eBranches[e];
		}
		if (r.taskClass[task] === BUILD_CLASS) this.devRun(e, task, t);
		else
			this.clock.schedule(
				t + r.taskWork[task] / r.speed[station],
				(task << EV_BITS) | EV_TASK_DONE
			);
	}

	private work(e: number, i: number, t: number): void {
		if (this.meanEffort[i] === 0) {
			// A step of no effort (validation scenarios) passes at once, through nobody's queue.
			this.step(e, this.doneEvent[i], t);
			return;
		}
		const station = this.stationFor(e, i);
		if (station < 0) {
			if (this.eDevTask[e] >= 0) {
				// A question nobody answers: the developer stays blocked on it.
				this.resources.block(this.org.teamStation[this.eTeam[e]], t, true);
				this.eBlocked[e] = 1;
			}
			this.stall(e);
			return;
		}
		if (this.eDevTask[e] >= 0) {
			const teamStation = this.org.teamStation[this.eTeam[e]];
			if (station === teamStation) {
				// The team holds PO work (PM-only): the developer who asked finds the answer.
				const work = this.draw(e) * this.meanEffort[i] * this.multiplier(i);
				const speed = this.resources.speed[teamStation];
				this.offered[teamStation] += work;
				const kind = this.kinds[this.eKind[e]];
				const state = i - this.eKind[e] * STATE_STRIDE;
				kind.stepTasks[state]++;
				kind.stepService[state] += work / speed;
				this.countTask(teamStation, i, work);
				this.clock.schedule(t + work / speed, (e << EV_BITS) | EV_SELF_ANSWER);
				return;
			}
			this.resources.block(teamStation, t, true);
			this.eBlocked[e] = 1;
		}
		this.handoff(e, station);
		this.offer(e, i, station, -1, t);
	}

	/**
	 * The roadmap cascade: one task for the PO (or whoever holds PO work) of each affected team,
	 * the originating team and the next ones in its area. Without a holder the whole step stalls.
	 */
	private cascade(e: number, i: number, t: number): void {
		const team = this.eTeam[e];
		const area = this.org.areas[this.org.areaOf[team]];
		const count = Math.min(this.cascadeTeams, area.length);
		const start = area.indexOf(team);
		if (this.meanEffort[i] === 0) {
			for (let j = 0; j < count; j++)
				this.addCascadeItems(e, area[(start + j) % area.length], -1, t);
			this.step(e, this.doneEvent[i], t);
			return;
		}
		if (this.org.poStation[team] < 0) {
			// PO work has a holder in every team or in none (the model decides, not the team).
			this.stall(e);
			return;
		}
		const from = this.eLastRole[e];
		this.ePending[e] = count;
		this.eBranches[e] = count;
		for (let j = 0; j < count; j++) {
			const target = area[(start + j) % area.length];
			const station = this.org.poStation[target];
			this.eLastRole[e] = from;
			this.handoff(e, station);
			this.offer(e, i, station, target, t);
		}
	}

	private develop(e: number, i: number, t: number): void {
		const team = this.eTeam[e];
		const station = this.org.teamStation[team];
		this.handoff(e, station);
		const task = this.eDevTask[e];
		if (task >= 0) {
			// Back from a question: the developer held the item and carries on.
			if (this.eBlocked[e] === 1) {
				this.resources.block(station, t, false);
				this.eBlocked[e] = 0;
			}
			this.devRun(e, task, t);
			return;
		}
		this.offer(e, i, station, team, t);
	}

	/** Works on a development task until its next question or its end, whichever comes first. */
	private devRun(e: number, task: number, t: number): void {
		const speed = this.resources.speed[this.resources.taskStation[task]];
		const remaining = this.eRemaining[e];
		const gap =
			this.meanQuestionGap === Infinity ? Infinity : this.drawQuestion(e) * this.meanQuestionGap;
		if (gap < remaining) {
			this.eRemaining[e] = remaining - gap;
			this.clock.schedule(t + gap / speed, (e << EV_BITS) | EV_QUESTION);
		} else {
			this.eRemaining[e] = 0;
			this.clock.schedule(t + remaining / speed, (task << EV_BITS) | EV_TASK_DONE);
		}
	}

	private question(e: number, t: number): void {
		this.step(e, this.interruptEvent[this.eKind[e] * STATE_STRIDE + this.eState[e]], t);
	}

	private taskDone(task: number, t: number): void {
		const r = this.resources;
		const e = r.taskEntity[task];
		const station = r.taskStation[task];
		const i = this.eKind[e] * STATE_STRIDE + this.eState[e];
		const tag = r.taskTag[task];
		r.freeTask(task);
		const kind = this.stepKind[i];
		let advance = true;
		if (kind === S_DEV) {
			this.eDevTask[e] = -1;
		} else if (kind === S_FANOUT) {
			this.addCascadeItems(e, tag, station, t);
			if (--this.ePending[e] > 0) advance = false;
			else this.eBranches[e] = 1;
		}
		// The decision takes its next step while the server is still held, so that a next step
		// for the same person queues by the decision's age and is served before newer decisions.
		if (advance) this.step(e, this.doneEvent[i], t);
		const next = r.release(station, t);
		if (next >= 0) this.begin(next, t);
	}

	/** The backlog items roadmap decision `e`'s cascade adds to `team`. */
	private addCascadeItems(e: number, team: number, from: number, t: number): void {
		const index = this.eIndex[e];
		for (let j = 0; j < this.itemsPerCascade; j++) {
			const seed = derivedSeed(this.seed, ORIGIN.cascadeItem, index, (team << 6) | j);
			this.create(BACKLOG, team, -1, from, t, seed);
		}
	}

	private delayChange(t: number, delta: number): void {
		this.delayArea += this.inDelay * (t - this.delayLast);
		this.delayLast = t;
		this.inDelay += delta;
	}

	private delayDone(e: number, t: number): void {
		this.delayChange(t, -1);
		const i = this.eKind[e] * STATE_STRIDE + this.eState[e];
		this.eStateWait[e * STATE_STRIDE + this.eState[e]] += t - this.eEntered[e];
		this.step(e, this.doneEvent[i], t);
	}

	private sprintBoundary(t: number): void {
		const planned =
			this.doneEvent[BACKLOG * STATE_STRIDE + MACHINES[BACKLOG].states.indexOf('awaitingSprint')];
		for (let team = 0; team < this.sprintHead.length; team++) {
			let e = this.sprintHead[team];
			this.sprintHead[team] = -1;
			this.sprintTail[team] = -1;
			while (e >= 0) {
				const next = this.eNext[e];
				this.eStateWait[e * STATE_STRIDE + this.eState[e]] += t - this.eEntered[e];
				this.step(e, planned, t);
				e = next;
			}
		}
	}

	private closeWeek(t: number): void {
		const w = Math.round(t / HOURS_PER_WEEK) - 1;
		if (w < 0 || w >= this.weeks) return;
		const r = this.resources;
		for (let st = 0; st < r.stations; st++) {
			r.touch(st, t);
			this.busyByWeek[st * this.weeks + w] = r.busyArea[st] - this.prevBusy[st];
			this.queueByWeek[st * this.weeks + w] = r.queueArea[st] - this.prevQueue[st];
			this.prevBusy[st] = r.busyArea[st];
			this.prevQueue[st] = r.queueArea[st];
		}
		this.delayChange(t, 0);
		this.stakeholderByWeek[w] = this.delayArea - this.prevDelayArea;
		this.prevDelayArea = this.delayArea;
	}

	private finish(): RunTotals {
		const t = this.horizon;
		const r = this.resources;
		for (let st = 0; st < r.stations; st++) {
			r.touch(st, t);
			r.forEachQueued(st, (task) => {
				const wait = t - r.taskQueuedAt[task];
				this.waitCaused[st] += wait;
				const e = r.taskEntity[task];
				this.kinds[this.eKind[e]].stepWait[this.eState[e]] += wait;
				this.countWait(st, this.eKind[e] * STATE_STRIDE + this.eState[e], wait);
			});
		}
		this.delayChange(t, 0);
		for (let k = 0; k < KINDS; k++) this.wipArea(k, t);
		const open = this.kinds.map((k) => new Float64Array(k.created - k.completed));
		const filled = new Int32Array(KINDS);
		for (let e = 0; e < this.used; e++) {
			if (this.eAlive[e] !== 1) continue;
			const kind = this.eKind[e];
			const totals = this.kinds[kind];
			totals.openByState[this.eState[e]]++;
			if (this.eStalled[e] === 1) totals.stalledByState[this.eState[e]]++;
			const age = t - this.eCreated[e];
			open[kind][filled[kind]++] = age;
			const oldest = totals.openOldestByState;
			if (age > oldest[this.eState[e]]) oldest[this.eState[e]] = age;
		}
		this.kinds.forEach((k, kind) => (k.openAges = open[kind]));
		for (const totals of this.kinds) totals.leadTimes = totals.leadTimes.slice(0, totals.completed);
		return {
			scenario: this.s,
			seed: this.seed,
			org: this.org,
			horizon: this.horizon,
			weeks: this.weeks,
			events: this.events,
			kinds: this.kinds,
			stationSteps: this.stationSteps,
			stations: {
				busyArea: r.busyArea,
				blockedArea: r.blockedArea,
				queueArea: r.queueArea,
				offered: this.offered,
				waitCaused: this.waitCaused,
				peakBusy: r.peakBusy,
				busyByWeek: this.busyByWeek,
				queueByWeek: this.queueByWeek
			},
			stakeholders: {
				delayArea: this.delayArea,
				waitCaused: this.stakeholderWait,
				queueByWeek: this.stakeholderByWeek
			},
			handoffs: this.handoffs
		};
	}
}
