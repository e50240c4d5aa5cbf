import { describe, expect, it } from 'vitest';
import { survivalPercentiles } from '$lib/sim/metrics/leadTime';
import {
	leadTimeRangeText,
	leadTimeText,
	openText,
	readLeadTime,
	type DecisionCounts
} from './leadTimeText';

const counts = (
	created: number,
	completed: number,
	oldestDays: number | null,
	leadTimeMeanIsLowerBound = false
): DecisionCounts => ({
	created,
	completed,
	open: { count: created - completed, oldestDays },
	leadTimeMeanIsLowerBound
});

describe('readLeadTime(times, statistic, counts)', () => {
	it.each([
		{
			name: 'a number when the estimate exists',
			times: { mean: 4.25, p50: 3.5, p85: 7.04, p95: 9.96 },
			statistic: 'p85' as const,
			counts: counts(40, 40, null),
			expected: { qualifier: '', figure: '7.0', unit: 'days', note: '', value: 7.04 }
		},
		{
			name: 'more than the oldest open age when a percentile is null',
			times: { mean: 100.2, p50: null, p85: null, p95: null },
			statistic: 'p85' as const,
			counts: counts(31, 5, 114.83),
			expected: {
				qualifier: 'more than',
				figure: '114.8',
				unit: 'days',
				note: '26 still open',
				value: null
			}
		},
		{
			name: 'at least the mean when the engine says it is a lower bound',
			times: { mean: 100.2, p50: null, p85: null, p95: null },
			statistic: 'mean' as const,
			counts: counts(31, 5, 114.83, true),
			expected: {
				qualifier: 'at least',
				figure: '100.2',
				unit: 'days',
				note: '26 still open',
				value: 100.2
			}
		},
		{
			name: 'none finished, with what is open, when nothing finished',
			times: { mean: null, p50: null, p85: null, p95: null },
			statistic: 'mean' as const,
			counts: counts(7, 0, 40),
			expected: {
				qualifier: '',
				figure: 'none finished',
				unit: '',
				note: '7 open, oldest 40.0 days',
				value: null
			}
		},
		{
			name: 'none arrived when nothing was created',
			times: { mean: null, p50: null, p85: null, p95: null },
			statistic: 'p50' as const,
			counts: counts(0, 0, null),
			expected: { qualifier: '', figure: 'none arrived', unit: '', note: '', value: null }
		}
	])('gives $name', ({ times, statistic, counts, expected }) => {
		expect(readLeadTime(times, statistic, counts)).toEqual(expected);
	});

	it('never prints 0 for the engine’s estimate of a kind with nothing finished', () => {
		const times = survivalPercentiles([], [3, 12.5, 40]);
		const texts = (['mean', 'p50', 'p85', 'p95'] as const).map((s) =>
			leadTimeText(times, s, counts(3, 0, 40))
		);
		expect(texts).toEqual(Array(4).fill('none finished; 3 open, oldest 40.0 days'));
	});

	it('says "more than" for the engine’s percentiles that too many open decisions hide', () => {
		// Two of ten finished: the estimate never reaches one half.
		const times = survivalPercentiles([2, 3], [5, 6, 7, 8, 9, 10, 11, 12]);
		expect(times.p50).toBeNull();
		expect(leadTimeText(times, 'p50', counts(10, 2, 12))).toBe(
			'more than 12.0 days (8 still open)'
		);
		expect(leadTimeText(times, 'mean', counts(10, 2, 12, true))).toMatch(
			/^at least \d+\.\d days \(8 still open\)$/
		);
	});
});

describe('openText(open)', () => {
	it('names the count and the oldest age, or nothing when none is open', () => {
		expect(openText({ count: 1234, oldestDays: 2.04 })).toBe('1,234 open, oldest 2.0 days');
		expect(openText({ count: 0, oldestDays: null })).toBe('');
	});
});

describe('leadTimeRangeText(band)', () => {
	it.each([
		{ band: { p5: 12.14, p50: 13, p95: 15.3 }, expected: '12.1–15.3' },
		{ band: { p5: 12.14, p50: 13, p95: null }, expected: '12.1 or more' },
		{ band: { p5: null, p50: null, p95: null }, expected: null },
		{ band: undefined, expected: null }
	])('reads $band as $expected', ({ band, expected }) => {
		expect(leadTimeRangeText(band)).toBe(expected);
	});
});
