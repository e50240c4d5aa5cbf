import { describe, expect, it } from 'vitest';
import type { RoleDemandFigure, SimulationResult } from '$lib/sim/types';
import { fakeResult } from '$lib/whatif/testing/fakeResult';
import { parseCsv } from './csv';
import {
	bottlenecksTable,
	coverageTable,
	decisionsTable,
	gapsTable,
	resultsCsvTables,
	roleWeeksTable,
	rolesTable,
	stepsTable,
	tableCsv,
	verdictTable,
	waitingTable
} from './resultsCsv';

function sample(): SimulationResult {
	const result = fakeResult(2, {
		backlog: { created: 40, completed: 36, wipMean: 6, leadTimeMean: 4.25 },
		roadmap: { created: 3, completed: 2, wipMean: 1.5, leadTimeMean: 9.5 },
		pricing: { created: 1, completed: 0, wipMean: 0.5, oldestOpenDays: 12.5 }
	});
	result.roles = [
		{
			id: 'po-1',
			kind: 'po',
			label: 'PO 1',
			teams: [1, 2],
			servers: 1,
			productiveHoursPerWeek: 35,
			utilisation: 0.97,
			load: 1.254,
			measuredLoad: 1.28,
			offeredHoursPerWeek: 44.8,
			demandHoursPerWeek: 43.9,
			queueMean: 6.5,
			waitCausedDays: 41.5,
			utilisationByWeek: [0.95, 0.99],
			queueByWeek: [5, 8]
		}
	];
	result.bottlenecks = [
		{
			role: 'po-1',
			kind: 'po',
			share: 0.46,
			waitDays: 41.5,
			figures: { load: 1.28 },
			message: '=PO 1 is at 128% load, "busy"'
		}
	];
	result.gaps = [
		{
			responsibility: 'pricing',
			kind: 'uncovered',
			absorbedBy: 'leadership',
			figures: {},
			message: 'Nobody owns pricing'
		},
		{
			responsibility: 'market-research',
			kind: 'uncovered',
			figures: {},
			message: '-nobody researches'
		}
	];
	result.decisions.backlog.steps = [
		{ state: 'refining', meanWaitDays: 1.8, meanWorkDays: 0.3 },
		{ state: 'inDevelopment', meanWaitDays: 2.5, meanWorkDays: 3.4 }
	];
	const po: RoleDemandFigure = {
		role: 'po-1',
		kind: 'po',
		label: 'PO 1',
		demandHoursPerWeek: 43.9,
		capacityHoursPerWeek: 35,
		load: 1.254,
		decisionsPerWeek: 20,
		queueGrowthPerWeek: 4.05,
		pilesUp: ['refinement']
	};
	result.verdict = {
		status: 'overloaded',
		overloaded: [po],
		strained: [],
		busiest: po,
		message: 'Overloaded: PO 1 has 44 h of work a week for 35 h.'
	};
	result.coverage = [
		{ responsibility: 'pricing', role: 'leadership', coverage: 'uncovered' },
		{ responsibility: 'backlog-ordering', role: 'po', coverage: 'covered' }
	];
	return result;
}

describe('results as CSV tables', () => {
	it('decisionsTable has one row per kind with the CLI’s keys', () => {
		const rows = decisionsTable(sample()).rows;
		expect(rows[0]).toEqual([
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
		]);
		expect(rows.slice(1)).toEqual([
			['roadmap', 3, 2, 1, 1, 1.5, 9.5, 9.5, 14.25, 19, 1, 19],
			['backlog', 40, 36, 4, 18, 6, 4.25, 4.25, 6.375, 8.5, 4, 8.5],
			['pricing', 1, 0, 1, 0, 0.5, null, null, null, null, 1, 12.5]
		]);
	});

	it('writes a lead time that does not exist as an empty cell, not 0', () => {
		const pricing = parseCsv(tableCsv(decisionsTable(sample()))).find((r) => r[0] === 'pricing');
		expect(pricing).toEqual(['pricing', '1', '0', '1', '0', '0.5', '', '', '', '', '1', '12.5']);
	});

	it('verdictTable names the status, the sentence and the roles it is about', () => {
		expect(verdictTable(sample()).rows).toEqual([
			['status', 'message', 'busiest', 'busiestLoad', 'overloaded', 'strained'],
			[
				'overloaded',
				'Overloaded: PO 1 has 44 h of work a week for 35 h.',
				'po-1',
				1.254,
				'po-1',
				''
			]
		]);
	});

	it('waitingTable and stepsTable hold where the time went', () => {
		expect(waitingTable(sample()).rows[1]).toEqual([
			0,
			0,
			0,
			0,
			'No bottleneck: no role is above 85% load.'
		]);
		expect(stepsTable(sample()).rows).toEqual([
			['kind', 'state', 'meanWaitDays', 'meanWorkDays'],
			['backlog', 'refining', 1.8, 0.3],
			['backlog', 'inDevelopment', 2.5, 3.4]
		]);
	});

	it('rolesTable lists each role with its teams', () => {
		expect(rolesTable(sample()).rows[1]).toEqual([
			'po-1',
			'po',
			'PO 1',
			'1 2',
			1,
			35,
			0.97,
			1.254,
			1.28,
			44.8,
			43.9,
			6.5,
			41.5
		]);
	});

	it('defuses formula-like messages and quotes commas in the written file', () => {
		const text = tableCsv(bottlenecksTable(sample()));
		expect(text).toBe(
			'rank,role,kind,share,waitDays,message\r\n1,po-1,po,0.46,41.5,"\'=PO 1 is at 128% load, ""busy"""\r\n'
		);
		expect(parseCsv(tableCsv(gapsTable(sample())))).toEqual([
			['responsibility', 'kind', 'absorbedBy', 'message'],
			['pricing', 'uncovered', 'leadership', 'Nobody owns pricing'],
			['market-research', 'uncovered', '', "'-nobody researches"]
		]);
	});

	it('coverageTable is the full responsibility × role matrix', () => {
		const rows = coverageTable(sample()).rows;
		expect(rows[0]).toEqual([
			'responsibility',
			'simulated',
			'pm',
			'po',
			'pmpo',
			'team',
			'leadership',
			'stakeholders'
		]);
		expect(rows).toHaveLength(12);
		expect(rows.find((r) => r[0] === 'pricing')).toEqual([
			'pricing',
			true,
			'none',
			'none',
			'none',
			'none',
			'uncovered',
			'none'
		]);
		expect(rows.find((r) => r[0] === 'backlog-ordering')?.[3]).toBe('covered');
		// No step of the flows costs anyone hours for vision and strategy: never a gap.
		expect(rows.find((r) => r[0] === 'vision-strategy')?.[1]).toBe(false);
	});

	it('roleWeeksTable is long: one row per role and week', () => {
		expect(roleWeeksTable(sample()).rows).toEqual([
			['role', 'week', 'utilisation', 'queue'],
			['po-1', 1, 0.95, 5],
			['po-1', 2, 0.99, 8]
		]);
	});

	it('resultsCsvTables gives every concern once', () => {
		expect(resultsCsvTables(sample()).map((t) => t.id)).toEqual([
			'verdict',
			'decisions',
			'roles',
			'bottlenecks',
			'waiting',
			'gaps',
			'coverage',
			'steps',
			'hidden-work',
			'wait-shares',
			'role-weeks',
			'decision-weeks'
		]);
	});
});
