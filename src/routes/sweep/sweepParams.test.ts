import { describe, expect, it } from 'vitest';
import { readSweepPage } from './sweepParams';

describe('readSweepPage(params)', () => {
	it('reads the scenario without its vary, and the vary checked', () => {
		const page = readSweepPage(new URLSearchParams('preset=combined&teams=4&vary=teamsPerPo:1..3'));
		expect(page.scenario.teams).toBe(4);
		expect(page.scenario.model).toBe('combined');
		expect(page.issues).toEqual([]);
		expect(page.vary).toEqual([{ key: 'teamsPerPo', values: [1, 2, 3] }]);
	});
	it('says why a bad vary cannot run, and keeps the scenario', () => {
		const page = readSweepPage(new URLSearchParams('teams=5&vary=tems:1..5'));
		expect(page.vary).toBeNull();
		expect(page.scenario.teams).toBe(5);
		expect(page.problem).toBe(
			`The sweep in this link cannot run: Unknown setting "tems" to sweep (did you mean teams?); closest: teams, itemsPerWeek, itemsPerCascade, weeks, seed, teamSize (all 58 are in the README's parameter table: its number settings but runs, and its choices as lines).`
		);
	});
	it('asks for a setting when the link has none', () => {
		expect(readSweepPage(new URLSearchParams('teams=5')).problem).toBe(
			'Choose a setting to sweep.'
		);
	});
});
