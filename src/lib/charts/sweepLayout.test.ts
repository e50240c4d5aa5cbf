import { describe, expect, it } from 'vitest';
import type { SweepPoint } from '$lib/sweep';
import { LOAD_CAP } from '$lib/sim/metrics/verdict';
import {
	boundaryPath,
	heatmapCells,
	heatmapColor,
	plottedLoad,
	sweepSlots,
	yScale
} from './sweepLayout';

const point = (verdict: SweepPoint['verdict']): SweepPoint => {
	const d = { leadTimeDays: { p50: 1, p85: 2 }, throughputPerWeek: 1 };
	return {
		values: {},
		verdict,
		decisions: { roadmap: d, backlog: d, pricing: d },
		busiest: null,
		costPerDecision: null
	};
};

describe('sweepSlots(vary, width)', () => {
	it('spaces the values evenly, whatever their spacing', () => {
		const slots = sweepSlots({ key: 'teams', values: [2, 20, 200] }, 310);
		expect(slots.map((s) => [s.value, Math.round(s.x), Math.round(s.width)])).toEqual([
			[2, 0, 96],
			[20, 107, 96],
			[200, 214, 96]
		]);
	});
});

describe('heatmapCells and boundaryPath', () => {
	const vary = [
		{ key: 'teamsPerPm', values: [1, 2, 3] },
		{ key: 'teamSize', values: [4, 5] }
	];
	it('puts the first row at the bottom', () => {
		expect(heatmapCells(vary, 300, 100).slice(0, 2)).toEqual([
			{ index: 0, x: 0, y: 50, width: 100, height: 50 },
			{ index: 1, x: 100, y: 50, width: 100, height: 50 }
		]);
	});
	it('draws the edges between overloaded cells and the others', () => {
		// Bottom row overloads from the third value, top row from the second.
		const verdicts = ['healthy', 'strained', 'overloaded', 'healthy', 'overloaded', 'overloaded'];
		const points = new Map(verdicts.map((v, i) => [i, point(v as SweepPoint['verdict'])]));
		expect(boundaryPath(vary, points, 300, 100)).toBe('M200,50V100M100,50H200M100,0V50');
		expect(boundaryPath(vary, new Map([[0, point('healthy')]]), 300, 100)).toBe('');
	});
});

describe('heatmapColor(points, metric)', () => {
	const loaded = (load: number): SweepPoint => ({
		...point('healthy'),
		busiest: { role: 'PM 1', load }
	});

	it('spans the loads in, low to high', () => {
		const color = heatmapColor(new Map([0.5, 1.2, 0.9].map((l, i) => [i, loaded(l)])), 'load');
		expect(color.domain()).toEqual([0.5, 1.2]);
	});

	it('with one load so far, brackets it (a tenth either side), so the key reads around it', () => {
		const color = heatmapColor(new Map([0.8, 0.8].map((l, i) => [i, loaded(l)])), 'load');
		const [low, high] = color.domain();
		expect(low).toBeCloseTo(0.72, 10);
		expect(high).toBeCloseTo(0.88, 10);
		expect(heatmapColor(new Map([[0, loaded(0)]]), 'load').domain()).toEqual([-1, 1]);
	});
});

describe('plottedLoad(point)', () => {
	it('leaves out a role with work and no productive hours, so finite loads keep their scale', () => {
		const at = (load: number): SweepPoint => ({
			...point('overloaded'),
			busiest: { role: 'Leadership', load }
		});
		const loads = [at(LOAD_CAP), at(6.84), at(3.42), at(0.99)].map(plottedLoad);
		expect(loads).toEqual([null, 6.84, 3.42, 0.99]);
		// The axis reaches the largest finite load (700%), not 100,000%.
		expect(yScale(loads, 90, 1.1).domain()).toEqual([0, 7]);
	});
});
