import { describe, expect, it } from 'vitest';
import {
	band,
	leadTimePercentiles,
	leadTimeSample,
	optionalBand,
	quantileSorted,
	survivalPercentiles
} from './leadTime';

describe('quantileSorted(sorted, p)', () => {
	it.each([
		{ name: 'empty', input: { values: [], p: 0.5 }, expected: 0 },
		{ name: 'one value', input: { values: [4], p: 0.85 }, expected: 4 },
		{
			name: 'median of an even count interpolates',
			input: { values: [1, 2, 3, 4], p: 0.5 },
			expected: 2.5
		},
		{
			name: 'p85 of 1..11',
			input: { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], p: 0.85 },
			expected: 9.5
		},
		{ name: 'p0 is the minimum', input: { values: [3, 7], p: 0 }, expected: 3 },
		{ name: 'p1 is the maximum', input: { values: [3, 7], p: 1 }, expected: 7 }
	])('$name', ({ input, expected }) => {
		expect(quantileSorted(input.values, input.p)).toBeCloseTo(expected, 12);
	});
});

describe('leadTimePercentiles(values, scale)', () => {
	it('sorts, scales hours to days and reports mean and percentiles', () => {
		expect(leadTimePercentiles([80, 8, 16, 40], 1 / 8)).toEqual({
			mean: 4.5,
			p50: 3.5,
			p85: quantileSorted([1, 2, 5, 10], 0.85),
			p95: quantileSorted([1, 2, 5, 10], 0.95)
		});
	});

	it('is all zeros without values', () => {
		expect(leadTimePercentiles([])).toEqual({ mean: 0, p50: 0, p85: 0, p95: 0 });
	});
});

describe('leadTimeSample(values, scale, cap)', () => {
	it('keeps every value, sorted, when there are no more than the cap', () => {
		expect(leadTimeSample([3, 1, 2], 1, 5)).toEqual([1, 2, 3]);
	});

	it('keeps evenly spaced order statistics including both ends above the cap', () => {
		const values = Array.from({ length: 101 }, (_, i) => 100 - i);
		expect(leadTimeSample(values, 1, 5)).toEqual([0, 25, 50, 75, 100]);
	});
});

describe('band(values)', () => {
	it('gives the 5th, 50th and 95th percentile', () => {
		const values = Array.from({ length: 21 }, (_, i) => i * 10);
		expect(band(values)).toEqual({ p5: 10, p50: 100, p95: 190 });
	});
});

describe('survivalPercentiles(finished, open): Kaplan–Meier with open decisions censored', () => {
	it('with nothing open: the usual median (midpoint of the middle two) and the plain mean', () => {
		expect(survivalPercentiles([1, 2, 3, 4], [])).toEqual({ mean: 2.5, p50: 2.5, p85: 4, p95: 4 });
	});

	it('an open decision counts as "at least its age": worked by hand', () => {
		// S: after 1, 4/5 = 0.8; after 2, 0.8 × 3/4 = 0.6; 2.5 open leaves 2 at risk;
		// after 3, 0.6 × 1/2 = 0.3; after 4, 0. Area under S: 1 + 0.8 + 0.6 + 0.3 = 2.7.
		const km = survivalPercentiles([1, 2, 3, 4], [2.5]);
		expect(km.p50).toBe(3);
		expect(km.p85).toBe(4);
		expect(km.mean).toBeCloseTo(2.7, 12);
		// Counting only what finished would say 2.5 days and a median of 2.
	});

	it('a percentile the estimate never reaches is null, not the last finished value', () => {
		// One of four finished: S falls to 0.75 and stays; the median is unknown (longer than 5).
		const km = survivalPercentiles([1], [5, 5, 5]);
		expect(km).toEqual({ mean: 1 + 0.75 * 4, p50: null, p85: null, p95: null });
	});

	it('nothing finished: every figure is null', () => {
		expect(survivalPercentiles([], [3, 8])).toEqual({
			mean: null,
			p50: null,
			p85: null,
			p95: null
		});
		expect(survivalPercentiles([], [])).toEqual({ mean: null, p50: null, p85: null, p95: null });
	});
});

describe('optionalBand(values): runs without a figure count as longer than all others', () => {
	it.each([
		{ name: 'all present', input: [1, 2, 3, 4, 5], expected: { p5: 1.2, p50: 3, p95: 4.8 } },
		{
			name: 'one missing moves the top up',
			input: [1, 2, 3, 4, null],
			expected: { p5: 1.2, p50: 3, p95: null }
		},
		{
			name: 'most missing: no median',
			input: [1, null, null],
			expected: { p5: null, p50: null, p95: null }
		},
		{ name: 'all missing', input: [null, null], expected: { p5: null, p50: null, p95: null } }
	])('$name', ({ input, expected }) => {
		const b = optionalBand(input);
		for (const k of ['p5', 'p50', 'p95'] as const) {
			if (expected[k] === null) expect(b[k]).toBeNull();
			else expect(b[k]).toBeCloseTo(expected[k]!, 12);
		}
	});
});
