import { describe, expect, it } from 'vitest';
import { heatmapRows, weekColumns } from './heatmapRows';
import { fixtureRoles } from './testing/fixture';
import { presetScenario } from '$lib/scenario';
import { runSimulation } from '$lib/sim';

describe('weekColumns(weeks, maxColumns)', () => {
	it('keeps one column per week when they fit', () => {
		expect(weekColumns(3, 52).map((c) => c.label)).toEqual(['Week 1', 'Week 2', 'Week 3']);
	});

	it('bins 260 weeks into 52 columns of 5 weeks', () => {
		const columns = weekColumns(260, 52);
		expect(columns.length).toBe(52);
		expect(columns[1]).toEqual({ from: 5, to: 9, label: 'Weeks 6–10' });
	});
});

describe('heatmapRows(roles, weeks)', () => {
	it('gives each role a row, grouped by kind, when there are at most 40', () => {
		const roles = fixtureRoles(8);
		const data = heatmapRows(roles, 6);
		expect(data.folded).toBe(false);
		expect(data.rows.length).toBe(roles.length);
		expect(data.rows.map((r) => r.kind).slice(0, 4)).toEqual(['pm', 'pm', 'pm', 'po']);
	});

	it('above 40 roles shows the most loaded ones and a mean row per kind', () => {
		const roles = fixtureRoles(50);
		const data = heatmapRows(roles, 6, { top: 5 });
		expect(data.folded).toBe(true);
		expect(data.rows.filter((r) => !r.isGroup).length).toBe(5);
		expect(data.rows.some((r) => r.id === 'po-3')).toBe(true);
		const poMean = data.rows.find((r) => r.id === 'all-po')!;
		expect(poMean.label).toBe('All 50 Product Owners (mean)');
		expect(poMean.shortLabel).toBe('All 50 POs (mean)');
		expect(poMean.members).toBe(50);
	});

	it('folded, averages one function: leadership and the leaders keep their own rows', () => {
		// 20 POs, 20 teams, leadership, the leaders and stakeholders: 43 roles, folded.
		const { roles, weeks } = runSimulation({ ...presetScenario('po-only'), teams: 20, weeks: 4 });
		const data = heatmapRows(roles, weeks);
		expect(data.folded).toBe(true);
		const groups = data.rows.filter((r) => r.isGroup);
		expect(groups.map((r) => [r.id, r.label])).toEqual([
			['all-po', 'All 20 Product Owners (mean)'],
			['all-team', 'All 20 Development teams (mean)']
		]);
		const leadership = data.rows.find((r) => r.id === 'leadership')!;
		expect(leadership.load).toBe(roles.find((r) => r.id === 'leadership')!.load);
		expect(data.rows.some((r) => r.id === 'all-leadership')).toBe(false);
	});

	it('averages binned weeks', () => {
		const [role] = fixtureRoles(1);
		const data = heatmapRows([{ ...role, utilisationByWeek: [0.2, 0.4, 0.6, 0.8] }], 4, {
			maxColumns: 2
		});
		const [a, b] = data.rows[0].values;
		expect([a, b].map((v) => Math.round(v * 100) / 100)).toEqual([0.3, 0.7]);
	});
});
