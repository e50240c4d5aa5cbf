import { describe, expect, it } from 'vitest';
import { formatValue } from '$lib/charts/format';
import { presetScenario } from '$lib/scenario';
import { runSimulation } from '$lib/sim';
import type { Scenario } from '$lib/scenario';
import type { RoleKind } from '$lib/sim/types';
import { evaluateScenario, type Evaluation } from '$lib/whatif/evaluate';
import { SIDE_STYLES, loadChart } from './compareCharts';
import { loadTable } from './compareTables';

const { a, b } = SIDE_STYLES;
const evaluate = (scenario: Scenario): Evaluation =>
	evaluateScenario({ ...scenario, runs: 1 }, (s, seed) => runSimulation(s, { seed }));

const poOnly = evaluate(presetScenario('po-only'));
const scaleUp = evaluate(presetScenario('scale-up'));
const loadOf = (e: Evaluation, id: string) => e.detail.roles.find((r) => r.id === id)!.load;
/** The mean over a kind, the figure the chart used to draw for every row. */
const kindMean = (e: Evaluation, kind: RoleKind) => {
	const roles = e.detail.roles.filter((r) => r.kind === kind);
	return roles.reduce((s, r) => s + r.load, 0) / roles.length;
};

describe('loadChart: one row per function', () => {
	it('gives PO-only leadership the load its bottleneck sentence names, and the leaders their own', () => {
		const chart = loadChart([[a, poOnly]]);
		expect(chart.rows.map((r) => [r.id, r.label, r.short])).toEqual([
			['po', 'Product Owners', 'POs'],
			['team', 'Development teams', 'Teams'],
			['leadership', 'Leadership (PM work)', 'Leadership (PM work)'],
			['leaders', 'Leaders (alignment and approval)', 'Leaders (alignment)']
		]);
		const value = (id: string) => chart.rows.find((r) => r.id === id)!.values[0].value!;

		const top = poOnly.summary.bottlenecks[0];
		expect(top.role).toBe('leadership');
		expect(value('leadership')).toBe(top.figures.load);
		expect(value('leadership')).toBe(top.figures.meanLoad);
		expect(top.message).toContain(
			`Leadership is at ${formatValue('share', value('leadership'))} load`
		);
		// 68 h of strategy work a week in 8 h: 854%, the verdict's figure, not a mean with the leaders.
		expect(formatValue('share', value('leadership'))).toBe('854%');

		const leaders = value('leaders');
		expect(leaders).toBe(loadOf(poOnly, 'leaders'));
		expect(leaders).toBeLessThan(0.1);
		// The old row: the mean of the two jobs, a load nobody has.
		expect(kindMean(poOnly, 'leadership')).toBeCloseTo((value('leadership') + leaders) / 2, 12);
		expect(chart.rows.map((r) => r.values[0].value)).not.toContain(kindMean(poOnly, 'leadership'));
		expect(loadTable(chart).rows.slice(2)).toEqual([
			['Leadership (PM work)', '854%'],
			['Leaders (alignment and approval)', formatValue('share', leaders)]
		]);
	});

	it('keeps the separate model’s PM, PO and team rows as they were', () => {
		const chart = loadChart([[a, scaleUp]]);
		expect(chart.rows.map((r) => [r.id, r.label, r.short])).toEqual([
			['pm', 'Product Managers', 'PMs'],
			['po', 'Product Owners', 'POs'],
			['team', 'Development teams', 'Teams'],
			['leaders', 'Leaders (alignment and approval)', 'Leaders (alignment)']
		]);
		for (const kind of ['pm', 'po', 'team'] as const) {
			const row = chart.rows.find((r) => r.id === kind)!;
			expect(row.values[0].value).toBe(kindMean(scaleUp, kind));
		}
		// With no leadership role the kind's only role is the leaders, so the figure is theirs.
		expect(chart.rows[3].values[0].value).toBe(kindMean(scaleUp, 'leadership'));
		expect(new Set(chart.rows.map((r) => r.id)).size).toBe(chart.rows.length);
	});

	it('puts both sides’ functions on one list, "none" where a side lacks one', () => {
		const chart = loadChart([
			[a, scaleUp],
			[b, poOnly]
		]);
		expect(chart.rows.map((r) => r.id)).toEqual(['pm', 'po', 'team', 'leadership', 'leaders']);
		const [pmA, pmB] = chart.rows[0].values;
		expect(pmA.value).toBe(kindMean(scaleUp, 'pm'));
		expect(pmB).toMatchObject({ side: b, value: null, missing: 'none' });
		const [leadA, leadB] = chart.rows[3].values;
		expect(leadA).toMatchObject({ side: a, value: null, missing: 'none' });
		expect(leadB.value).toBe(loadOf(poOnly, 'leadership'));
		expect(chart.rows[4].values.map((v) => v.value)).toEqual([
			loadOf(scaleUp, 'leaders'),
			loadOf(poOnly, 'leaders')
		]);
		expect(chart.domain[1]).toBe(loadOf(poOnly, 'leadership'));
	});
});
