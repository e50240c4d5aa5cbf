import { describe, expect, it } from 'vitest';
import { PRESET_IDS, PRESETS, presetScenario, type Scenario } from '$lib/scenario';
import { isEditedFromPreset, organisationText, scenarioTitle } from './scenarioTitle';

const scaleUp = presetScenario('scale-up');

describe('scenarioTitle(scenario)', () => {
	it.each(PRESET_IDS)('an untouched preset %s keeps its label', (id) => {
		expect(scenarioTitle(presetScenario(id))).toBe(PRESETS[id].label);
	});

	it.each([
		{
			name: 'a given name stays, whatever the edits',
			input: { ...scaleUp, name: 'Acme today', model: 'po-only' },
			expected: 'Acme today'
		},
		{
			name: 'a new role model describes the organisation shown',
			input: { ...scaleUp, model: 'po-only' },
			expected: '8 teams of 6, a PO per team, no PMs (edited from Scale-up)'
		},
		{
			name: 'a combined model edited from the combined preset',
			input: { ...presetScenario('combined'), teams: 12 },
			expected:
				'12 teams of 6, a combined PM/PO per team (edited from Combined PM/PO in every team)'
		},
		{
			name: 'the same structure with other settings changed',
			input: { ...scaleUp, itemsPerWeek: scaleUp.itemsPerWeek + 1 },
			expected: 'Scale-up: a PO per team, a PM per three teams (edited)'
		},
		{
			name: 'another seed or number of runs is not an edit',
			input: { ...scaleUp, seed: 42, runs: 5 },
			expected: 'Scale-up: a PO per team, a PM per three teams'
		}
	])('$name', ({ input, expected }) => {
		expect(scenarioTitle(input as Scenario)).toBe(expected);
	});

	it('isEditedFromPreset ignores the name', () => {
		expect(isEditedFromPreset({ ...scaleUp, name: 'x' })).toBe(false);
		expect(isEditedFromPreset({ ...scaleUp, teamsPerPm: 2 })).toBe(true);
	});

	it('organisationText names ratios and missing roles', () => {
		expect(organisationText({ ...scaleUp, teamsPerPm: 2 })).toBe(
			'8 teams of 6, a PO per team, a PM per 2 teams'
		);
		expect(organisationText(presetScenario('pm-only'))).toBe(
			'6 teams of 6, a PM per 3 teams, no POs'
		);
		expect(organisationText(presetScenario('startup'))).toBe(
			'1 team of 6, a combined PM/PO per team'
		);
	});
});
