import { describe, expect, it } from 'vitest';
import { nextIndex } from './roving';

describe('nextIndex(key, index, count, columns)', () => {
	it.each([
		{ key: 'ArrowRight', index: 0, expected: 1 },
		{ key: 'ArrowRight', index: 11, expected: 11 },
		{ key: 'ArrowLeft', index: 0, expected: 0 },
		{ key: 'ArrowDown', index: 1, expected: 5 },
		{ key: 'ArrowDown', index: 9, expected: 9 },
		{ key: 'ArrowUp', index: 5, expected: 1 },
		{ key: 'Home', index: 7, expected: 0 },
		{ key: 'End', index: 2, expected: 11 },
		{ key: 'a', index: 2, expected: null }
	])('$key from $index in a 3 × 4 grid goes to $expected', ({ key, index, expected }) => {
		expect(nextIndex(key, index, 12, 4)).toBe(expected);
	});

	it('treats up and down as previous and next in a single row', () => {
		expect([nextIndex('ArrowDown', 2, 5), nextIndex('ArrowUp', 2, 5)]).toEqual([3, 1]);
	});
});
