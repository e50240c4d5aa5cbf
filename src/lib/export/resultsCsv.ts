/**
 * The results as CSV, one table per concern, so each opens as a clean sheet: the verdict,
 * decisions, roles, bottlenecks, where the waiting went, gaps, the coverage matrix, time by step
 * and the weekly series. Column names follow the CLI's JSON keys (`leadTimeDays.p85`,
 * `waitCausedDays`), so a figure can be traced from the screen to the CLI to the sheet by one
 * name. A lead time that does not exist (nothing finished, or too much still open to estimate)
 * is an empty cell, never 0; `open.count` and `open.oldestDays` beside it say what is known.
 */
import {
	DECISION_KINDS,
	RESPONSIBILITIES,
	ROLE_KINDS,
	type RoleDemandFigure,
	type SimulationResult,
	type SimulationSummary
} from '$lib/sim/types';
import { SIMULATED_RESPONSIBILITIES } from '$lib/sim';
import { toCsv, type CsvCell } from './csv';

export interface CsvTable {
	/** File-name part: `decisions`, `roles`. */
	id: string;
	title: string;
	rows: CsvCell[][];
}

export function verdictTable(result: SimulationResult): CsvTable {
	const v = result.verdict;
	const ids = (figures: RoleDemandFigure[]) => figures.map((f) => f.role).join(' ');
	return {
		id: 'verdict',
		title: 'Verdict: can the organisation carry its work',
		rows: [
			['status', 'message', 'busiest', 'busiestLoad', 'overloaded', 'strained'],
			[
				v.status,
				v.message,
				v.busiest?.role ?? '',
				v.busiest?.load,
				ids(v.overloaded),
				ids(v.strained)
			]
		]
	};
}

/** The decision figures a table reads: one run's, or the medians over runs (the CLI's summary). */
type DecisionFigures = Pick<SimulationResult | SimulationSummary, 'decisions'> & { runs?: number };

/**
 * One row per kind. From the CLI's summary of several runs every figure is the median over the
 * runs, the headline figure on every screen; from one run, that run's figures.
 */
export function decisionsTable(result: DecisionFigures): CsvTable {
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
			'leadTimeDays.p95',
			'open.count',
			'open.oldestDays'
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
			d.leadTimeDays.p95,
			d.open.count,
			d.open.oldestDays
		]);
	}
	const runs = result.runs ?? 1;
	const over = runs > 1 ? `, median of ${runs} runs` : '';
	return { id: 'decisions', title: `Decisions by kind (lead times in working days${over})`, rows };
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
			'measuredLoad',
			'offeredHoursPerWeek',
			'demandHoursPerWeek',
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
			r.measuredLoad,
			r.offeredHoursPerWeek,
			r.demandHoursPerWeek,
			r.queueMean,
			r.waitCausedDays
		]);
	}
	return { id: 'roles', title: 'Roles: load, queues and the waiting they cause', rows };
}

/** Findings over the runs (the CLI's summary, what the page's insights read) or of one run. */
type Findings = Pick<SimulationResult | SimulationSummary, 'bottlenecks' | 'waiting' | 'gaps'>;

export function bottlenecksTable(result: Findings): CsvTable {
	const rows: CsvCell[][] = [['rank', 'role', 'kind', 'share', 'waitDays', 'message']];
	result.bottlenecks.forEach((b, i) =>
		rows.push([i + 1, b.role, b.kind, b.share, b.waitDays, b.message])
	);
	return { id: 'bottlenecks', title: 'Bottlenecks, largest first', rows };
}

export function waitingTable(result: Findings): CsvTable {
	const w = result.waiting;
	return {
		id: 'waiting',
		title: 'Where finished decisions waited, as shares of their lead time',
		rows: [
			['shareOfLeadTime', 'sprintShare', 'stakeholderShare', 'queueShare', 'message'],
			[w.shareOfLeadTime, w.sprintShare, w.stakeholderShare, w.queueShare, w.message]
		]
	};
}

export function stepsTable(result: DecisionFigures): CsvTable {
	const rows: CsvCell[][] = [['kind', 'state', 'meanWaitDays', 'meanWorkDays']];
	for (const kind of DECISION_KINDS) {
		for (const s of result.decisions[kind].steps) {
			rows.push([kind, s.state, s.meanWaitDays, s.meanWorkDays]);
		}
	}
	return {
		id: 'steps',
		title: 'Days per finished decision in each step, waiting and worked',
		rows
	};
}

export function gapsTable(result: Findings): CsvTable {
	const rows: CsvCell[][] = [['responsibility', 'kind', 'absorbedBy', 'message']];
	for (const g of result.gaps) rows.push([g.responsibility, g.kind, g.absorbedBy ?? '', g.message]);
	return { id: 'gaps', title: 'Gaps: responsibilities nobody really holds', rows };
}

/** The matrix, and whether the engine simulates each responsibility's work (only then can it be a gap). */
export function coverageTable(result: SimulationResult): CsvTable {
	const rows: CsvCell[][] = [['responsibility', 'simulated', ...ROLE_KINDS]];
	const cell = new Map(result.coverage.map((c) => [`${c.responsibility}|${c.role}`, c.coverage]));
	for (const responsibility of RESPONSIBILITIES) {
		rows.push([
			responsibility,
			SIMULATED_RESPONSIBILITIES.includes(responsibility),
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

/**
 * Hidden work as the page's hidden-work view shows it: hours a week by role kind, then the
 * questions, decisions by default and rework behind them (over the runs, each the median).
 */
export function hiddenWorkTable(result: Pick<SimulationResult | SimulationSummary, 'hiddenWork'>) {
	const h = result.hiddenWork;
	const rows: CsvCell[][] = [
		['figure', 'roleKind', 'value'],
		['coordinationHours', 'all', h.coordinationHours],
		['reworkHours', 'all', h.reworkHours],
		['decisionWaitHours', 'all', h.decisionWaitHours]
	];
	for (const r of h.byRole) {
		rows.push(['coordinationHours', r.kind, r.coordinationHours]);
		rows.push(['reworkHours', r.kind, r.reworkHours]);
		rows.push(['decisionWaitHours', r.kind, r.decisionWaitHours]);
	}
	for (const [kind, counts] of Object.entries(h.exceptions)) {
		for (const [key, value] of Object.entries(counts)) rows.push([`${kind}.${key}`, '', value]);
	}
	rows.push(
		['defaultRate', '', h.defaultRate],
		['reviews', '', h.reviews],
		['reworkPasses', '', h.reworkPasses],
		['reworkRate', '', h.reworkRate],
		['alignmentWaitDays', 'leadership', h.alignmentWaitDays]
	);
	const table: CsvTable = {
		id: 'hidden-work',
		title: 'Hidden work: hours a week no plan shows, and the questions and rework behind them',
		rows
	};
	return table;
}

/**
 * Every table, in the order the export menu lists them. With the CLI's summary of the runs, the
 * decisions, bottlenecks, waiting, gaps, time by step and hidden work are its medians over the
 * runs, as the page shows them; the roles, coverage and weekly series describe the first run,
 * which the page's charts draw.
 */
export function resultsCsvTables(
	result: SimulationResult,
	summary: SimulationSummary | null = null
): CsvTable[] {
	return [
		verdictTable(result),
		decisionsTable(summary ?? result),
		rolesTable(result),
		bottlenecksTable(summary ?? result),
		waitingTable(summary ?? result),
		gapsTable(summary ?? result),
		coverageTable(result),
		stepsTable(summary ?? result),
		hiddenWorkTable(summary ?? result),
		waitSharesTable(result),
		roleWeeksTable(result),
		decisionWeeksTable(result)
	];
}

export function tableCsv(table: CsvTable): string {
	return toCsv(table.rows);
}
