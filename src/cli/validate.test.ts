import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './validationArgs';
import {
	estimate,
	littleRow,
	mg1Row,
	queueRow,
	validateQueue,
	type LittleRow,
	type Mg1Row,
	type QueueRow
} from './validationChecks';
import { formatValidation } from './validationFormat';

const exec = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';
/** Spawned runs start tsx and load the engine; a shared two-core machine needs the margin. */
const SPAWN_TIMEOUT = 60_000;

/**
 * Runs the CLI as `npx tsx src/cli/validate.ts` does, calling the tsx binary npx would find
 * (npx itself adds seconds of npm start-up per spawn). Resolves with the exit code.
 */
async function validate(...args: string[]) {
	try {
		const { stdout, stderr } = await exec(TSX, ['src/cli/validate.ts', ...args], {
			cwd: process.cwd()
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

/** npm's own warnings (about the user's npmrc) may reach stderr; only our lines matter. */
const ourLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('validate:'));

describe('parseArgs(argv)', () => {
	it('parseArgs([]) selects the table', () => {
		expect(parseArgs([])).toEqual({ mode: 'table', json: false });
		expect(parseArgs(['--json'])).toEqual({ mode: 'table', json: true });
	});

	it('parseArgs reads one queue, with defaults for customers and seed', () => {
		expect(
			parseArgs(['--servers', '2', '--arrival-rate=1.5', '--service-rate', '1', '--json'])
		).toEqual({
			mode: 'queue',
			engine: 'queue',
			json: true,
			servers: 2,
			arrivalRate: 1.5,
			serviceRate: 1,
			customers: 100_000,
			seed: 1
		});
	});

	it('parseArgs reads --engine org for the organisation engine, in either flag form', () => {
		const queue = ['--servers', '3', '--arrival-rate', '2.4', '--service-rate', '1'];
		for (const argv of [
			['--engine', 'org', ...queue],
			[...queue, '--engine=org']
		]) {
			expect(parseArgs(argv)).toMatchObject({ mode: 'queue', engine: 'org', servers: 3 });
		}
		expect(parseArgs(['--engine', 'queue', ...queue])).toMatchObject({ engine: 'queue' });
	});

	const bad = [
		{
			name: 'an unstable queue',
			argv: ['--servers', '1', '--arrival-rate', '1', '--service-rate', '1'],
			message:
				'unstable queue: arrival rate 1 >= 1 server × service rate 1; the queue grows without end, so theory has no steady state to compare'
		},
		{
			name: 'a negative rate',
			argv: ['--servers', '1', '--arrival-rate', '-0.5', '--service-rate', '1'],
			message: '--arrival-rate must be a positive number, got "-0.5"'
		},
		{
			name: 'a non-numeric rate',
			argv: ['--servers', '1', '--arrival-rate', '0.5', '--service-rate', 'fast'],
			message: '--service-rate must be a positive number, got "fast"'
		},
		{
			name: 'fractional servers',
			argv: ['--servers', '1.5', '--arrival-rate', '0.5', '--service-rate', '1'],
			message: '--servers must be a whole number from 1 to 1,000, got "1.5"'
		},
		{
			name: 'an unknown flag',
			argv: ['--severs', '1'],
			message: 'unknown option "--severs"'
		},
		{
			name: 'a 10,000-character argument, quoted as a short excerpt',
			argv: ['x'.repeat(10_000)],
			message: `unexpected argument "${'x'.repeat(40)}…" (10,000 characters)`
		},
		{
			name: 'a missing value',
			argv: ['--servers', '1', '--arrival-rate', '0.5', '--service-rate'],
			message: '--service-rate needs a value'
		},
		{
			name: 'a partial queue',
			argv: ['--servers', '1'],
			message: 'a single queue needs --arrival-rate, --service-rate as well'
		},
		{
			name: 'an unknown engine',
			argv: ['--engine', 'simpy', '--servers', '1', '--arrival-rate', '0.5', '--service-rate', '1'],
			message: '--engine must be queue or org, got "simpy"'
		},
		{
			name: 'an engine without a queue',
			argv: ['--engine', 'org'],
			message: 'a single queue needs --servers, --arrival-rate, --service-rate as well'
		},
		{
			name: 'an organisation run longer than a million weeks',
			argv: [
				...['--engine', 'org', '--servers', '1', '--arrival-rate', '0.001'],
				...['--service-rate', '1', '--customers', '10000']
			],
			message:
				'--engine org would run 2,000,000 weeks for 10,000 customers at 0.001 a day, ' +
				'more than 1,000,000; lower --customers or raise --arrival-rate'
		}
	];
	for (const { name, argv, message } of bad) {
		it(`parseArgs rejects ${name}`, () => {
			expect(() => parseArgs(argv)).toThrow(UsageError);
			expect(() => parseArgs(argv)).toThrow(message);
		});
	}
});

describe('estimate(values)', () => {
	it('gives the mean and the Student-t 95% half-width', () => {
		// Sample sd of [1, 2, 3] is 1; t(2) = 4.303; half-width 4.303/√3.
		const { mean, halfWidth95 } = estimate([1, 2, 3]);
		expect(mean).toBe(2);
		expect(halfWidth95).toBeCloseTo(4.303 / Math.sqrt(3), 6);
	});
});

describe('validateQueue(args)', () => {
	it('runs an M/M/3 queue through the engine and matches Erlang C', async () => {
		const out = await validateQueue({
			servers: 3,
			arrivalRate: 2.4,
			serviceRate: 1,
			customers: 200_000,
			seed: 1
		});
		// C(3, 2.4) = 0.6472; W = C/(cμ − λ) + 1/μ.
		expect(out.theoryMeanTimeInSystem).toBeCloseTo(1 + 0.6472 / 0.6, 3);
		expect(out.relativeError).toBeLessThan(0.03);
		expect(out.events).toBe(400_000);
	});
});

describe('validateQueue(args, "org")', () => {
	it(
		'runs an M/M/3 queue through the organisation engine and matches Erlang C, in days',
		async () => {
			const args = { servers: 3, arrivalRate: 2.4, serviceRate: 1, customers: 100_000, seed: 1 };
			const org = await validateQueue(args, 'org');
			const queue = await validateQueue({ ...args, customers: 1_000 });
			// The same report as the queue engine's, key for key.
			expect(Object.keys(org)).toEqual(Object.keys(queue));
			expect(org).toMatchObject(args);
			expect(org.theoryMeanTimeInSystem).toBeCloseTo(1 + 0.6472 / 0.6, 3);
			expect(org.relativeError).toBeLessThan(0.03);
			expect(Math.abs(org.meanWait - org.theoryMeanWait) / org.theoryMeanWait).toBeLessThan(0.05);
			expect(org.utilisation).toBeCloseTo(0.8, 2);
			expect(org.throughput).toBeCloseTo(2.4, 1);
			// Two events an item (arrival, end of development) and two a week (week, sprint).
			expect(org.events).toBeGreaterThan(200_000);
			expect(org.events).toBeLessThan(250_000);
		},
		SPAWN_TIMEOUT
	);
});

describe('table rows', () => {
	let queue: QueueRow;
	let org: QueueRow;
	let mg1: Mg1Row;
	let little: LittleRow;
	beforeAll(async () => {
		queue = await queueRow(2, 0.5, 1, 2, 20_000);
		org = await queueRow(2, 0.5, 1, 2, 20_000, 'org');
		mg1 = await mg1Row(0.5, 1, 2, 20_000);
		little = await littleRow(1, 26);
	}, SPAWN_TIMEOUT);

	it('queueRow(2, 0.5) compares the engine with Erlang C', () => {
		expect(queue.engine).toBe('queue');
		expect(queue.theoryProbabilityOfWait).toBeCloseTo(1 / 3, 12);
		expect(queue.theoryMeanTimeInSystem).toBeCloseTo(4 / 3, 12);
		expect(queue.timeInSystemError).toBeLessThan(0.05);
		expect(queue.meanTimeInSystem.halfWidth95).toBeGreaterThan(0);
		expect(queue.completed).toBe(40_000);
	});

	it('queueRow(2, 0.5, ..., "org") compares the organisation engine with Erlang C', () => {
		expect(org).toMatchObject({ kind: 'M/M/c', engine: 'org', servers: 2, arrivalRate: 1 });
		expect(org.theoryMeanTimeInSystem).toBe(queue.theoryMeanTimeInSystem);
		expect(org.timeInSystemError).toBeLessThan(0.05);
		expect(org.waitError).toBeLessThan(0.1);
		// Poisson arrivals over a horizon meant for 20,000 each: about 40,000 in all.
		expect(org.completed).toBeGreaterThan(39_000);
		expect(org.completed).toBeLessThan(41_000);
	});

	it('mg1Row(0.5) compares one PM with Pollaczek–Khinchine and checks deciding never waits', () => {
		expect(mg1).toMatchObject({ kind: 'M/G/1', engine: 'org', load: 0.5, decideWait: 0 });
		// λ = 0.5/1.25 an hour = 3.2 a day; E[S] = 1.25 h, E[S²] = 2.625 h², in days.
		expect(mg1.arrivalRate).toBeCloseTo(3.2, 12);
		expect(mg1.meanService).toBeCloseTo(1.25 / 8, 12);
		expect(mg1.serviceSecondMoment).toBeCloseTo(2.625 / 64, 12);
		expect(mg1.theoryMeanTimeInSystem).toBeCloseTo(0.2875, 12);
		expect(mg1.theoryMeanWait).toBeCloseTo(0.13125, 12);
		expect(mg1.timeInSystemError).toBeLessThan(0.05);
		expect(mg1.waitError).toBeLessThan(0.1);
		expect(mg1.completed).toBeGreaterThan(39_000);
	});

	it('littleRow(seed, weeks) reports WIP beside throughput × lead time', () => {
		expect(little.completed).toBeGreaterThan(0);
		expect(little.littleWip).toBeCloseTo((little.throughputPerWeek * little.leadTimeDays) / 5, 12);
		expect(little.wipMean).toBeGreaterThan(0);
	});

	it('formatValidation prints both engines per case and the M/G/1 rows', () => {
		const text = formatValidation({
			tolerance: 0.05,
			mm1: [],
			mmc: [queue, org],
			mg1: [mg1],
			little: [little],
			pass: true,
			elapsedMs: 1234
		});
		const lines = text.split('\n');
		expect(lines.filter((l) => /^2 {2}0\.50 {2}1\.00 +(queue|org) +1-2 /.test(l))).toHaveLength(2);
		expect(text).toContain('M/G/1 through runSimulation: one Product Manager');
		expect(lines.some((l) => /^0\.50 +3\.200 +1-2 .* 0\.0000 +(PASS|FAIL)$/.test(l))).toBe(true);
		expect(text).toMatch(/\d+ of 4 checks pass \(tolerance 5\.00%\), 1\.2 s\.$/);
	});
});

describe('npx tsx src/cli/validate.ts', () => {
	const mm1 = [
		...['--servers', '1', '--arrival-rate', '0.5', '--service-rate', '1'],
		...['--customers', '200000', '--seed', '7', '--json']
	];
	const exit2 = [
		{
			name: 'an unstable queue',
			args: ['--servers', '2', '--arrival-rate', '3', '--service-rate', '1'],
			says: 'unstable queue: arrival rate 3 >= 2 servers × service rate 1'
		},
		{
			name: 'a negative rate',
			args: ['--servers', '1', '--arrival-rate', '0.5', '--service-rate', '-1'],
			says: '--service-rate must be a positive number, got "-1"'
		},
		{
			name: 'a non-numeric value',
			args: ['--servers', 'two', '--arrival-rate', '0.5', '--service-rate', '1'],
			says: '--servers must be a whole number from 1 to 1,000, got "two"'
		},
		{ name: 'an unknown flag', args: ['--verbose'], says: 'unknown option "--verbose"' }
	];
	const org = [
		...['--engine', 'org', '--servers', '3', '--arrival-rate', '2.4', '--service-rate', '1'],
		'--json'
	];
	exit2.push({
		name: 'an unknown engine',
		args: ['--engine', 'fast', '--servers', '1', '--arrival-rate', '0.5', '--service-rate', '1'],
		says: '--engine must be queue or org, got "fast"'
	});
	let runs: Awaited<ReturnType<typeof validate>>[];
	let orgRun: Awaited<ReturnType<typeof validate>>;
	// All spawns at once: each pays tsx start-up, and they overlap.
	beforeAll(async () => {
		[orgRun, ...runs] = await Promise.all(
			[org, mm1, ...exit2.map((c) => c.args)].map((a) => validate(...a))
		);
	}, SPAWN_TIMEOUT);

	it('--json on one M/M/1 queue prints the engine beside theory', () => {
		const { code, stdout } = runs[0];
		expect(code).toBe(0);
		const out = JSON.parse(stdout);
		expect(out).toMatchObject({
			servers: 1,
			arrivalRate: 0.5,
			serviceRate: 1,
			customers: 200000,
			theoryMeanTimeInSystem: 2
		});
		expect(out.meanTimeInSystem).toBeGreaterThan(1.9);
		expect(out.meanTimeInSystem).toBeLessThan(2.1);
		expect(out.meanWait).toBeCloseTo(out.meanTimeInSystem - 1, 1);
		expect(out.relativeError).toBeLessThan(0.03);
		expect(out.relativeError).toBeCloseTo(Math.abs(out.meanTimeInSystem - 2) / 2, 12);
	});

	it('--engine org --json prints the single-queue keys for the organisation engine', () => {
		const { code, stdout } = orgRun;
		expect(code).toBe(0);
		const out = JSON.parse(stdout);
		expect(Object.keys(out)).toEqual([
			'servers',
			'arrivalRate',
			'serviceRate',
			'customers',
			'seed',
			'meanTimeInSystem',
			'meanWait',
			'theoryMeanTimeInSystem',
			'theoryMeanWait',
			'relativeError',
			'utilisation',
			'throughput',
			'events'
		]);
		expect(out).toMatchObject({ servers: 3, arrivalRate: 2.4, customers: 100000, seed: 1 });
		// Erlang C: W = 1 + C(3, 2.4)/0.6 = 2.0787 days.
		expect(out.theoryMeanTimeInSystem).toBeCloseTo(2.0787, 4);
		expect(out.relativeError).toBeLessThan(0.03);
	});

	exit2.forEach(({ name, says }, i) => {
		it(`exits with code 2 and one message on stderr for ${name}`, () => {
			const { code, stdout, stderr } = runs[1 + i];
			expect(code).toBe(2);
			expect(stdout).toBe('');
			const lines = ourLines(stderr);
			expect(lines).toHaveLength(1);
			expect(lines[0]).toContain(says);
		});
	});
});
