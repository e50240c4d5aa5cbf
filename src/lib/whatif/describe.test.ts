import { describe, expect, it } from 'vitest';
import { daysText, evidenceText, improvementText, kindDeltaText } from './describe';

describe('describing a ranked change', () => {
	it.each([
		{
			name: 'a gain',
			input: { improvementDays: 6.56, improvementShare: 0.344 },
			expected: '6.6 days shorter (34%)'
		},
		{
			name: 'a loss',
			input: { improvementDays: -2.06, improvementShare: -0.108 },
			expected: '2.1 days longer (11%)'
		},
		{
			name: 'nothing that shows',
			input: { improvementDays: 0.04, improvementShare: 0.002 },
			expected: 'no measurable change'
		}
	])('improvementText: $name', ({ input, expected }) => {
		expect(improvementText(input)).toBe(expected);
	});

	it.each([
		{
			name: 'clear',
			input: { wins: 10, runs: 10, clear: true, improvementDays: 1 },
			expected: 'shorter in 10 of 10 runs'
		},
		{
			name: 'noise',
			input: { wins: 5, runs: 10, clear: false, improvementDays: 1.7 },
			expected: 'within the noise: shorter in 5 of 10 runs'
		},
		{
			name: 'one run',
			input: { wins: 1, runs: 1, clear: false, improvementDays: 1 },
			expected: 'from 1 run; too few to tell change from chance'
		}
	])('evidenceText: $name', ({ input, expected }) => {
		expect(evidenceText(input)).toBe(expected);
	});

	it.each([
		{ kind: 'roadmap', delta: -7.44, expected: 'roadmap −7.4' },
		{ kind: 'backlog', delta: 0.16, expected: 'backlog +0.2' },
		{ kind: 'pricing', delta: 0.01, expected: 'pricing ±0' },
		{ kind: 'pricing', delta: null, expected: 'pricing –' }
	] as const)('kindDeltaText($kind, $delta)', ({ kind, delta, expected }) => {
		expect(kindDeltaText(kind, delta)).toBe(expected);
	});

	it('daysText uses a true minus and a dash for nothing', () => {
		expect(daysText(19.07)).toBe('19.1 days');
		expect(daysText(-1.25)).toBe('−1.3 days');
		expect(daysText(null)).toBe('–');
	});
});
