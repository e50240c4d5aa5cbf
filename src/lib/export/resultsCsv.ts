/**
 * The results as CSV, one table per concern, so each opens as a clean sheet: decisions, roles,
 * bottlenecks, gaps, the coverage matrix, and the weekly series. Column names follow the CLI's
 * JSON keys (`leadTimeDays.p85`, `waitCausedDays`), so a figure can be traced from the screen to
 * the CLI to the sheet by one name.
 */
import {
	DECISION_KINDS,
	RESPONSIBILITIES,
	ROLE_KINDS,
	type SimulationResult
} from '$lib/sim/types';
import { toCsv, type CsvCell } from './csv';

export interface CsvTable {
	/** File-name part: `decisions`, `roles`. */
	id: string;
	title: string;
	rows: CsvCell[][];
}

export function decisionsTable(result: SimulationResult): CsvTable {
	const rows: CsvCell[][] = [
		[
			'kind',
			'created',
			'completed',
			'inProgress',
			'throughputPerWeek',
			'wipMean',
			'leadTimeDays.mean',
			'leadTimeDays.p50',
			'leadTimeDays.p85',
			'leadTimeDays.p95'
		]
	];
	for (const kind of DECISION_KINDS) {
		const d = result.decisions[kind];
		rows.push([
			kind,
			d.created,
			d.completed,
			d.inProgress,
			d.throughputPerWeek,
			d.wipMean,
			d.leadTimeDays.mean,
			d.leadTimeDays.p50,
			d.leadTimeDays.p85,
			d.leadTimeDays.p95
		]);
	}
	return { id: 'decisions', title: 'Decisions by kind (lead times in working days)', rows };
}

export function waitSharesTable(result: SimulationResult): CsvTable {
	const rows: CsvCell[][] = [['kind', ...ROLE_KINDS.map((r) => `waitShareByRole.${r}`)]];
	for (const kind of DECISION_KINDS) {
		const shares = result.decisions[kind].waitShareByRole;
		rows.push([kind, ...ROLE_KINDS.map((r) => shares[r] ?? 0)]);
	}
	return { id: 'wait-shares', title: 'Share of lead time spent waiting on each role kind', rows };
}

export function rolesTable(result: SimulationResult): CsvTable {
	const rows: CsvCell[][] = [
		[
			'id',
			'kind',
			'label',
			'teams',
			'servers',
			'productiveHoursPerWeek',
			'utilisation',
			'load',
			'queueMean',
			'waitCausedDays'
		]
	];
	for (const r of result.roles) {
		rows.push([
			r.id,
			r.kind,
			r.label,
			r.teams.join(' '),
			r.servers,
			r.productiveHoursPerWeek,
			r.utilisation,
			r.load,
			r.queueMean,
			r.waitCausedDays
		]);
	}
	return { id: 'roles', title: 'Roles: load, queues and the waiting they cause', rows };
}

export function bottlenecksTable(result: SimulationResult): CsvTable {
	const rows: CsvCell[][] = [['rank', 'role', 'kind', 'share', 'waitDays', 'message']];
	result.bottlenecks.forEach((b, i) =>
		rows.push([i + 1, b.role, b.kind, b.share, b.waitDays, b.message])
	);
	return { id: 'bottlenecks', title: 'Bottlenecks, largest first', rows };
}

export function gapsTable(result: SimulationResult): CsvTable {
	const rows: CsvCell[][] = [['responsibility', 'kind', 'absorbedBy', 'message']];
	for (const g of result.gaps) rows.push([g.responsibility, g.kind, g.absorbedBy ?? '', g.message]);
	return { id: 'gaps', title: 'Gaps: responsibilities nobody really holds', rows };
}

export function coverageTable(result: SimulationResult): CsvTable {
	const rows: CsvCell[][] = [['responsibility', ...ROLE_KINDS]];
	const cell = new Map(result.coverage.map((c) => [`${c.responsibility}|${c.role}`, c.coverage]));
	for (const responsibility of RESPONSIBILITIES) {
		rows.push([
			responsibility,
			...ROLE_KINDS.map((role) => cell.get(`${responsibility}|${role}`) ?? 'none')
		]);
	}
	return { id: 'coverage', title: 'Coverage matrix: responsibility × role kind', rows };
}

export function roleWeeksTable(result: SimulationResult): CsvTable {
	const rows: CsvCell[][] = [['role', 'week', 'utilisation', 'queue']];
	for (const r of result.roles) {
		const weeks = Math.max(r.utilisationByWeek.length, r.queueByWeek.length);
		for (let w = 0; w < weeks; w++) {
			rows.push([r.id, w + 1, r.utilisationByWeek[w], r.queueByWeek[w]]);
		}
	}
	return { id: 'role-weeks', title: 'Each role, week by week', rows };
}

export function decisionWeeksTable(result: SimulationResult): CsvTable {
	const rows: CsvCell[][] = [['kind', 'week', 'created', 'completed']];
	for (const kind of DECISION_KINDS) {
		const d = result.decisions[kind];
		const weeks = Math.max(d.createdByWeek.length, d.completedByWeek.length);
		for (let w = 0; w < weeks; w++)
			rows.push([kind, w + 1, d.createdByWeek[w], d.completedByWeek[w]]);
	}
	return { id: 'decision-weeks', title: 'Decisions created and completed per week', rows };
}

/** Every table, in the order the export menu lists them. */
export function resultsCsvTables(result: SimulationResult): CsvTable[] {
	return [
		decisionsTable(result),
		rolesTable(result),
		bottlenecksTable(result),
		gapsTable(result),
		coverageTable(result),
		waitSharesTable(result),
		roleWeeksTable(result),
		decisionWeeksTable(result)
	];
}

export function tableCsv(table: CsvTable): string {
	return toCsv(table.rows);
}
