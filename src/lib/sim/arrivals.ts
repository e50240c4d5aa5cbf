import type { Scenario } from '../scenario/index';
import { HOURS_PER_WEEK, WEEKS_PER_QUARTER } from './org';
import { log1p } from './portableMath';
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

// Module-level copies: reads of imported bindings can cost a getter call in some bundles.
const MUL = LCG_MUL;
const INC = LCG_INC;
const EPS = LCG_EPS;

/**
 * Where new decisions come from: each team's Poisson stream of backlog items (a generator per
 * team, so adding a team leaves the others' items alone), the organisation's roadmap decisions
 * (raised for a random team) and pricing triggers. Gaps are in clock hours; each new decision
 * gets the seed of its own generators (rng.ts, ORIGIN).
 */
export class Arrivals {
	/** Rates per clock hour; 0 when the scenario has none. */
	readonly backlogRate: number;
	readonly roadmapRate: number;
	readonly pricingRate: number;
	private readonly seed: number;
	private readonly teams: number;
	private readonly teamRng: Int32Array;
	private readonly teamCount: Int32Array;
	private readonly roadmapGap: () => number;
	private readonly pricingGap: () => number;
	private readonly routing: () => number;

	constructor(s: Scenario, seed: number) {
		this.seed = seed;
		this.teams = s.teams;
		this.backlogRate = s.itemsPerSprint / s.sprintWeeks / HOURS_PER_WEEK;
		this.roadmapRate = (s.teams * s.roadmapPerQuarter) / WEEKS_PER_QUARTER / HOURS_PER_WEEK;
		this.pricingRate = s.pricingPerQuarter / WEEKS_PER_QUARTER / HOURS_PER_WEEK;
		this.teamRng = Int32Array.from({ length: s.teams }, (_, team) =>
			derivedSeed(seed, ORIGIN.teamArrivals, team, 0)
		);
		this.teamCount = new Int32Array(s.teams);
		this.roadmapGap = exponentialStream(seed, STREAM.roadmapArrivals, this.roadmapRate);
		this.pricingGap = exponentialStream(seed, STREAM.pricingArrivals, this.pricingRate);
		this.routing = uniformStream(seed, STREAM.routing);
	}

	/** Hours until team `team`'s next new item. */
	nextItemGap(team: number): number {
		const state = (Math.imul(MUL, this.teamRng[team]) + INC) | 0;
		this.teamRng[team] = state;
		return -log1p(-(state >>> 0) * EPS) / this.backlogRate;
	}

	/** The seed of team `team`'s next new item (the n-th its stream brings). */
	nextItemSeed(team: number): number {
		return derivedSeed(this.seed, ORIGIN.backlogItem, team, this.teamCount[team]++);
	}

	nextRoadmapGap(): number {
		return this.roadmapGap();
	}

	nextPricingGap(): number {
		return this.pricingGap();
	}

	/** The team a new roadmap decision is raised for, uniformly. */
	roadmapTeam(): number {
		return Math.floor(this.routing() * this.teams);
	}

	roadmapSeed(index: number): number {
		return derivedSeed(this.seed, ORIGIN.roadmap, index, 0);
	}

	pricingSeed(index: number): number {
		return derivedSeed(this.seed, ORIGIN.pricing, index, 0);
	}

	/** The seed of item `item` that roadmap decision `decision`'s cascade adds to `team`. */
	cascadeItemSeed(decision: number, team: number, item: number): number {
		return derivedSeed(this.seed, ORIGIN.cascadeItem, decision, (team << 6) | item);
	}
}
