import { describe, expect, it } from 'vitest';
import { presetScenario } from '$lib/scenario';
import { toSummaryJson } from '$lib/sim';
import { runSimulation } from '$lib/sim/runSimulation';
import { costTable, spanTable } from '$lib/export/costCsv';
import { parseCsv } from '$lib/export/csv';
import { tableCsv } from '$lib/export/resultsCsv';
import { costCompareRows } from './costCompare';

const summaryOf = (preset: 'scale-up' | 'combined') => {
	const s = { ...presetScenario(preset), weeks: 8 };
	return toSummaryJson(s, runSimulation(s));
};

describe('costCompareRows(summaries)', () => {
	it('scale-up beside combined: people, money and span with B − A', () => {
		const rows = costCompareRows([summaryOf('scale-up'), summaryOf('combined')]);
		const row = (key: string) => rows.find((r) => r.key === key)!;
		// 59 people: 3 PMs, 8 POs, 48 developers; combined: 8 PM/POs and 48 developers = 56.
		expect(row('cost.people')).toMatchObject({ values: [59, 56], diff: '−3' });
		// Combined: 8 × 140,000 × 1.3 + 8,253,648 = 1,456,000 + 8,253,648 = 9,709,648.
		expect(row('cost.annual')).toMatchObject({
			values: [10_190_648, 9_709_648],
			shown: ['$10,190,648', '$9,709,648'],
			diff: '−$481k'
		});
		expect(row('span.pm.teams')).toMatchObject({ values: [2.7, null], shown: ['2.7', 'no PM'] });
		expect(row('span.pmpo.people')).toMatchObject({ values: [null, 6], diff: '' });
	});
});

describe('costTable(summary) and spanTable(summary)', () => {
	it('write the JSON’s cost and span under its keys', () => {
		const summary = summaryOf('scale-up');
		const cost = parseCsv(tableCsv(costTable(summary)));
		expect(cost[0]).toEqual([
			'item',
			'people',
			'annual',
			'deliveredPerYear',
			'perDecision',
			'share',
			'currency',
			'note'
		]);
		expect(cost[1]).toEqual(['headcount.pm', '3', '585000', '', '', '', 'USD', '']);
		const total = cost.find((r) => r[0] === 'total')!;
		expect(total.slice(0, 3)).toEqual(['total', '59', '10190648']);
		expect(Number(total[4])).toBe(summary.cost.perDecision);
		expect(parseCsv(tableCsv(spanTable(summary)))).toEqual([
			['role', 'count', 'teams', 'people', 'maxTeams'],
			['pm', '3', '2.7', '16', '3'],
			['po', '8', '1', '6', '1']
		]);
	});
});
