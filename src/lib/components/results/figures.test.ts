import { describe, expect, it } from 'vitest';
import { fixtureResult } from '$lib/charts/testing/fixture';
import type { SimulationSummary } from '$lib/sim/types';
import { figuresOf } from './figures';

const result = fixtureResult();
const band = { p5: 1, p50: 2, p95: 3 };
const summary = {
	runs: 20,
	decisions: {
		backlog: {
			...result.decisions.backlog,
			leadTimeDays: { mean: 5.5, p50: 5, p85: 8, p95: 9 },
			bands: {
				created: band,
				completed: band,
				throughputPerWeek: band,
				wipMean: band,
				leadTimeMean: { p5: 4, p50: 5.5, p95: 7 },
				leadTimeP50: band,
				leadTimeP85: { p5: 6, p50: 8, p95: 11 },
				leadTimeP95: { p5: 8, p50: 9, p95: null },
				runsWithNoneFinished: 0,
				openOldestDays: { p5: 10, p50: 11.5, p95: 14 },
				steps: []
			}
		}
	}
} as unknown as SimulationSummary;

describe('figuresOf(result, summary)', () => {
	it('reads the scenario’s own run, without ranges until the replications are in', () => {
		const f = figuresOf(result, null, 20);
		expect(f.final).toBe(false);
		expect(f.runsAsked).toBe(20);
		expect(f.value('decisions.backlog.leadTimeDays.mean')).toBe(4.25);
		expect(f.band('decisions.backlog.leadTimeDays.mean')).toBeUndefined();
	});

	it('reads the medians over runs once they are in, with their bands by JSON key', () => {
		const f = figuresOf(result, summary);
		expect(f.final).toBe(true);
		expect(f.runs).toBe(20);
		// The median (5.5), not the first run's 4.25, and inside its own range 4–7.
		expect(f.value('decisions.backlog.leadTimeDays.mean')).toBe(5.5);
		expect(f.decision('backlog').leadTimeDays.mean).toBe(5.5);
		expect(f.band('decisions.backlog.leadTimeDays.mean')).toEqual({ p5: 4, p50: 5.5, p95: 7 });
		expect(f.band('decisions.backlog.leadTimeDays.p85')).toEqual({ p5: 6, p50: 8, p95: 11 });
		expect(f.band('decisions.backlog.inProgress')).toBeUndefined();
	});

	it('keeps a band’s null end, where runs without the figure reach it', () => {
		const f = figuresOf(result, summary);
		expect(f.band('decisions.backlog.leadTimeDays.p95')).toEqual({ p5: 8, p50: 9, p95: null });
		expect(f.band('decisions.backlog.open.oldestDays')).toEqual({ p5: 10, p50: 11.5, p95: 14 });
		// Not a band: a count and a list.
		expect(f.band('decisions.backlog.runsWithNoneFinished')).toBeUndefined();
		expect(f.band('decisions.backlog.steps')).toBeUndefined();
	});

	it('gives the run’s decision figures, and the runs with none finished once they are in', () => {
		expect(figuresOf(result, null).decision('backlog').open).toEqual({
			count: 20,
			oldestDays: 11.5
		});
		expect(figuresOf(result, null).runsWithNoneFinished('backlog')).toBeNull();
		expect(figuresOf(result, summary).runsWithNoneFinished('backlog')).toBe(0);
		expect(figuresOf(result, summary).runsWithNoneFinished('pricing')).toBeNull();
	});

	it('gives null for a key that is not a number', () => {
		expect(figuresOf(result, summary).value('decisions.backlog')).toBeNull();
		expect(figuresOf(result, summary).value('nothing.here')).toBeNull();
	});
});
