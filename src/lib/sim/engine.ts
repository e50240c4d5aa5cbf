import type { Scenario } from '../scenario/index';
import { MAX_DECISIONS_IN_FLIGHT, type EngineOptions } from './admission';
import { Arrivals } from './arrivals';
import { Clock } from './clock';
import { DecisionPool } from './decisionPool';
import {
	BACKLOG,
	BUILD_CLASS,
	H_DELIVERY,
	H_STRATEGY,
	H_TEAM,
	KINDS,
	MACHINES,
	PRICING,
	ROADMAP,
	STATE_STRIDE,
	S_DELAY,
	S_DEV,
	S_FANOUT,
	S_FINAL,
	S_INSTANT,
	S_SPRINT,
	S_WORK,
	flowTables,
	type FlowTables
} from './flowTables';
import { PRIORITIES } from './machines/index';
import { HOURS_PER_WEEK, buildOrganisation, type Organisation } from './org';
import { Resources } from './resources';
import { RunLedger } from './runLedger';
import type { RunTotals } from './runTotals';

export { STATE_STRIDE };
export type {
	KindTotals,
	RunTotals,
	StakeholderTotals,
	StationStepTotals,
	StationTotals
} from './runTotals';

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

/**
 * One run of the organisation model: a fold over timed events that returns plain totals.
 * Each decision is a row of the decision pool, its flow is stepped in its machine's compiled
 * table (flowTables.ts), its people serve it from priority queues (resources.ts), and every count
 * goes into the run's ledger (runLedger.ts).
 */
export class Engine {
	readonly org: Organisation;
	readonly clock = new Clock(256);
	readonly resources: Resources;
	private readonly s: Scenario;
	private readonly seed: number;
	private readonly horizon: number;
	private readonly f: FlowTables;
	private readonly d: DecisionPool;
	private readonly books: RunLedger;
	/** Decisions simulated at once at most (admission.ts). */
	private readonly maxInFlight: number;
	/** Effort multiplier of absorbed strategy and delivery work (penalties). */
	private readonly strategyMultiplier: number;
	private readonly deliveryMultiplier: number;

	private readonly arrivals: Arrivals;

	/** Per team: the items waiting for the next sprint, linked through the pool's `next`. */
	private readonly sprintHead: Int32Array;
	private readonly sprintTail: Int32Array;
	private pricingCount = 0;
	private events = 0;

	// Scenario constants in clock units.
	private readonly meanQuestionGap: number;
	private readonly meanDelay: number;
	private readonly cascadeTeams: number;
	private readonly itemsPerCascade: number;
	private readonly sprintHours: number;
	private readonly continuousFlow: boolean;

	constructor(scenario: Scenario, seed: number = scenario.seed, options: EngineOptions = {}) {
		const s = scenario;
		this.maxInFlight = options.maxDecisionsInFlight ?? MAX_DECISIONS_IN_FLIGHT;
		this.s = s;
		this.seed = seed;
		this.horizon = s.weeks * HOURS_PER_WEEK;
		const org = buildOrganisation(s);
		this.org = org;
		// Room for the decisions and tasks a team usually has open, so the pools rarely grow.
		const room = Math.max(256, 16 * s.teams);
		this.d = new DecisionPool(STATE_STRIDE, room);
		this.resources = new Resources(org.stations, PRIORITIES.length, room);
		this.books = new RunLedger(org.stations.length, org.roles.length, KINDS, STATE_STRIDE, s.weeks);
		this.f = flowTables(s);
		this.strategyMultiplier = s.model === 'po-only' ? s.leaderPenalty : 1;
		this.deliveryMultiplier = s.model === 'pm-only' ? s.teamPenalty : 1;

		this.arrivals = new Arrivals(s, seed);
		this.sprintHead = new Int32Array(s.teams).fill(-1);
		this.sprintTail = new Int32Array(s.teams).fill(-1);

		// Questions arrive per 40 hours of development work (questionsPerDevWeek).
		this.meanQuestionGap =
			s.questionsPerDevWeek > 0 ? HOURS_PER_WEEK / s.questionsPerDevWeek : Infinity;
		this.meanDelay = s.stakeholderDays * 8;
		this.cascadeTeams = s.cascadeTeams;
		this.itemsPerCascade = s.itemsPerCascade;
		this.sprintHours = s.sprintWeeks * HOURS_PER_WEEK;
		this.continuousFlow = s.planning === 'flow';
	}

	/** Decision rows ever held at once: what the pool's memory grew to. */
	get decisionRows(): number {
		return this.d.used;
	}

	/** Runs to the horizon and returns the totals. An engine runs once. */
	run(): RunTotals {
		const s = this.s;
		const clock = this.clock;
		const horizon = this.horizon;
		const arrivals = this.arrivals;
		for (let t = 0; t < s.teams; t++) {
			if (arrivals.backlogRate > 0) {
				clock.schedule(arrivals.nextItemGap(t), (t << EV_BITS) | EV_BACKLOG_ARRIVAL);
			}
			if (arrivals.roadmapRate > 0) {
				clock.schedule(arrivals.nextRoadmapGap(t), (t << EV_BITS) | EV_ROADMAP_ARRIVAL);
			}
		}
		if (arrivals.pricingRate > 0) clock.schedule(arrivals.nextPricingGap(), EV_PRICING_ARRIVAL);
		if (!this.continuousFlow) clock.schedule(this.sprintHours, EV_SPRINT);
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
					this.create(BACKLOG, id, -1, -1, t, arrivals.nextItemSeed(id));
					clock.schedule(t + arrivals.nextItemGap(id), code);
					break;
				}
				case EV_ROADMAP_ARRIVAL: {
					const seed = arrivals.nextRoadmapSeed(id);
					this.create(ROADMAP, id, this.org.strategyStation[id], -1, t, seed);
					clock.schedule(t + arrivals.nextRoadmapGap(id), code);
					break;
				}
				case EV_PRICING_ARRIVAL: {
					const owners = this.org.pricingOwners;
					const owner = owners.length > 0 ? owners[this.pricingCount % owners.length] : -1;
					this.pricingCount++;
					this.create(PRICING, -1, owner, -1, t, arrivals.nextPricingSeed());
					clock.schedule(t + arrivals.nextPricingGap(), code);
					break;
				}
				case EV_DELAY_DONE:
					this.delayDone(id, t);
					break;
				case EV_QUESTION:
					this.step(id, this.f.interruptEvent[this.cell(id)], t);
					break;
				case EV_SELF_ANSWER:
					this.step(id, this.f.doneEvent[this.cell(id)], t);
					break;
				case EV_SPRINT:
					this.sprintBoundary(t);
					clock.schedule(t + this.sprintHours, EV_SPRINT);
					break;
				case EV_WEEK:
					this.books.closeWeek(this.resources, t);
					if (t + HOURS_PER_WEEK <= horizon + 1e-9) clock.schedule(t + HOURS_PER_WEEK, EV_WEEK);
					break;
			}
		}
		this.unfinishedWork(horizon);
		const { stations, stakeholders } = this.books.close(this.resources, this.d, horizon);
		return {
			scenario: s,
			seed: this.seed,
			org: this.org,
			horizon,
			weeks: s.weeks,
			events: this.events,
			kinds: this.books.kinds,
			stationSteps: this.books.steps,
			stations,
			stakeholders,
			handoffs: this.books.handoffs
		};
	}

	/**
	 * Work in hand at the horizon was counted as given when it started; take off what is still to
	 * do, so the hours a role gave are the hours it worked. (Development interrupted by a question
	 * keeps its remaining effort counted: no responsibility's hours include development.)
	 */
	private unfinishedWork(horizon: number): void {
		const r = this.resources;
		this.clock.forEachPending((time, code) => {
			const type = code & EV_MASK;
			if (type !== EV_TASK_DONE && type !== EV_SELF_ANSWER) return;
			const id = code >> EV_BITS;
			const e = type === EV_TASK_DONE ? r.taskEntity[id] : id;
			const station =
				type === EV_TASK_DONE ? r.taskStation[id] : this.org.teamStation[this.d.team[e]];
			const left = (time - horizon) * r.speed[station];
			this.books.taskStarted(station, this.d.kind[e], this.d.state[e], -left);
		});
	}

	/** Index of decision `e`'s current state in the flow tables. */
	private cell(e: number): number {
		return this.d.kind[e] * STATE_STRIDE + this.d.state[e];
	}

	/**
	 * A new decision of `kind`, drawing its randomness from the generator seeded `seed`; only
	 * counted, not simulated, while the pool holds its maximum (admission.ts).
	 */
	private create(
		kind: number,
		team: number,
		owner: number,
		lastRole: number,
		t: number,
		seed: number
	): void {
		const d = this.d;
		if (d.live >= this.maxInFlight) {
			this.books.notSimulated(kind, MACHINES[kind].initial, t);
			return;
		}
		const e = d.alloc(kind, MACHINES[kind].initial, seed, t);
		d.team[e] = team;
		d.owner[e] = owner;
		d.lastRole[e] = lastRole;
		this.books.created(kind, t);
		this.enter(e, t);
	}

	/** Sends `event` to decision `e`'s machine and runs the state it lands in. */
	private step(e: number, event: number, t: number): void {
		const d = this.d;
		const kind = d.kind[e];
		const state = d.state[e];
		d.stateTime[e * STATE_STRIDE + state] += t - d.entered[e];
		d.state[e] = this.f.transitions[kind][state * this.f.eventCounts[kind] + event];
		d.entered[e] = t;
		this.enter(e, t);
	}

	private enter(e: number, t: number): void {
		const i = this.cell(e);
		switch (this.f.stepKind[i]) {
			case S_INSTANT:
				this.step(e, this.f.doneEvent[i], t);
				return;
			case S_WORK:
				this.work(e, i, t);
				return;
			case S_DELAY: {
				if (this.meanDelay === 0) {
					this.step(e, this.f.doneEvent[i], t);
					return;
				}
				const delay = this.d.draw(e) * this.meanDelay;
				this.books.delayStarted(t, delay, this.horizon);
				this.handoff(e, this.org.stakeholders);
				this.clock.schedule(t + delay, (e << EV_BITS) | EV_DELAY_DONE);
				return;
			}
			case S_FANOUT:
				this.cascade(e, i, t);
				return;
			case S_SPRINT: {
				if (this.continuousFlow) {
					this.step(e, this.f.doneEvent[i], t);
					return;
				}
				const team = this.d.team[e];
				const last = this.sprintTail[team];
				if (last < 0) this.sprintHead[team] = e;
				else this.d.next[last] = e;
				this.sprintTail[team] = e;
				this.d.next[e] = -1;
				return;
			}
			case S_DEV:
				this.develop(e, i, t);
				return;
			case S_FINAL:
				this.books.completed(this.d, e, t);
				this.d.release(e);
				return;
		}
	}

	private handoff(e: number, role: number): void {
		const from = this.d.lastRole[e];
		if (from >= 0 && from !== role) this.books.handoff(from, role, this.d.kind[e]);
		this.d.lastRole[e] = role;
	}

	/** The station that serves state `i` of decision `e`, or -1 when the step stalls. */
	private stationFor(e: number, i: number): number {
		switch (this.f.holder[i]) {
			case H_STRATEGY:
				return this.d.owner[e];
			case H_DELIVERY:
				return this.org.poStation[this.d.team[e]];
			case H_TEAM:
				return this.org.teamStation[this.d.team[e]];
			default:
				return -1;
		}
	}

	/** A draw of step `i`'s effort for decision `e`, with the absorbing role's penalty. */
	private effort(e: number, i: number): number {
		const h = this.f.holder[i];
		const multiplier =
			h === H_STRATEGY ? this.strategyMultiplier : h === H_DELIVERY ? this.deliveryMultiplier : 1;
		return this.d.draw(e) * this.f.meanEffort[i] * multiplier;
	}

	/** Creates a task of state `i` for decision `e` at `station` and offers it. */
	private offer(e: number, i: number, station: number, tag: number, t: number): void {
		const work = this.effort(e, i);
		const r = this.resources;
		const task = r.allocTask(station, this.f.priority[i], e, work, t, this.d.serial[e]);
		r.taskTag[task] = tag;
		this.books.taskOffered(station, this.d.kind[e], this.d.state[e], work, r.speed[station]);
		if (this.f.stepKind[i] === S_DEV) {
			this.d.devTask[e] = task;
			this.d.remaining[e] = work;
		}
		if (r.arrive(task, t)) this.begin(task, t);
	}

	/** A task has a server from `t`: record its wait, schedule its end. */
	private begin(task: number, t: number): void {
		const r = this.resources;
		const station = r.taskStation[task];
		const e = r.taskEntity[task];
		const wait = t - r.taskQueuedAt[task];
		this.books.taskStarted(station, this.d.kind[e], this.d.state[e], r.taskWork[task]);
		if (wait > 0) {
			const state = this.d.state[e];
			this.books.taskWaited(station, this.d.kind[e], state, wait);
			this.d.stateWait[e * STATE_STRIDE + state] += wait / this.d.branches[e];
		}
		if (r.taskClass[task] === BUILD_CLASS) this.devRun(e, task, t);
		else
			this.clock.schedule(
				t + r.taskWork[task] / r.speed[station],
				(task << EV_BITS) | EV_TASK_DONE
			);
	}

	private work(e: number, i: number, t: number): void {
		if (this.f.meanEffort[i] === 0) {
			// A step of no effort (validation scenarios) passes at once, through nobody's queue.
			this.step(e, this.f.doneEvent[i], t);
			return;
		}
		const station = this.stationFor(e, i);
		const teamStation = this.org.teamStation[this.d.team[e]];
		const asking = this.d.devTask[e] >= 0;
		if (station < 0) {
			// Nobody holds the step; a developer who asked a question stays blocked on it.
			if (asking) this.block(e, teamStation, t);
			this.d.stalled[e] = 1;
			return;
		}
		if (asking && station === teamStation) {
			// The team holds PO work (PM-only): the developer who asked finds the answer.
			const work = this.effort(e, i);
			const speed = this.resources.speed[teamStation];
			this.books.taskOffered(teamStation, this.d.kind[e], this.d.state[e], work, speed);
			this.books.taskStarted(teamStation, this.d.kind[e], this.d.state[e], work);
			this.clock.schedule(t + work / speed, (e << EV_BITS) | EV_SELF_ANSWER);
			return;
		}
		if (asking) this.block(e, teamStation, t);
		this.handoff(e, station);
		this.offer(e, i, station, -1, t);
	}

	private block(e: number, teamStation: number, t: number): void {
		this.resources.block(teamStation, t, true);
		this.d.blocked[e] = 1;
	}

	/**
	 * The roadmap cascade: one task for the PO (or whoever holds PO work) of each affected team,
	 * the originating team and the next ones in team order (the product's neighbouring teams,
	 * whoever their PM is, so that how many teams a PM covers does not change the work). Without a
	 * holder the whole step stalls.
	 */
	private cascade(e: number, i: number, t: number): void {
		const team = this.d.team[e];
		const teams = this.org.teamStation.length;
		const count = Math.min(this.cascadeTeams, teams);
		if (this.f.meanEffort[i] === 0) {
			for (let j = 0; j < count; j++) this.addCascadeItems(e, (team + j) % teams, -1, t);
			this.step(e, this.f.doneEvent[i], t);
			return;
		}
		if (this.org.poStation[team] < 0) {
			// PO work has a holder in every team or in none (the model decides, not the team).
			this.d.stalled[e] = 1;
			return;
		}
		const from = this.d.lastRole[e];
		this.d.pending[e] = count;
		this.d.branches[e] = count;
		for (let j = 0; j < count; j++) {
			const target = (team + j) % teams;
			const station = this.org.poStation[target];
			this.d.lastRole[e] = from;
			this.handoff(e, station);
			this.offer(e, i, station, target, t);
		}
	}

	private develop(e: number, i: number, t: number): void {
		const team = this.d.team[e];
		const station = this.org.teamStation[team];
		this.handoff(e, station);
		const task = this.d.devTask[e];
		if (task >= 0) {
			// Back from a question: the developer held the item and carries on.
			if (this.d.blocked[e] === 1) {
				this.resources.block(station, t, false);
				this.d.blocked[e] = 0;
			}
			this.devRun(e, task, t);
			return;
		}
		this.offer(e, i, station, team, t);
	}

	/** Works on a development task until its next question or its end, whichever comes first. */
	private devRun(e: number, task: number, t: number): void {
		const speed = this.resources.speed[this.resources.taskStation[task]];
		const remaining = this.d.remaining[e];
		const gap =
			this.meanQuestionGap === Infinity ? Infinity : this.d.drawQuestion(e) * this.meanQuestionGap;
		if (gap < remaining) {
			this.d.remaining[e] = remaining - gap;
			this.clock.schedule(t + gap / speed, (e << EV_BITS) | EV_QUESTION);
		} else {
			this.d.remaining[e] = 0;
			this.clock.schedule(t + remaining / speed, (task << EV_BITS) | EV_TASK_DONE);
		}
	}

	private taskDone(task: number, t: number): void {
		const r = this.resources;
		const e = r.taskEntity[task];
		const station = r.taskStation[task];
		const i = this.cell(e);
		const tag = r.taskTag[task];
		r.freeTask(task);
		const kind = this.f.stepKind[i];
		let advance = true;
		if (kind === S_DEV) {
			this.d.devTask[e] = -1;
		} else if (kind === S_FANOUT) {
			this.addCascadeItems(e, tag, station, t);
			if (--this.d.pending[e] > 0) advance = false;
			else this.d.branches[e] = 1;
		}
		// The decision takes its next step while the server is still held, so that a next step
		// for the same person queues by the decision's age and is served before newer decisions.
		if (advance) this.step(e, this.f.doneEvent[i], t);
		const next = r.release(station, t);
		if (next >= 0) this.begin(next, t);
	}

	/** The backlog items roadmap decision `e`'s cascade adds to `team`. */
	private addCascadeItems(e: number, team: number, from: number, t: number): void {
		const origin = this.d.origin[e];
		for (let j = 0; j < this.itemsPerCascade; j++) {
			this.create(BACKLOG, team, -1, from, t, this.arrivals.cascadeItemSeed(origin, team, j));
		}
	}

	private delayDone(e: number, t: number): void {
		this.books.delayEnded(t);
		this.d.stateWait[e * STATE_STRIDE + this.d.state[e]] += t - this.d.entered[e];
		this.step(e, this.f.doneEvent[this.cell(e)], t);
	}

	private sprintBoundary(t: number): void {
		for (let team = 0; team < this.sprintHead.length; team++) {
			let e = this.sprintHead[team];
			this.sprintHead[team] = -1;
			this.sprintTail[team] = -1;
			while (e >= 0) {
				const next = this.d.next[e];
				// Waiting for sprint planning is waiting.
				this.d.stateWait[e * STATE_STRIDE + this.d.state[e]] += t - this.d.entered[e];
				this.step(e, this.f.planned, t);
				e = next;
			}
		}
	}
}
