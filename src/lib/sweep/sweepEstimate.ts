import type { Scenario } from '../scenario/index';
import { workEstimate, type WorkEstimate } from '../sim/workEstimate';
import { PointScenarios, pointCount } from './sweepPoints';
import type { Vary } from './varySpec';

/**
 * Points whose work is estimated one by one; a larger sweep is estimated from this many points
 * spread evenly over it (each point's estimate solves the scenario's demand, about a millisecond
 * for a large organisation, so 10,000 of them would delay the question by seconds).
 */
const ESTIMATED_POINTS = 256;

/**
 * The work of a whole sweep: every point's runs, as the page and the CLI estimate one scenario
 * (`workEstimate`), so a sweep above HEAVY_WORK_EVENTS asks first like any heavy link.
 * `indexes` limits it to the points one shard runs; `points` keeps the point scenarios it made.
 */
export function sweepWorkEstimate(
	scenario: Scenario,
	vary: readonly Vary[],
	runs: number,
	indexes?: readonly number[],
	points: PointScenarios = new PointScenarios(scenario, vary, runs)
): WorkEstimate {
	const all = indexes ?? Array.from({ length: pointCount(vary) }, (_, i) => i);
	if (all.length === 0) return { eventsPerRun: 0, events: 0, runs: 0 };
	const stride = Math.max(1, all.length / ESTIMATED_POINTS);
	let sampled = 0;
	let eventsPerRun = 0;
	for (let k = 0; k < all.length; k += stride) {
		eventsPerRun += workEstimate(points.of(all[Math.floor(k)]), 1).eventsPerRun;
		sampled++;
	}
	const perPoint = eventsPerRun / sampled;
	const n = Math.max(1, runs);
	return {
		eventsPerRun: Math.round(perPoint),
		events: Math.round(perPoint * all.length * n),
		runs: all.length * n
	};
}
