/**
 * People, cost and span of control as CSV, from the same summary the JSON export and
 * `npm run simulate -- '<query>' --json` print (`cost`, `span`), under the JSON's keys. Money is
 * in whole currency units; a cost per decision that does not exist is an empty cell with the
 * reason beside it, never 0.
 */
import type { SimulationSummary } from '$lib/sim/types';
import type { CsvCell } from './csv';
import type { CsvTable } from './resultsCsv';

export function costTable(summary: Pick<SimulationSummary, 'cost'>): CsvTable {
	const c = summary.cost;
	const rows: CsvCell[][] = [
		['item', 'people', 'annual', 'deliveredPerYear', 'perDecision', 'share', 'currency', 'note']
	];
	for (const r of c.headcount)
		rows.push([`headcount.${r.role}`, r.people, r.annual, '', '', '', c.currency, '']);
	rows.push([
		'total',
		c.people,
		c.annual,
		c.deliveredPerYear,
		c.perDecision,
		1,
		c.currency,
		c.reason ?? `on-cost ${c.onCost}`
	]);
	for (const k of c.byKind)
		rows.push([
			`byKind.${k.kind}`,
			'',
			'',
			k.deliveredPerYear,
			k.perDecision,
			k.share,
			c.currency,
			k.reason ?? ''
		]);
	return { id: 'cost', title: 'People and cost a year, and per decision delivered', rows };
}

export function spanTable(summary: Pick<SimulationSummary, 'span'>): CsvTable {
	const rows: CsvCell[][] = [['role', 'count', 'teams', 'people', 'maxTeams']];
	for (const s of summary.span) rows.push([s.role, s.count, s.teams, s.people, s.maxTeams]);
	return { id: 'span', title: 'Span of control: teams and developers per PM, PO or PM/PO', rows };
}
