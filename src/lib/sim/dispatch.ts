import type { Scenario } from '../scenario/index';
import { Clock } from './clock';
import { DecisionPool } from './decisionPool';
import {
	BACKLOG,
	BUILD_CLASS,
	H_DELIVERY,
	H_STRATEGY,
	H_TEAM,
	S_DELAY,
	S_DEV,
	S_FANOUT,
	S_FINAL,
	S_INSTANT,
	S_SPRINT,
	S_WORK,
	STATE_STRIDE,
	type FlowTables
} from './flowTables';
import { newHiddenTotals, type HiddenTotals } from './hiddenLedger';
import { HOURS_PER_WEEK, type Organisation } from './org';
import { lognormalSigma } from './rng';
import type { Resources } from './resources';
import type { RunLedger } from './runLedger';

// Event codes: id << 4 | type.
export const EV_BACKLOG_ARRIVAL = 0;
export const EV_ROADMAP_ARRIVAL = 1;
export const EV_PRICING_ARRIVAL = 2;
export const EV_TASK_DONE = 3;
export const EV_DELAY_DONE = 4;
export const EV_QUESTION = 5;
export const EV_SELF_ANSWER = 6;
export const EV_SPRINT = 7;
export const EV_WEEK = 8;
/** A blocked developer's patience runs out (hidden work). */
export const EV_PATIENCE = 9;
export const EV_BITS = 4;
export const EV_MASK = (1 << EV_BITS) - 1;

/**
 * How decisions move: each decision is a row of the decision pool, its flow is stepped in its
 * machine's compiled table (flowTables.ts), and its people serve it from priority queues
 * (resources.ts). What hidden work adds to the flow (exceptions, decisions by default, rework,
 * leaders' time) is in hiddenWorkFlow.ts; arrivals and the event loop in engine.ts.
 */
export abstract class Dispatch {
	readonly org: Organisation;
	readonly clock = new Clock(256);
	readonly resources: Resources;
	protected readonly s: Scenario;
	protected readonly horizon: number;
	protected readonly f: FlowTables;
	protected readonly d: DecisionPool;
	protected readonly books: RunLedger;
	protected readonly hidden: HiddenTotals;
	/** Effort multiplier of absorbed strategy and delivery work (penalties). */
	protected readonly strategyMultiplier: number;
	protected readonly deliveryMultiplier: number;
	/** Per team: the items waiting for the next sprint, linked through the pool's `next`. */
	private readonly sprintHead: Int32Array;
	private readonly sprintTail: Int32Array;

	// Scenario constants in clock units.
	protected readonly meanQuestionGap: number;
	private readonly meanDelay: number;
	private readonly cascadeTeams: number;
	protected readonly sprintHours: number;
	private readonly continuousFlow: boolean;
	/** Hidden work (issue 9): exceptions, defaults and rework on; lognormal σ (0: exponential). */
	protected readonly hiddenOn: boolean;
	private readonly effortSigma: number;

	constructor(
		s: Scenario,
		org: Organisation,
		resources: Resources,
		books: RunLedger,
		f: FlowTables,
		d: DecisionPool
	) {
		this.s = s;
		this.org = org;
		this.resources = resources;
		this.books = books;
		this.f = f;
		this.d = d;
		this.hidden = newHiddenTotals(org.stations.length);
		this.horizon = s.weeks * HOURS_PER_WEEK;
		this.strategyMultiplier = s.model === 'po-only' ? s.leaderPenalty : 1;
		this.deliveryMultiplier = s.model === 'pm-only' ? s.teamPenalty : 1;
		this.sprintHead = new Int32Array(s.teams).fill(-1);
		this.sprintTail = new Int32Array(s.teams).fill(-1);
		// Questions arrive per 40 hours of development work (questionsPerDevWeek).
		this.meanQuestionGap =
			s.questionsPerDevWeek > 0 ? HOURS_PER_WEEK / s.questionsPerDevWeek : Infinity;
		this.meanDelay = s.stakeholderDays * 8;
		this.cascadeTeams = s.cascadeTeams;
		this.sprintHours = s.sprintWeeks * HOURS_PER_WEEK;
		this.continuousFlow = s.planning === 'flow';
		this.hiddenOn = s.exceptions === 'vdt';
		this.effortSigma = s.effortShape === 'lognormal' ? lognormalSigma(s.effortCv) : 0;
	}

	/** A new decision: the engine creates it (or only counts it, admission.ts). */
	protected abstract create(
		kind: number,
		team: number,
		owner: number,
		lastRole: number,
		t: number,
		seed: number
	): void;
	/** The backlog items roadmap decision `e`'s cascade adds to `team`. */
	protected abstract addCascadeItems(e: number, team: number, from: number, t: number): void;
	/** A developer asks a question and hidden work is on: route it (hiddenWorkFlow.ts). */
	protected abstract askOwner(e: number, i: number, t: number): void;
	/** A leaders' step (alignment, approval) with leadership capacity modelled. */
	protected abstract meetLeaders(e: number, t: number): void;
	/** A task ended that hidden work handles; true when it stepped the decision itself. */
	protected abstract hiddenTaskDone(e: number, i: number, station: number, t: number): boolean;
	/** A task got a server: hidden work's books (coordination, rework, hurried refinement). */
	protected abstract hiddenTaskBegun(task: number, e: number, wait: number): void;
	/** The developer holding `e` resumes after waiting for an answer since `d.blockedAt`. */
	protected abstract unblocked(e: number, station: number, t: number): void;

	/** Index of decision `e`'s current state in the flow tables. */
	protected cell(e: number): number {
		return this.d.kind[e] * STATE_STRIDE + this.d.state[e];
	}

	/** Sends `event` to decision `e`'s machine and runs the state it lands in. */
	protected step(e: number, event: number, t: number): void {
		const d = this.d;
		const kind = d.kind[e];
		const state = d.state[e];
		d.stateTime[e * STATE_STRIDE + state] += t - d.entered[e];
		d.state[e] = this.f.transitions[kind][state * this.f.eventCounts[kind] + event];
		d.entered[e] = t;
		this.enter(e, t);
	}

	protected enter(e: number, t: number): void {
		const i = this.cell(e);
		switch (this.f.stepKind[i]) {
			case S_INSTANT:
				this.step(e, this.f.doneEvent[i], t);
				return;
			case S_WORK:
				this.work(e, i, t);
				return;
			case S_DELAY: {
				if (this.f.leaders[i] === 1 && this.org.leaders >= 0 && this.d.leadersMet[e] === 0) {
					this.meetLeaders(e, t);
					return;
				}
				if (this.meanDelay === 0) {
					this.leaveDelay(e, t);
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

	protected handoff(e: number, role: number): void {
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

	/** A draw of unit mean: exponential, or lognormal of the scenario's spread. */
	protected unitEffort(e: number): number {
		return this.effortSigma > 0 ? this.d.drawLognormal(e, this.effortSigma) : this.d.draw(e);
	}

	/** A draw of step `i`'s effort for decision `e`, with the absorbing role's penalty. */
	protected effort(e: number, i: number): number {
		const h = this.f.holder[i];
		const multiplier =
			h === H_STRATEGY ? this.strategyMultiplier : h === H_DELIVERY ? this.deliveryMultiplier : 1;
		return this.unitEffort(e) * this.f.meanEffort[i] * multiplier;
	}

	/** Creates a task of `work` hours of state `i` for decision `e` at `station` and offers it. */
	protected offer(e: number, i: number, station: number, tag: number, t: number, work: number) {
		const r = this.resources;
		const task = r.allocTask(station, this.f.priority[i], e, work, t, this.d.serial[e]);
		r.taskTag[task] = tag;
		this.books.taskOffered(station, this.d.kind[e], this.d.state[e], work, r.speed[station]);
		if (this.f.stepKind[i] === S_DEV) {
			this.d.devTask[e] = task;
			this.d.remaining[e] = work;
		} else if (i === this.f.answering) {
			this.d.answerTask[e] = task;
		}
		if (r.arrive(task, t)) this.begin(task, t);
	}

	/** A task has a server from `t`: record its wait, schedule its end. */
	protected begin(task: number, t: number): void {
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
		this.hiddenTaskBegun(task, e, wait);
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
		const asking = this.d.devTask[e] >= 0;
		if (asking && this.hiddenOn) {
			this.askOwner(e, i, t);
			return;
		}
		const station = this.stationFor(e, i);
		const teamStation = this.org.teamStation[this.d.team[e]];
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
		this.offer(e, i, station, -1, t, this.effort(e, i));
	}

	protected block(e: number, teamStation: number, t: number): void {
		this.resources.block(teamStation, t, true);
		this.d.blocked[e] = 1;
		this.d.blockedAt[e] = t;
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
			this.offer(e, i, station, target, t, this.effort(e, i));
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
				this.unblocked(e, station, t);
			}
			this.devRun(e, task, t);
			return;
		}
		// A rework pass (after a failed acceptance) redoes a share of the item.
		const share = this.d.reworks[e] > 0 ? this.s.reworkShare : 1;
		this.offer(e, i, station, team, t, this.effort(e, i) * share);
	}

	/** Works on a development task until its next question or its end, whichever comes first. */
	private devRun(e: number, task: number, t: number): void {
		const speed = this.resources.speed[this.resources.taskStation[task]];
		const remaining = this.d.remaining[e];
		let gap =
			this.meanQuestionGap === Infinity ? Infinity : this.d.drawQuestion(e) * this.meanQuestionGap;
		// A story refined in a hurry raises more questions (hidden work).
		if (this.d.hurried[e] === 1) gap /= this.s.hurriedExceptionFactor;
		if (gap < remaining) {
			this.d.remaining[e] = remaining - gap;
			this.clock.schedule(t + gap / speed, (e << EV_BITS) | EV_QUESTION);
		} else {
			this.d.remaining[e] = 0;
			this.clock.schedule(t + remaining / speed, (task << EV_BITS) | EV_TASK_DONE);
		}
	}

	protected taskDone(task: number, t: number): void {
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
		} else if (this.hiddenOn || kind === S_DELAY) {
			if (this.hiddenTaskDone(e, i, station, t)) advance = false;
		}
		// The decision takes its next step while the server is still held, so that a next step
		// for the same person queues by the decision's age and is served before newer decisions.
		if (advance) this.step(e, this.f.doneEvent[i], t);
		const next = r.release(station, t);
		if (next >= 0) this.begin(next, t);
	}

	protected delayDone(e: number, t: number): void {
		this.books.delayEnded(t);
		this.d.stateWait[e * STATE_STRIDE + this.d.state[e]] += t - this.d.entered[e];
		this.leaveDelay(e, t);
	}

	private leaveDelay(e: number, t: number): void {
		this.d.leadersMet[e] = 0;
		this.step(e, this.f.doneEvent[this.cell(e)], t);
	}

	protected sprintBoundary(t: number): void {
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

export { BACKLOG };
