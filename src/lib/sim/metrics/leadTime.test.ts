import { describe, expect, it } from 'vitest';
import { band, leadTimePercentiles, leadTimeSample, quantileSorted } from './leadTime';

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
