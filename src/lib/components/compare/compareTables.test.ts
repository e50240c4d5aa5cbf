import { describe, expect, it } from 'vitest';
import { SIDE_STYLES, type RangeChartData } from './compareCharts';
import { leadTimeTable, loadTable } from './compareTables';

const { a, b } = SIDE_STYLES;

const leadTimes: RangeChartData = {
	domain: [0, 40],
	rows: [
		{
			id: 'backlog',
			label: 'Backlog',
			short: 'Backlog',
			values: [
				{ side: a, value: 8.04, low: 6.5, high: 9.25 },
				{ side: b, value: 4, low: 3.1, high: null, openHigh: true, atLeast: true }
			]
		},
		{
			id: 'pricing',
			label: 'Pricing',
			short: 'Pricing',
			values: [
				{
					side: a,
					value: null,
					low: null,
					high: null,
					missing: 'none finished',
					missingNote: '2 open, oldest 40.0 days'
				},
				{ side: b, value: 12, low: null, high: null }
			]
		}
	]
};

describe('the comparison charts as tables', () => {
	it('lists each side’s median and range of the lead times, in the chart’s words', () => {
		expect(leadTimeTable(leadTimes)).toEqual({
			columns: ['Kind', 'A median', 'A 5–95%', 'B median', 'B 5–95%'],
			rows: [
				['Backlog', '8.0', '6.5–9.3', 'at least 4.0', '3.1 or more'],
				['Pricing', 'none finished; 2 open, oldest 40.0 days', '–', '12.0', '–']
			]
		});
	});

	it('names one side’s columns without a letter', () => {
		const one: RangeChartData = {
			domain: [0, 1],
			rows: [{ ...leadTimes.rows[0], values: [leadTimes.rows[0].values[0]] }]
		};
		expect(leadTimeTable(one).columns).toEqual(['Kind', 'Median', '5–95%']);
		expect(loadTable(one)).toEqual({
			columns: ['Role', 'Utilisation'],
			rows: [['Backlog', '804%']]
		});
	});

	it('gives each side’s load as a percentage and a dash where it has none of the roles', () => {
		const load: RangeChartData = {
			domain: [0, 1.2],
			rows: [
				{
					id: 'po',
					label: 'Product owners',
					short: 'POs',
					values: [
						{ side: a, value: 0.914, low: null, high: null },
						{ side: b, value: null, low: null, high: null, missing: 'none' }
					]
				}
			]
		};
		expect(loadTable(load)).toEqual({
			columns: ['Role', 'A', 'B'],
			rows: [['Product owners', '91%', '–']]
		});
	});
});
