import type { DecisionPool } from './decisionPool';
import { growFloat64 } from './decisionPool';
import { HOURS_PER_WEEK } from './org';
import type { Resources } from './resources';
import {
	newKindTotals,
	type KindTotals,
	type StakeholderTotals,
	type StationStepTotals,
	type StationTotals
} from './runTotals';

/**
 * The books of one run: every count, sum and time integral the results are made of, kept apart
 * from the flow logic that moves decisions (engine.ts). Times in clock hours, work in effort
 * hours. Per-state cells are indexed kind × stride + state, as in the engine.
 */
export class RunLedger {
	readonly kinds: KindTotals[];
	readonly offered: Float64Array;
	readonly waitCaused: Float64Array;
	readonly steps: StationStepTotals;
	/** Key (from × roles + to) × kinds + kind → count. */
	readonly handoffs = new Map<number, number>();
	private readonly stride: number;
	private readonly kindCount: number;
	private readonly weeks: number;
	private readonly roleCount: number;
	private readonly wip: Float64Array;
	private readonly wipLast: Float64Array;
	private readonly busyByWeek: Float64Array;
	private readonly queueByWeek: Float64Array;
	private readonly prevBusy: Float64Array;
	private readonly prevQueue: Float64Array;
	private readonly stakeholderByWeek: Float64Array;
	private inDelay = 0;
	private delayLast = 0;
	private delayArea = 0;
	private prevDelayArea = 0;
	private stakeholderWait = 0;

	constructor(stations: number, roleCount: number, kinds: number, stride: number, weeks: number) {
		this.stride = stride;
		this.kindCount = kinds;
		this.weeks = weeks;
		this.roleCount = roleCount;
		this.kinds = Array.from({ length: kinds }, () => newKindTotals(stride, weeks));
		this.wip = new Float64Array(kinds);
		this.wipLast = new Float64Array(kinds);
		this.offered = new Float64Array(stations);
		this.waitCaused = new Float64Array(stations);
		const cells = stations * kinds * stride;
		this.steps = {
			tasks: new Float64Array(cells),
			wait: new Float64Array(cells),
			work: new Float64Array(cells),
			served: new Float64Array(cells)
		};
		this.busyByWeek = new Float64Array(stations * weeks);
		this.queueByWeek = new Float64Array(stations * weeks);
		this.prevBusy = new Float64Array(stations);
		this.prevQueue = new Float64Array(stations);
		this.stakeholderByWeek = new Float64Array(weeks);
	}

	/** Age at the horizon of a decision created at `t`. */
	private horizonAge(t: number): number {
		return this.weeks * HOURS_PER_WEEK - t;
	}

	private weekOf(t: number): number {
		const w = Math.floor(t / HOURS_PER_WEEK);
		return w < this.weeks ? w : this.weeks - 1;
	}

	private wipArea(kind: number, t: number): void {
		this.kinds[kind].wipArea += this.wip[kind] * (t - this.wipLast[kind]);
		this.wipLast[kind] = t;
	}

	created(kind: number, t: number): void {
		const totals = this.kinds[kind];
		totals.created++;
		totals.createdByWeek[this.weekOf(t)]++;
		this.wipArea(kind, t);
		this.wip[kind]++;
	}

	/**
	 * A decision of `kind` created at `t` while the pool was full: open from now on, waiting in
	 * its `initial` state, never simulated.
	 */
	notSimulated(kind: number, initial: number, t: number): void {
		this.created(kind, t);
		const totals = this.kinds[kind];
		if (totals.notSimulated++ === 0) totals.notSimulatedFirst = t;
		totals.notSimulatedByWeek[this.weekOf(t)]++;
		totals.openByState[initial]++;
		const age = this.horizonAge(t);
		if (age > totals.openOldestByState[initial]) totals.openOldestByState[initial] = age;
	}

	/** Decision `e` finished at `t`: its lead time and where its time went. */
	completed(pool: DecisionPool, e: number, t: number): void {
		const kind = pool.kind[e];
		const totals = this.kinds[kind];
		if (totals.completed === totals.leadTimes.length) {
			totals.leadTimes = growFloat64(totals.leadTimes, totals.leadTimes.length * 2);
		}
		const lead = t - pool.created[e];
		totals.leadTimes[totals.completed++] = lead;
		totals.leadTimeSum += lead;
		totals.completedByWeek[this.weekOf(t)]++;
		const base = e * this.stride;
		for (let s = 0; s < this.stride; s++) {
			totals.stateTime[s] += pool.stateTime[base + s];
			totals.stateWait[s] += pool.stateWait[base + s];
		}
		this.wipArea(kind, t);
		this.wip[kind]--;
	}

	/** A task of `state` of a decision of `kind`, offered to `station` with `work` hours. */
	taskOffered(station: number, kind: number, state: number, work: number, speed: number): void {
		this.offered[station] += work;
		const totals = this.kinds[kind];
		totals.stepTasks[state]++;
		totals.stepService[state] += speed > 0 ? work / speed : 0;
		const cell = (station * this.kindCount + kind) * this.stride + state;
		this.steps.tasks[cell]++;
		this.steps.work[cell] += work;
	}

	/** A task queued `wait` hours at `station` (counted when it starts, or at the horizon). */
	taskWaited(station: number, kind: number, state: number, wait: number): void {
		this.waitCaused[station] += wait;
		this.kinds[kind].stepWait[state] += wait;
		this.steps.wait[(station * this.kindCount + kind) * this.stride + state] += wait;
	}

	/**
	 * A task of `work` hours got a server at `station`: the effort it will be given. At the
	 * horizon, the part still to do of a task in hand is taken off again (a negative `work`).
	 */
	taskStarted(station: number, kind: number, state: number, work: number): void {
		this.steps.served[(station * this.kindCount + kind) * this.stride + state] += work;
	}

	handoff(from: number, to: number, kind: number): void {
		const key = (from * this.roleCount + to) * this.kindCount + kind;
		this.handoffs.set(key, (this.handoffs.get(key) ?? 0) + 1);
	}

	/** A stakeholder response of `delay` hours starts at `t` (waiting counted up to `horizon`). */
	delayStarted(t: number, delay: number, horizon: number): void {
		this.delayChange(t, 1);
		this.stakeholderWait += Math.min(delay, horizon - t);
	}

	delayEnded(t: number): void {
		this.delayChange(t, -1);
	}

	private delayChange(t: number, delta: number): void {
		this.delayArea += this.inDelay * (t - this.delayLast);
		this.delayLast = t;
		this.inDelay += delta;
	}

	/** The week ending at `t`: busy and queue integrals per station, stakeholder waits. */
	closeWeek(r: Resources, t: number): void {
		const w = Math.round(t / HOURS_PER_WEEK) - 1;
		if (w < 0 || w >= this.weeks) return;
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

	/**
	 * Closes the books at the horizon `t`: waits of tasks still queued, decisions still open
	 * (their ages are the censored lead times), and the integrals up to `t`.
	 */
	close(
		r: Resources,
		pool: DecisionPool,
		t: number
	): { stations: StationTotals; stakeholders: StakeholderTotals } {
		for (let st = 0; st < r.stations; st++) {
			r.touch(st, t);
			r.forEachQueued(st, (task) => {
				const e = r.taskEntity[task];
				this.taskWaited(st, pool.kind[e], pool.state[e], t - r.taskQueuedAt[task]);
			});
		}
		this.delayChange(t, 0);
		for (let k = 0; k < this.kindCount; k++) this.wipArea(k, t);
		// Simulated decisions only: those never simulated keep their ages by week (admission.ts).
		const open = this.kinds.map((k) => new Float64Array(k.created - k.completed - k.notSimulated));
		const filled = new Int32Array(this.kindCount);
		for (let e = 0; e < pool.used; e++) {
			if (pool.alive[e] !== 1) continue;
			const kind = pool.kind[e];
			const state = pool.state[e];
			const totals = this.kinds[kind];
			totals.openByState[state]++;
			if (pool.stalled[e] === 1) totals.stalledByState[state]++;
			const age = t - pool.created[e];
			open[kind][filled[kind]++] = age;
			if (age > totals.openOldestByState[state]) totals.openOldestByState[state] = age;
		}
		this.kinds.forEach((k, kind) => {
			k.openAges = open[kind];
			k.leadTimes = k.leadTimes.slice(0, k.completed);
		});
		return {
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
			}
		};
	}
}
