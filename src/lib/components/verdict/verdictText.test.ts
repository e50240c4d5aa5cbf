import { describe, expect, it } from 'vitest';
import { verdictParts } from './verdictText';

describe('verdictParts(verdict)', () => {
	it.each([
		{
			name: 'takes the status word off the front of the engine’s sentence',
			input: { status: 'overloaded' as const, message: 'Overloaded: Leadership has 66 h of work.' },
			expected: { label: 'Overloaded', text: 'Leadership has 66 h of work.' }
		},
		{
			name: 'keeps a sentence that does not start with the word whole',
			input: { status: 'healthy' as const, message: 'Every role is below 85% load.' },
			expected: { label: 'Healthy', text: 'Every role is below 85% load.' }
		},
		{
			name: 'does not take another status’s word',
			input: { status: 'strained' as const, message: 'Healthy: nothing is asked of anyone.' },
			expected: { label: 'Strained', text: 'Healthy: nothing is asked of anyone.' }
		}
	])('$name', ({ input, expected }) => {
		expect(verdictParts(input)).toEqual(expected);
	});
});
