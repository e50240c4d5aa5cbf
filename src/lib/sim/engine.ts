import type { Scenario } from '../scenario/index';
import { MAX_DECISIONS_IN_FLIGHT, type EngineOptions } from './admission';
import { Arrivals } from './arrivals';
import { DecisionPool } from './decisionPool';
import {
	EV_BACKLOG_ARRIVAL,
	EV_BITS,
	EV_DELAY_DONE,
	EV_MASK,
	EV_PATIENCE,
	EV_PRICING_ARRIVAL,
	EV_QUESTION,
	EV_ROADMAP_ARRIVAL,
	EV_SELF_ANSWER,
	EV_SPRINT,
	EV_TASK_DONE,
	EV_WEEK
} from './dispatch';
import { BACKLOG, KINDS, MACHINES, PRICING, ROADMAP, STATE_STRIDE, flowTables } from './flowTables';
import { HiddenWorkFlow } from './hiddenWorkFlow';
import { PRIORITIES } from './machines/index';
import { HOURS_PER_WEEK, buildOrganisation } from './org';
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

/**
 * One run of the organisation model: a fold over timed events that returns plain totals. New
 * decisions come from the arrival streams (arrivals.ts); how they move is dispatch.ts, what
 * hidden work adds is hiddenWorkFlow.ts; every count goes into the run's ledger (runLedger.ts).
 */
export class Engine extends HiddenWorkFlow {
	private readonly seed: number;
	/** Decisions simulated at once at most (admission.ts). */
	private readonly maxInFlight: number;
	private readonly arrivals: Arrivals;
	private readonly itemsPerCascade: number;
	private pricingCount = 0;
	private events = 0;

	constructor(scenario: Scenario, seed: number = scenario.seed, options: EngineOptions = {}) {
		const s = scenario;
		const org = buildOrganisation(s);
		// Room for the decisions and tasks a team usually has open, so the pools rarely grow.
		const room = Math.max(256, 16 * s.teams);
		super(
			s,
			org,
			new Resources(org.stations, PRIORITIES.length, room),
			new RunLedger(org.stations.length, org.roles.length, KINDS, STATE_STRIDE, s.weeks),
			flowTables(s),
			new DecisionPool(STATE_STRIDE, room)
		);
		this.maxInFlight = options.maxDecisionsInFlight ?? MAX_DECISIONS_IN_FLIGHT;
		this.seed = seed;
		this.arrivals = new Arrivals(s, seed);
		this.itemsPerCascade = s.itemsPerCascade;
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
		if (s.planning !== 'flow') clock.schedule(this.sprintHours, EV_SPRINT);
		clock.schedule(HOURS_PER_WEEK, EV_WEEK);
		this.runEvents();
		this.unfinishedWork(horizon);
		return this.totals();
	}

	/**
	 * The event loop, to the horizon. Kept apart from what comes after it: the loop is what the
	 * JIT compiles hot, and the totals' object (whose seed and scenario differ in kind from run to
	 * run) would otherwise throw that compiled code away at the end of every run.
	 */
	private runEvents(): void {
		const clock = this.clock;
		const horizon = this.horizon;
		const arrivals = this.arrivals;
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
				case EV_PATIENCE:
					this.patienceOver(id, t);
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
	}

	private totals(): RunTotals {
		const s = this.s;
		const horizon = this.horizon;
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
			handoffs: this.books.handoffs,
			hidden: this.hidden
		};
	}

	/**
	 * Work in hand at the horizon was counted as given when it started; take off what is still to
	 * do, so the hours a role gave are the hours it worked. (Development interrupted by a question
	 * keeps its remaining effort counted: no responsibility's hours include development.) A
	 * developer still blocked at the horizon has waited for a decision until then.
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
		for (let e = 0; e < this.d.used; e++) {
			if (this.d.alive[e] === 1 && this.d.blocked[e] === 1) {
				this.unblocked(e, this.org.teamStation[this.d.team[e]], horizon);
			}
		}
	}

	/**
	 * A new decision of `kind`, drawing its randomness from the generator seeded `seed`; only
	 * counted, not simulated, while the pool holds its maximum (admission.ts).
	 */
	protected create(
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

	/** The backlog items roadmap decision `e`'s cascade adds to `team`. */
	protected addCascadeItems(e: number, team: number, from: number, t: number): void {
		const origin = this.d.origin[e];
		for (let j = 0; j < this.itemsPerCascade; j++) {
			this.create(BACKLOG, team, -1, from, t, this.arrivals.cascadeItemSeed(origin, team, j));
		}
	}
}
