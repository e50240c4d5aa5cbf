import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/validationArgs';
import {
	LITTLE_SEEDS,
	MG1_LOADS,
	MM1_LOADS,
	MMC_CASES,
	REPLICATIONS,
	TOLERANCE
} from '../../cli/validationCases';
import stored from './validation.json';
import { pageValidationTable, round4, type PageValidationTable } from './validationTable';

const table = stored as PageValidationTable;

describe('the /model page validation table (validation.json)', () => {
	it('holds the cases validate runs today, each through both engines, with its tolerance', () => {
		const cases = [
			...MM1_LOADS.flatMap((load) => [
				['M/M/1', 1, load, 'queue'],
				['M/M/1', 1, load, 'org']
			]),
			...MMC_CASES.flatMap(({ servers, load }) => [
				['M/M/c', servers, load, 'queue'],
				['M/M/c', servers, load, 'org']
			]),
			...MG1_LOADS.map((load) => ['M/G/1', 1, load, 'org'])
		];
		expect(table.queues.map((r) => [r.model, r.servers, r.load, r.engine])).toEqual(cases);
		expect(table.queues.every((r) => r.replications === REPLICATIONS)).toBe(true);
		expect(table.little.map((r) => r.seed)).toEqual(LITTLE_SEEDS);
		expect(table.tolerance).toBe(TOLERANCE);
	});

	it('is consistent: a row passes exactly when both errors are within tolerance', () => {
		for (const r of table.queues.filter((q) => q.model !== 'M/G/1')) {
			expect(r.pass).toBe(r.errorW <= TOLERANCE && r.errorWq <= TOLERANCE);
			expect(r.errorW).toBeCloseTo(Math.abs(r.engineW - r.theoryW) / r.theoryW, 2);
		}
		expect(table.pass).toBe([...table.queues, ...table.little].every((r) => r.pass));
	});

	it('stores every figure to at most four significant figures', () => {
		const numbers = [...table.queues, ...table.little].flatMap((r) =>
			Object.values(r).filter((v): v is number => typeof v === 'number')
		);
		expect(numbers.length).toBeGreaterThan(200);
		for (const n of numbers) if (!Number.isInteger(n)) expect(Number(n.toPrecision(4))).toBe(n);
	});
});

describe('pageValidationTable(report)', () => {
	it('keeps four significant figures and the row order', () => {
		expect(round4(1.428571428)).toBe(1.429);
		expect(round4(0.0034512)).toBe(0.003451);
		const row = {
			kind: 'M/M/c',
			engine: 'org',
			servers: 3,
			load: 0.8,
			replications: 10,
			theoryMeanTimeInSystem: 1.5 + 1e-12,
			meanTimeInSystem: { mean: 1.5123456, halfWidth95: 0.01 },
			timeInSystemError: 0.00823,
			theoryMeanWait: 0.5,
			meanWait: { mean: 0.49, halfWidth95: 0.01 },
			waitError: 0.02,
			pass: true
		};
		const out = pageValidationTable({
			tolerance: 0.05,
			mm1: [],
			mmc: [row],
			mg1: [],
			little: [],
			pass: true
		});
		expect(out.queues).toEqual([
			{
				model: 'M/M/c',
				engine: 'org',
				servers: 3,
				load: 0.8,
				replications: 10,
				theoryW: 1.5,
				engineW: 1.512,
				errorW: 0.00823,
				theoryWq: 0.5,
				engineWq: 0.49,
				errorWq: 0.02,
				pass: true
			}
		]);
	});

	it('validate takes --write-page-table with the whole table only', () => {
		expect(parseArgs(['--write-page-table'])).toEqual({
			mode: 'table',
			json: false,
			writePageTable: true
		});
		expect(() => parseArgs(['--write-page-table', '--servers', '1'])).toThrow(
			'--write-page-table goes with the whole table only'
		);
	});
});
