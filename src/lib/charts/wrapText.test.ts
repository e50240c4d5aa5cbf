import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';

describe('wrapText(text, maxChars, maxLines)', () => {
	it.each([
		{ text: 'Done', max: 10, lines: 2, expected: ['Done'] },
		{
			text: 'Refining: story and acceptance criteria',
			max: 18,
			lines: 3,
			expected: ['Refining: story', 'and acceptance', 'criteria']
		},
		{
			text: 'Refining: story and acceptance criteria',
			max: 18,
			lines: 2,
			expected: ['Refining: story', 'and acceptance…']
		},
		{ text: 'Supercalifragilistic', max: 8, lines: 2, expected: ['Superca…'] }
	])('wraps "$text" at $max characters into $expected', ({ text, max, lines, expected }) => {
		expect(wrapText(text, max, lines)).toEqual(expected);
	});
});
