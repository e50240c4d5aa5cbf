import { describe, expect, it } from 'vitest';
import { weekTicks } from './weekTicks';

describe('weekTicks(weeks, innerWidth)', () => {
	it('labels every week when there is room', () => {
		expect(weekTicks(4, 800)).toEqual([0, 1, 2, 3]);
	});

	it('steps by round numbers when the chart is narrow', () => {
		expect(weekTicks(26, 300).map((w) => w + 1)).toEqual([1, 10, 20]);
		expect(weekTicks(26, 600).map((w) => w + 1)).toEqual([1, 5, 10, 15, 20, 25]);
	});

	it('returns nothing for an empty run', () => {
		expect(weekTicks(0, 500)).toEqual([]);
	});
});
