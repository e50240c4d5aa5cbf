import type { Scenario } from '../scenario/index';
import { HOURS_PER_WEEK, WEEKS_PER_QUARTER } from './org';
import { ORIGIN, exponentialAt, STREAM, derivedSeed, exponentialStream } from './rng';

/**
 * Where new decisions come from: each team's Poisson streams of backlog items and of roadmap
 * decisions (a generator per team and stream, so adding a team leaves the others' decisions
 * alone), and the organisation's pricing triggers. Gaps are in clock hours; each new decision
 * gets the seed of its own generators (rng.ts, ORIGIN).
 */
export class Arrivals {
	/** Rates per clock hour (backlog items and roadmap decisions per team); 0 when none. */
	readonly backlogRate: number;
	readonly roadmapRate: number;
	readonly pricingRate: number;
	private readonly seed: number;
	private readonly itemRng: Int32Array;
	private readonly itemCount: Int32Array;
	private readonly roadmapRng: Int32Array;
	private readonly roadmapCount: Int32Array;
	private readonly pricingGap: () => number;
	private pricingCount = 0;

	constructor(s: Scenario, seed: number) {
		this.seed = seed;
		this.backlogRate = s.itemsPerWeek / HOURS_PER_WEEK;
		this.roadmapRate = s.roadmapPerQuarter / WEEKS_PER_QUARTER / HOURS_PER_WEEK;
		this.pricingRate = s.pricingPerQuarter / WEEKS_PER_QUARTER / HOURS_PER_WEEK;
		const perTeam = (origin: number) =>
			Int32Array.from({ length: s.teams }, (_, team) => derivedSeed(seed, origin, team, 0));
		this.itemRng = perTeam(ORIGIN.teamArrivals);
		this.itemCount = new Int32Array(s.teams);
		this.roadmapRng = perTeam(ORIGIN.teamRoadmaps);
		this.roadmapCount = new Int32Array(s.teams);
		this.pricingGap = exponentialStream(seed, STREAM.pricingArrivals, this.pricingRate);
	}

	/** Hours until team `team`'s next new item. */
	nextItemGap(team: number): number {
		return exponentialAt(this.itemRng, team) / this.backlogRate;
	}

	/** The seed of team `team`'s next new item (the n-th its stream brings). */
	nextItemSeed(team: number): number {
		return derivedSeed(this.seed, ORIGIN.backlogItem, team, this.itemCount[team]++);
	}

	/** Hours until team `team` raises its next roadmap decision. */
	nextRoadmapGap(team: number): number {
		return exponentialAt(this.roadmapRng, team) / this.roadmapRate;
	}

	/** The seed of team `team`'s next roadmap decision. */
	nextRoadmapSeed(team: number): number {
		return derivedSeed(this.seed, ORIGIN.roadmap, team, this.roadmapCount[team]++);
	}

	nextPricingGap(): number {
		return this.pricingGap();
	}

	nextPricingSeed(): number {
		return derivedSeed(this.seed, ORIGIN.pricing, this.pricingCount++, 0);
	}

	/** The seed of item `item` that the roadmap decision seeded `decision` adds to `team`. */
	cascadeItemSeed(decision: number, team: number, item: number): number {
		return derivedSeed(decision, ORIGIN.cascadeItem, team, item);
	}
}
