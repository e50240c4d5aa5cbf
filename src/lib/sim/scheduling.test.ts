import { describe, expect, it } from 'vitest';
import { presetScenario, type Scenario } from '../scenario/index';
import { Resources } from './resources';
import { runSimulation } from './runSimulation';

describe('Resources: within a class, the smallest key first', () => {
	it('serves the oldest decision first, first come first served among equal keys', () => {
		const r = new Resources([{ servers: 1, speed: 1 }], 2, 8);
		const busy = r.allocTask(0, 1, 0, 1, 0, 0);
		expect(r.arrive(busy, 0)).toBe(true);
		// Queued in this order: decision 7, decision 3 (older, back from a stakeholder), 9, 3 again.
		const order = [7, 3, 9, 3].map((key, i) => {
			const task = r.allocTask(0, 1, 100 + i, 1, 1 + i, key);
			expect(r.arrive(task, 1 + i)).toBe(false);
			return task;
		});
		const urgent = r.allocTask(0, 0, 200, 1, 9, 50);
		r.arrive(urgent, 9);
		const served: number[] = [];
		for (let t = 10, next = r.release(0, t); next >= 0; next = r.release(0, ++t)) served.push(next);
		expect(served).toEqual([urgent, order[1], order[3], order[0], order[2]]);
	});

	it('with the default key (arrival time) a class is plain FIFO', () => {
		const r = new Resources([{ servers: 1, speed: 1 }], 1, 4);
		r.arrive(r.allocTask(0, 0, 0, 1, 0), 0);
		const queued = [1, 2, 3].map((t) => {
			const task = r.allocTask(0, 0, t, 1, t);
			r.arrive(task, t);
			return task;
		});
		expect([r.release(0, 4), r.release(0, 5), r.release(0, 6)]).toEqual(queued);
	});
});

/**
 * One PM who serves a two-step flow (discovery, then a short decision) with nothing between the
 * steps: if the PM finishes what they started, they are an M/G/1 queue for the total work
 * S = X1 + X2, and Pollaczek–Khinchine gives the mean time in system.
 */
function onePmFlow(load: number, discovery: number, decide: number, weeks: number, seed: number) {
	const perHour = load / (discovery + decide);
	const scenario: Scenario = {
		...presetScenario('pm-only'),
		teams: 1,
		teamsPerPm: 1,
		pmHours: 40,
		pmMeetings: 0,
		switchCost: 0,
		discoveryHours: discovery,
		decideHours: decide,
		stakeholderDays: 0,
		cascadeHours: 0,
		itemsPerCascade: 0,
		itemsPerWeek: 0,
		pricingPerQuarter: 0,
		roadmapPerQuarter: perHour * 40 * 13,
		// Pollaczek–Khinchine below takes exponential effort (E[S²] = 2 mean²), no leaders' queue.
		effortShape: 'exponential',
		leaders: 0,
		weeks,
		seed
	};
	return runSimulation(scenario).decisions.roadmap;
}

function pollaczekKhinchineDays(load: number, a: number, b: number): number {
	const mean = a + b;
	const second = 2 * a * a + 2 * b * b + 2 * a * b;
	const perHour = load / mean;
	return (mean + (perHour * second) / (2 * (1 - load))) / 8;
}

describe('people finish what they started', () => {
	it('a one-PM flow at 70% load with a 15-minute decide step matches M/G/1 for its total work', () => {
		// Before the fix the decision joined the back of the PM's queue behind newer discoveries
		// and the mean lead time came out about 65% above this figure.
		const runs = [1, 2].map((seed) => onePmFlow(0.7, 1, 0.25, 2500, seed));
		const measured = runs.reduce((s, d) => s + d.leadTimeDays.mean!, 0) / runs.length;
		const theory = pollaczekKhinchineDays(0.7, 1, 0.25);
		expect(runs.every((d) => d.completed > 50_000)).toBe(true);
		expect(Math.abs(measured - theory) / theory).toBeLessThan(0.04);
		// The decision step waits only for the task in hand, never for the queue.
		const deciding = runs[0].steps.find((s) => s.state === 'deciding')!;
		const discovery = runs[0].steps.find((s) => s.state === 'discovery')!;
		expect(deciding.meanWaitDays).toBeLessThan(discovery.meanWaitDays / 3);
	});

	it('the default PM decides within about the length of the task in hand, not after the queue', () => {
		const r = runSimulation({ ...presetScenario('enterprise'), weeks: 104 });
		const steps = r.decisions.roadmap.steps;
		const deciding = steps.find((s) => s.state === 'deciding')!;
		const discovery = steps.find((s) => s.state === 'discovery')!;
		// A discovery takes 24 h of a 30-hour week: about 4 working days in the PM's hands.
		expect(deciding.meanWaitDays).toBeLessThan(4);
		expect(deciding.meanWaitDays).toBeLessThan(discovery.meanWaitDays);
	});
});
