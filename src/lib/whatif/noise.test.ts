import { describe, expect, it } from 'vitest';
import { MIN_EFFECT_DAYS, MIN_EFFECT_SHARE, pairedEffect, tQuantile90 } from './noise';

describe('tQuantile90(df)', () => {
	it.each([
		{ name: 'one degree of freedom', input: 1, expected: 6.314 },
		{ name: '19 degrees (20 runs)', input: 19, expected: 1.729 },
		{ name: 'past the table: the normal quantile', input: 100, expected: 1.645 },
		{ name: 'no degrees of freedom: no interval', input: 0, expected: Infinity }
	])('$name', ({ input, expected }) => {
		expect(tQuantile90(input)).toBe(expected);
	});
});

describe('pairedEffect(differences, base)', () => {
	it('states its minimum: half a day or 5% of the base, whichever is larger', () => {
		expect(MIN_EFFECT_DAYS).toBe(0.5);
		expect(MIN_EFFECT_SHARE).toBe(0.05);
		expect(pairedEffect([1, 1], 4).minimum).toBe(0.5);
		expect(pairedEffect([1, 1], 20).minimum).toBe(1);
	});

	it('calls a consistent, large effect clear, with its 90% interval', () => {
		// Mean 5.7, variance 0.04 / 3 over 4 pairs: se = √(0.04 / 3) / 2, t(3) = 2.353.
		const effect = pairedEffect([5.6, 5.8, 5.6, 5.8], 17);
		expect(effect.mean).toBeCloseTo(5.7, 10);
		expect(effect.standardError).toBeCloseTo(Math.sqrt(0.04 / 3) / 2, 10);
		expect(effect.low).toBeCloseTo(5.7 - 2.353 * effect.standardError, 10);
		expect(effect.high).toBeCloseTo(5.7 + 2.353 * effect.standardError, 10);
		expect(effect.clear).toBe(true);
	});

	it('calls a clear loss clear too (the sign is the caller’s)', () => {
		expect(pairedEffect([-3, -3.2, -2.8], 20).clear).toBe(true);
	});

	it('calls a consistent effect below the minimum within the noise (0.4 days of 19)', () => {
		// Common random numbers make the effect the same in every run, but it is 2% of the base.
		const effect = pairedEffect([0.39, 0.41, 0.4, 0.4], 19);
		expect(effect.low).toBeGreaterThan(0);
		expect(effect.clear).toBe(false);
	});

	it('calls a large mean effect whose interval includes zero within the noise', () => {
		// Mean 1.67 of 10 days (17%), but one run shorter by 10 and two longer.
		const effect = pairedEffect([10, -4, -1], 10);
		expect(effect.mean).toBeCloseTo(5 / 3, 10);
		expect(effect.low).toBeLessThan(0);
		expect(effect.clear).toBe(false);
	});

	it('cannot call anything from one run', () => {
		const effect = pairedEffect([8], 10);
		expect(effect).toMatchObject({ standardError: 0, low: -Infinity, high: Infinity });
		expect(effect.clear).toBe(false);
	});
});
