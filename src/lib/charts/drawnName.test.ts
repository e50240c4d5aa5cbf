import { describe, expect, it } from 'vitest';
import { drawnName } from './drawnName';

describe('drawnName', () => {
	it.each([
		{
			name: 'drawn texts in order, then the rest',
			drawn: ['PM 1', '42% load'],
			rest: 'PM 1 (teams 1–3): 42% load',
			expected: 'PM 1 42% load. PM 1 (teams 1–3): 42% load'
		},
		{
			name: 'texts not drawn (null or empty) are skipped',
			drawn: [null, '3.2', '', 'PO 1'],
			rest: 'PO 1: 80% load',
			expected: '3.2 PO 1. PO 1: 80% load'
		},
		{
			name: 'no rest: only the drawn texts',
			drawn: ['Refine', '12%'],
			rest: '',
			expected: 'Refine 12%'
		}
	])('drawnName(drawn, rest): $name', ({ drawn, rest, expected }) => {
		expect(drawnName(drawn, rest)).toBe(expected);
	});
});
