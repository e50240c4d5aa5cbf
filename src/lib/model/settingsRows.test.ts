import { describe, expect, it } from 'vitest';
import { FIELDS } from '$lib/scenario/fields';
import { isAssumption, settingGroups } from './settingsRows';
import { roleDuties } from './roleDuties';

describe('settingGroups()', () => {
	const rows = settingGroups().flatMap((g) => g.rows);

	it('lists every setting once, in the order of the settings table, each with a source', () => {
		expect(rows.map((r) => r.key)).toEqual(FIELDS.map((f) => f.key));
		for (const r of rows) expect(r.source.length).toBeGreaterThan(5);
	});

	it.each([
		{ key: 'pmMeetings', value: '25%', range: '0%–90%' },
		{ key: 'poMeetings', value: '12.5%', range: '0%–90%' },
		{ key: 'teams', value: '8 teams', range: '1–200 teams' },
		{ key: 'pmHours', value: '40 h/week', range: '1–60 h/week' },
		{ key: 'model', value: 'Separate: a PO per team, a PM per k teams', range: '4 choices' }
	])('$key reads "$value", accepts $range', ({ key, value, range }) => {
		const row = rows.find((r) => r.key === key)!;
		expect(row.value).toBe(value);
		expect(row.range).toBe(range);
	});

	it('prints no long decimals', () => {
		for (const r of rows) expect(`${r.value} ${r.range}`).not.toMatch(/\d\.\d{5,}/);
	});

	it('marks assumptions, and not the settings with a published source', () => {
		expect(rows.find((r) => r.key === 'pmHours')!.assumption).toBe(true);
		expect(rows.find((r) => r.key === 'poMeetings')!.assumption).toBe(false);
		expect(isAssumption('Assumption.')).toBe(true);
		expect(isAssumption('SAFe: one Product Manager per release train.')).toBe(false);
	});
});

describe('roleDuties()', () => {
	it('gives the PM the strategy work and the PO the backlog, the combined role both', () => {
		const [pm, po, combined] = roleDuties();
		expect(pm.holds).toContain('pricing');
		expect(pm.holds).not.toContain('acceptance');
		expect(po.holds).toContain('backlog ordering');
		expect(combined.holds).toEqual([...pm.holds, ...po.holds]);
	});
});
