import { describe, expect, it } from 'vitest';
import { FIELD_BY_KEY, presetScenario, type NumberField } from '$lib/scenario';
import {
	changedKeys,
	cleanName,
	displayBounds,
	displayUnit,
	isUsedByModel,
	readNumberInput,
	roleCountsText,
	toDisplay,
	unusedNote
} from './settingInput';
import { splitOptionLabel } from './optionLabel';

const field = (key: string) => FIELD_BY_KEY.get(key) as NumberField;

describe('toDisplay(field, value) and displayBounds(field)', () => {
	it.each([
		{ key: 'teams', value: 8, expected: '8' },
		{ key: 'devMeetings', value: 0.175, expected: '17.5' },
		{ key: 'poMeetings', value: 0.125, expected: '12.5' },
		{ key: 'switchCost', value: 1, expected: '100' },
		{ key: 'orderHours', value: 0.25, expected: '0.25' }
	])('toDisplay($key, $value) is "$expected"', ({ key, value, expected }) => {
		expect(toDisplay(field(key), value)).toBe(expected);
	});

	it('shows shares as percentages with percentage bounds and steps', () => {
		expect(displayBounds(field('pmMeetings'))).toEqual({ min: 0, max: 90, step: 0.5 });
		expect(displayUnit(field('pmMeetings'))).toBe('%');
		expect(displayBounds(field('teams'))).toEqual({ min: 1, max: 200, step: 1 });
		expect(displayUnit(field('leaderPenalty'))).toBe('× effort');
	});
});

describe('readNumberInput(field, raw, badInput)', () => {
	it.each([
		{
			name: 'a whole number in range',
			key: 'teams',
			raw: '12',
			expected: { status: 'valid', value: 12 }
		},
		{
			name: 'spaces around it',
			key: 'teams',
			raw: ' 30 ',
			expected: { status: 'valid', value: 30 }
		},
		{
			name: 'an empty box is not an error yet',
			key: 'teams',
			raw: '',
			expected: { status: 'empty' }
		},
		{
			name: 'a percentage becomes a share',
			key: 'devMeetings',
			raw: '17.5',
			expected: { status: 'valid', value: 0.175 }
		},
		{
			name: 'a number below the minimum',
			key: 'teams',
			raw: '0',
			expected: { status: 'invalid', message: 'Teams must be from 1 to 200 teams.' }
		},
		{
			name: 'a number above the maximum',
			key: 'teams',
			raw: '201',
			expected: { status: 'invalid', message: 'Teams must be from 1 to 200 teams.' }
		},
		{
			name: 'a fraction where a whole number is needed',
			key: 'teamSize',
			raw: '5.5',
			expected: { status: 'invalid', message: 'Developers per team must be a whole number.' }
		},
		{
			name: 'a percentage out of range',
			key: 'pmMeetings',
			raw: '95',
			expected: { status: 'invalid', message: 'PM meeting overhead must be from 0 to 90 %.' }
		},
		{
			name: 'text the browser cannot read',
			key: 'itemsPerWeek',
			raw: '',
			badInput: true,
			expected: { status: 'invalid', message: 'Enter a number from 0 to 100 items.' }
		}
	])('$name', ({ key, raw, badInput, expected }) => {
		expect(readNumberInput(field(key), raw, badInput)).toEqual(expected);
	});
});

describe('cleanName(text)', () => {
	it.each([
		{ input: 'Acme', expected: 'Acme' },
		{ input: '  Acme   Corp ', expected: 'Acme Corp' },
		{ input: '<script>x</script>', expected: 'scriptx/script' },
		{ input: 'Team "A" & B', expected: 'Team A & B' },
		{ input: '   ', expected: '' },
		{ input: 'x'.repeat(100), expected: 'x'.repeat(80) }
	])('cleanName($input) is "$expected"', ({ input, expected }) => {
		expect(cleanName(input)).toBe(expected);
	});
});

describe('isUsedByModel(key, model)', () => {
	it.each([
		{ key: 'teamsPerPm', model: 'combined', expected: false },
		{ key: 'teamsPerPm', model: 'separate', expected: true },
		{ key: 'pmpoHours', model: 'combined', expected: true },
		{ key: 'pmpoHours', model: 'pm-only', expected: false },
		{ key: 'poMeetings', model: 'pm-only', expected: false },
		{ key: 'teams', model: 'po-only', expected: true }
	] as const)('isUsedByModel($key, $model) is $expected', ({ key, model, expected }) => {
		expect(isUsedByModel(key, model)).toBe(expected);
	});
});

describe('unusedNote(key, model)', () => {
	it('names the model a setting does not apply to', () => {
		expect(unusedNote('teamsPerPm', 'combined')).toBe('Not used by the combined PM/PO model.');
		expect(unusedNote('poHours', 'pm-only')).toBe('Not used by the PM-only model.');
		expect(unusedNote('teams', 'pm-only')).toBeNull();
	});
});

describe('changedKeys(scenario)', () => {
	it('lists the settings that differ from the preset', () => {
		const base = presetScenario('enterprise');
		expect([...changedKeys(base)]).toEqual([]);
		expect([...changedKeys({ ...base, teams: 30, seed: 7 })]).toEqual(['teams', 'seed']);
	});
});

describe('roleCountsText(counts)', () => {
	it.each([
		{
			name: 'separate roles',
			input: { productManagers: 3, productOwners: 8, combinedPmPo: 0, developers: 48 },
			expected: '3 PMs, 8 POs, 48 developers'
		},
		{
			name: 'one of each',
			input: { productManagers: 1, productOwners: 1, combinedPmPo: 0, developers: 1 },
			expected: '1 PM, 1 PO, 1 developer'
		},
		{
			name: 'combined roles',
			input: { productManagers: 0, productOwners: 0, combinedPmPo: 1, developers: 10 },
			expected: '1 PM/PO, 10 developers'
		},
		{
			name: 'thousands',
			input: { productManagers: 50, productOwners: 0, combinedPmPo: 0, developers: 4000 },
			expected: '50 PMs, 4,000 developers'
		}
	])('$name', ({ input, expected }) => {
		expect(roleCountsText(input)).toBe(expected);
	});
});

describe('splitOptionLabel(label)', () => {
	it.each([
		{
			input: 'PM only: teams run their own backlog',
			expected: { title: 'PM only', detail: 'teams run their own backlog' }
		},
		{
			input: 'Combined PM/PO per team',
			expected: { title: 'Combined PM/PO per team', detail: '' }
		}
	])('splitOptionLabel("$input")', ({ input, expected }) => {
		expect(splitOptionLabel(input)).toEqual(expected);
	});
});
