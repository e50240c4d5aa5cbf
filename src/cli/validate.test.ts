import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimate, littleRow, parseArgs, queueRow, UsageError, validateQueue } from './validate';

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
			json: true,
			servers: 2,
			arrivalRate: 1.5,
			serviceRate: 1,
			customers: 100_000,
			seed: 1
		});
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
			message: "--arrival-rate must be a positive number, got '-0.5'"
		},
		{
			name: 'a non-numeric rate',
			argv: ['--servers', '1', '--arrival-rate', '0.5', '--service-rate', 'fast'],
			message: "--service-rate must be a positive number, got 'fast'"
		},
		{
			name: 'fractional servers',
			argv: ['--servers', '1.5', '--arrival-rate', '0.5', '--service-rate', '1'],
			message: "--servers must be a whole number from 1 to 1,000, got '1.5'"
		},
		{
			name: 'an unknown flag',
			argv: ['--severs', '1'],
			message: 'unknown option --severs'
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

describe('table rows', () => {
	it('queueRow(2, 0.5) compares the engine with Erlang C', async () => {
		const row = await queueRow(2, 0.5, 1, 2, 20_000);
		expect(row.theoryProbabilityOfWait).toBeCloseTo(1 / 3, 12);
		expect(row.theoryMeanTimeInSystem).toBeCloseTo(4 / 3, 12);
		expect(row.timeInSystemError).toBeLessThan(0.05);
		expect(row.meanTimeInSystem.halfWidth95).toBeGreaterThan(0);
	});

	it('littleRow(seed, weeks) reports WIP beside throughput × lead time', async () => {
		const row = await littleRow(1, 26);
		expect(row.completed).toBeGreaterThan(0);
		expect(row.littleWip).toBeCloseTo((row.throughputPerWeek * row.leadTimeDays) / 5, 12);
		expect(row.wipMean).toBeGreaterThan(0);
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
			says: "--service-rate must be a positive number, got '-1'"
		},
		{
			name: 'a non-numeric value',
			args: ['--servers', 'two', '--arrival-rate', '0.5', '--service-rate', '1'],
			says: "--servers must be a whole number from 1 to 1,000, got 'two'"
		},
		{ name: 'an unknown flag', args: ['--verbose'], says: 'unknown option --verbose' }
	];
	let runs: Awaited<ReturnType<typeof validate>>[];
	// All spawns at once: each pays tsx start-up, and they overlap.
	beforeAll(async () => {
		runs = await Promise.all([mm1, ...exit2.map((c) => c.args)].map((a) => validate(...a)));
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
