import { describe, expect, it } from 'vitest';
import { parseScenarioParams } from '../scenario/index';
import { HEAVY_WORK_EVENTS, workEstimate } from '../sim/workEstimate';
import { sweepWorkEstimate } from './sweepEstimate';
import { pointScenario, pointValues, shardIndexes } from './sweepPoints';
import { parseVaries } from './varySpec';

const scenario = parseScenarioParams(new URLSearchParams('v=2&preset=scale-up')).scenario;

/** Every point's runs, estimated one by one. */
function exact(vary: ReturnType<typeof parseVaries>, runs: number, indexes: number[]): number {
	return indexes.reduce(
		(sum, i) => sum + workEstimate(pointScenario(scenario, pointValues(vary, i), runs)).events,
		0
	);
}

describe('sweepWorkEstimate: the work of every point of a sweep', () => {
	it('is the sum of its points’ estimates for a line sweep', () => {
		const vary = parseVaries(['teams=2..20']);
		const all = Array.from({ length: 19 }, (_, i) => i);
		const estimate = sweepWorkEstimate(scenario, vary, 20, all);
		expect(estimate.runs).toBe(19 * 20);
		// Rounded per point, so within one event a run of the exact sum.
		expect(Math.abs(estimate.events - exact(vary, 20, all))).toBeLessThanOrEqual(19 * 20);
		// Twenty teams are ten times the work of two.
		const small = workEstimate(pointScenario(scenario, { teams: 2 }, 1)).events;
		const large = workEstimate(pointScenario(scenario, { teams: 20 }, 1)).events;
		expect(large / small).toBeGreaterThan(8);
	});

	it('estimates a large grid from a sample within 5% of the sum of every point', () => {
		const vary = parseVaries(['teams=2..200:2', 'teamSize=3..12']);
		const all = Array.from({ length: 100 * 10 }, (_, i) => i);
		const estimate = sweepWorkEstimate(scenario, vary, 10, all);
		const truth = exact(vary, 10, all);
		expect(Math.abs(estimate.events - truth) / truth).toBeLessThan(0.05);
		expect(estimate.events).toBeGreaterThan(HEAVY_WORK_EVENTS);
		// The truth solves the demand of all 1,000 points: about 2 s alone, more on a busy machine.
	}, 20_000);

	it('counts only the points a shard runs', () => {
		const vary = parseVaries(['teamsPerPm=1..10']);
		const all = Array.from({ length: 10 }, (_, i) => i);
		const shard = [...shardIndexes(10, 2, 5)];
		expect(shard).toEqual([1, 6]);
		const one = sweepWorkEstimate(scenario, vary, 20, shard);
		expect(one.runs).toBe(40);
		expect(Math.abs(one.events - exact(vary, 20, shard))).toBeLessThanOrEqual(40);
		expect(one.events).toBeLessThan(sweepWorkEstimate(scenario, vary, 20, all).events / 3);
	});
});
