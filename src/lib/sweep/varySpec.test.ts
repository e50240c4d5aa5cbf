import { describe, expect, it } from 'vitest';
import { parseVaries, parseVary, VaryError } from './varySpec';

describe('parseVary(spec)', () => {
	it.each([
		{ name: 'a whole-number range, step 1', input: 'teamsPerPm=1..5', expected: [1, 2, 3, 4, 5] },
		{ name: 'the link form with a colon', input: 'teamsPerPm:2..4', expected: [2, 3, 4] },
		{ name: 'a step', input: 'teams=2..10:4', expected: [2, 6, 10] },
		{ name: 'downwards', input: 'pmHours=40..20:10', expected: [40, 30, 20] },
		{
			name: 'a log range, rounded for whole numbers',
			input: 'teams:2..200:log',
			expected: [2, 3, 6, 9, 15, 26, 43, 72, 120, 200]
		},
		{
			name: 'decimals without a step: ten intervals, tidy',
			input: 'pmMeetings=0.1..0.3',
			expected: [0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3]
		},
		{ name: 'decimals with a step', input: 'pmMeetings=0.1..0.3:0.1', expected: [0.1, 0.2, 0.3] },
		{
			name: 'a log range of decimals, three significant figures',
			input: 'pmMeetings=0.05..0.5:log',
			expected: [0.05, 0.0646, 0.0834, 0.108, 0.139, 0.18, 0.232, 0.3, 0.387, 0.5]
		}
	])('$name: $input', ({ input, expected }) => {
		expect(parseVary(input).values).toEqual(expected);
	});

	it.each([
		{
			// The keys that can be varied are many: the closest, and where the rest are.
			input: 'tems=1..5',
			message:
				'Unknown setting "tems" to sweep (did you mean teams?); closest: teams, itemsPerWeek, itemsPerCascade, weeks, seed, teamSize (all 58 are in the README\'s parameter table: its number settings but runs, and its choices as lines)'
		},
		{
			input: 'hours=1..5',
			message:
				/^Unknown setting "hours" to sweep \(did you mean pmHours\?\); closest: pmHours, poHours, devHours, /
		},
		{
			input: 'model=1..3',
			message:
				'model is a choice, not a number: its options are compared as lines, e.g. model=combined,separate'
		},
		{
			input: 'name=1..3',
			message: /^name is not a number setting; a sweep varies one of teams, teamSize/
		},
		{
			input: 'teamsPerPm=0..60',
			message: 'teamsPerPm must be between 1 and 50; the sweep asks for 0'
		},
		{ input: 'teams=1.5..3', message: 'teams must be a whole number; the sweep asks for 1.5' },
		{
			// Parsed, 100,000 digits are Infinity: the message quotes a short excerpt of the input.
			input: `teams=${'9'.repeat(100_000)}..3`,
			message:
				/^teams must be between 1 and 200; the sweep asks for "9{20,80}…" \(100,000 characters\)$/
		},
		{ input: 'teams=1..5:0', message: 'the step in "teams=1..5:0" must be above 0; got 0' },
		{ input: 'teams=1..5:x', message: 'the step in "teams=1..5:x" must be a number; got "x"' },
		{
			input: 'teams',
			message: 'a sweep is KEY=FROM..TO[:STEP|:log], e.g. teamsPerPm=1..10; got "teams"'
		},
		{ input: 'teams=5', message: 'teams needs a range FROM..TO, e.g. teams=1..200; got "5"' },
		{
			input: 'runs=1..5',
			message: 'runs is the replications of every point; set it with --runs or runs=N'
		},
		{
			input: 'seed=0..4000000000',
			message:
				'seed from 0 to 4000000000 in steps of 1 is 4,000,000,001 points; a sweep has at most 10,000'
		}
	])('rejects $input', ({ input, message }) => {
		expect(() => parseVary(input)).toThrow(VaryError);
		expect(() => parseVary(input)).toThrow(message);
	});
});

describe('parseVaries(specs)', () => {
	it('reads a grid of two settings', () => {
		expect(parseVaries(['teamsPerPm=1..3', 'teamSize=4..8:2'])).toEqual([
			{ key: 'teamsPerPm', values: [1, 2, 3] },
			{ key: 'teamSize', values: [4, 6, 8] }
		]);
	});
	it.each([
		{ input: [], message: 'a sweep needs a setting to vary, e.g. --vary teamsPerPm=1..10' },
		{
			input: ['teams=1..2', 'teamSize=1..2', 'teamsPerPm=1..2'],
			message: 'a sweep varies at most 2 settings (a line or a grid); got 3'
		},
		{
			input: ['teams=1..2', 'teams=3..4'],
			message: 'teams is varied twice; a grid needs two different settings'
		},
		{
			input: ['teams=1..200', 'seed=1..100'],
			message: 'the sweep has 20,000 points (200 × 100); at most 10,000'
		}
	])('rejects $input', ({ input, message }) => {
		expect(() => parseVaries(input)).toThrow(message);
	});
});
