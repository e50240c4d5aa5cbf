import { describe, expect, it } from 'vitest';
import { leadTimeHistogram } from './leadTimeHistogram';

describe('leadTimeHistogram(sample, alsoShow)', () => {
	it('counts every finite value once, in round-number bins from zero', () => {
		const h = leadTimeHistogram([0.5, 1.2, 1.8, 3.9, 9.5, NaN], [], 10);
		expect(h.domain).toEqual([0, 10]);
		expect(h.bins.reduce((s, b) => s + b.count, 0)).toBe(5);
		expect(h.bins[1]).toEqual({ x0: 1, x1: 2, count: 2 });
		expect(h.maxCount).toBe(2);
	});

	it('widens the domain to show a band beyond the sample', () => {
		expect(leadTimeHistogram([1, 2], [14.2], 10).domain[1]).toBeGreaterThanOrEqual(14.2);
	});

	it('handles an empty sample', () => {
		const h = leadTimeHistogram([]);
		expect(h.domain).toEqual([0, 1]);
		expect(h.maxCount).toBe(0);
	});
});
