import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../lib/scenario/index';
import { parseArgs, run, UsageError } from './simulate';

const exec = promisify(execFile);

/** Runs the CLI as a user would; resolves with the exit code instead of throwing. */
async function simulate(...args: string[]) {
	try {
		const { stdout, stderr } = await exec('npx', ['tsx', 'src/cli/simulate.ts', ...args], {
			cwd: process.cwd()
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

/** npm's own warnings (about the user's npmrc) may reach stderr; only our lines matter. */
const ourLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('simulate:'));

describe('parseArgs(argv)', () => {
	it.each([
		{ name: 'nothing', input: [], expected: { link: '', runs: null, json: false, help: false } },
		{
			name: 'a link, runs and json',
			input: ['preset=combined', '--runs', '5', '--json'],
			expected: { link: 'preset=combined', runs: 5, json: true, help: false }
		},
		{
			name: '--runs=N',
			input: ['--runs=12', 'https://example.org/?teams=3'],
			expected: { link: 'https://example.org/?teams=3', runs: 12, json: false, help: false }
		}
	])('$name', ({ input, expected }) => {
		expect(parseArgs(input)).toEqual(expected);
	});

	it.each([
		{
			name: 'an unknown flag',
			input: ['--jsn'],
			expected: 'unknown option --jsn (use --runs N, --json, --help)'
		},
		{
			name: 'runs without a number',
			input: ['--runs'],
			expected: '--runs needs a number, e.g. --runs 20'
		},
		{
			name: 'runs of zero',
			input: ['--runs', '0'],
			expected: '--runs must be a whole number from 1 to 500; got "0"'
		},
		{
			name: 'fractional runs',
			input: ['--runs=2.5'],
			expected: '--runs must be a whole number from 1 to 500; got "2.5"'
		},
		{
			name: 'two links',
			input: ['teams=3', 'teams=4'],
			expected: 'one scenario link only; got a second one "teams=4" (quote the link)'
		}
	])('rejects $name', ({ input, expected }) => {
		expect(() => parseArgs(input)).toThrow(UsageError);
		expect(() => parseArgs(input)).toThrow(expected);
	});
});

describe('run(argv) in process', () => {
	it('prints the readable summary with bottlenecks and gaps', () => {
		const out = run(['preset=po-only']);
		expect(out.code).toBe(0);
		expect(out.stdout).toMatch(/^po-only: 6 teams of 6, model po-only, 26 weeks, seed 1\n/);
		expect(out.stdout).toContain('\nbottlenecks:\n  leadership');
		expect(out.stdout).toContain(
			'  pricing               uncovered  Nobody holds pricing in the PO-only model'
		);
	});

	it('--help prints the usage and exits 0', () => {
		expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^usage: /) });
	});
});

describe('npm run simulate (spawned)', () => {
	it('--json on a preset prints one JSON object with the documented keys', async () => {
		const { code, stdout } = await simulate('preset=startup&weeks=13', '--json');
		expect(code).toBe(0);
		const summary = JSON.parse(stdout);
		expect(summary.scenario).toEqual({ ...presetScenario('startup'), weeks: 13 });
		expect(summary.runs).toBe(1);
		for (const kind of ['roadmap', 'backlog', 'pricing']) {
			const d = summary.decisions[kind];
			expect(Object.keys(d)).toEqual(
				expect.arrayContaining([
					'created',
					'completed',
					'inProgress',
					'throughputPerWeek',
					'wipMean',
					'leadTimeDays'
				])
			);
			expect(d.created).toBe(d.completed + d.inProgress);
			expect(Object.keys(d.leadTimeDays)).toEqual(['mean', 'p50', 'p85', 'p95']);
		}
		expect(summary.decisions.backlog.created).toBeGreaterThan(50);
		expect(summary.roles.map((r: { id: string }) => r.id)).toEqual([
			'pmpo-1',
			'team-1',
			'team-2',
			'stakeholders'
		]);
		for (const role of summary.roles) {
			expect(Object.keys(role)).toEqual(
				expect.arrayContaining(['id', 'kind', 'utilisation', 'queueMean', 'waitCausedDays'])
			);
		}
		expect(summary.bottlenecks[0]).toEqual({
			role: expect.any(String),
			kind: expect.any(String),
			share: expect.any(Number),
			waitDays: expect.any(Number),
			message: expect.any(String)
		});
		expect(Array.isArray(summary.gaps)).toBe(true);
	}, 30_000);

	it('--runs N gives medians with bands', async () => {
		const { code, stdout } = await simulate('preset=scale-up&weeks=13', '--runs', '4', '--json');
		expect(code).toBe(0);
		const summary = JSON.parse(stdout);
		expect(summary.runs).toBe(4);
		expect(summary.seeds).toHaveLength(4);
		expect(summary.decisions.backlog.bands.leadTimeMean.p50).toBe(
			summary.decisions.backlog.leadTimeDays.mean
		);
		expect(summary.topBottleneckShare.p5).toBeLessThanOrEqual(summary.topBottleneckShare.p95);
	}, 30_000);

	it('a bad scenario exits 2 with each message on stderr', async () => {
		const { code, stdout, stderr } = await simulate('preset=combined&teams=999&modle=pm-only');
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(ourLines(stderr)).toEqual([
			'simulate: teams must be between 1 and 200; got "999"; using 8',
			'simulate: Unknown setting "modle" was ignored (did you mean model?)'
		]);
	}, 30_000);

	it('a bad flag exits 2 with a clear message', async () => {
		const { code, stderr } = await simulate('preset=combined', '--runs', 'many');
		expect(code).toBe(2);
		expect(ourLines(stderr)).toEqual([
			'simulate: --runs must be a whole number from 1 to 500; got "many"'
		]);
	}, 30_000);
});
