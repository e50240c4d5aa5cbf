import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../lib/scenario/index';
import { heavyNotice, parseArgs, run, UsageError } from './simulate';
import { parseScenarioParams } from '../lib/scenario/index';

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
		expect(out.stdout).toMatch(
			/^po-only: 6 teams of 6, model po-only, 26 weeks, seed 1\n\nOverloaded: Leadership has 68 h of work a week/
		);
		expect(out.stdout).toMatch(
			/\npricing +\d+ +0 +\d+ .* none finished {2}\(oldest open \d+\.\d days\)\n/
		);
		expect(out.stdout).toContain('\nbottlenecks:\n  leadership');
		expect(out.stdout).toContain(
			'  pricing               uncovered  Nobody holds pricing in the PO-only model'
		);
	});

	it('prints a line per function: leadership at its bottleneck figure, the leaders apart', () => {
		const { stdout } = run(['preset=po-only']);
		const figure = (line: RegExp) => stdout.match(line)?.slice(1);
		// mean busy, mean load
		const leadership = figure(/\n {2}Leadership \(PM work\) +(\d+%) +(\d+%)/);
		const leaders = figure(/\n {2}Leaders \(alignment and approval\) +(\d+%) +(\d+%)/);
		expect(leadership?.[1]).toBe('854%');
		expect(stdout).toContain(`  leadership     59% of waiting  Leadership is at 854% load`);
		expect(leaders?.[1]).toBe('1%');
		expect(stdout).toMatch(/\n {2}Product Owners \(6\) +\d+% +34%/);
		expect(stdout).not.toContain('Leadership (2)');
	});

	it('--json adds cost and span of control; the text prints them in two lines', () => {
		const summary = JSON.parse(run(['preset=scale-up&pmSalary=160000', '--json']).stdout);
		expect(Object.keys(summary.cost)).toEqual([
			'currency',
			'onCost',
			'headcount',
			'people',
			'annual',
			'deliveredPerYear',
			'perDecision',
			'byKind'
		]);
		// 3 × 160,000 × 1.3 + 8 × 130,000 × 1.3 + 48 × 132,270 × 1.3 = 624,000 + 1,352,000 + 8,253,648
		expect(summary.cost.annual).toBe(10_229_648);
		expect(summary.cost.currency).toBe('USD');
		const delivered =
			52 *
			(summary.decisions.roadmap.throughputPerWeek +
				summary.decisions.backlog.throughputPerWeek +
				summary.decisions.pricing.throughputPerWeek);
		expect(summary.cost.perDecision).toBe(Math.round(10_229_648 / delivered));
		expect(summary.cost.byKind.map((k: { kind: string }) => k.kind)).toEqual([
			'roadmap',
			'backlog',
			'pricing'
		]);
		expect(summary.span).toEqual([
			{ role: 'pm', count: 3, teams: 2.7, people: 16, maxTeams: 3 },
			{ role: 'po', count: 8, teams: 1, people: 6, maxTeams: 1 }
		]);
		const text = run(['preset=scale-up&pmSalary=160000']).stdout;
		expect(text).toContain(
			'\ncost: 3 PMs, 8 POs, 48 developers: $10,229,648 a year (on-cost ×1.3); $'
		);
		expect(text).toContain(
			'\nspan of control, per person: PM 2.7 teams, 16 developers; PO 1 team, 6 developers\n'
		);
	});

	it('--help prints the usage and exits 0', () => {
		expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^usage: /) });
	});
});

describe('npm run simulate (spawned)', () => {
	it('--json on a preset prints one JSON object with the documented keys', async () => {
		const { code, stdout } = await simulate('preset=po-only&weeks=13', '--json');
		expect(code).toBe(0);
		const summary = JSON.parse(stdout);
		expect(summary.scenario).toEqual({ ...presetScenario('po-only'), weeks: 13 });
		expect(summary.runs).toBe(1);
		expect(summary.verdict).toMatchObject({
			status: 'overloaded',
			overloaded: [
				{
					role: 'leadership',
					kind: 'leadership',
					demandHoursPerWeek: expect.any(Number),
					capacityHoursPerWeek: 8,
					queueGrowthPerWeek: expect.any(Number)
				}
			],
			message: expect.stringMatching(/^Overloaded: Leadership has /)
		});
		for (const kind of ['roadmap', 'backlog', 'pricing']) {
			const d = summary.decisions[kind];
			expect(Object.keys(d)).toEqual(
				expect.arrayContaining([
					'created',
					'completed',
					'inProgress',
					'throughputPerWeek',
					'wipMean',
					'leadTimeDays',
					'open',
					'steps'
				])
			);
			expect(d.created).toBe(d.completed + d.inProgress);
			expect(d.open.count).toBe(d.inProgress);
			expect(Object.keys(d.leadTimeDays)).toEqual(['mean', 'p50', 'p85', 'p95']);
			if (d.completed === 0) {
				expect(d.leadTimeDays).toEqual({ mean: null, p50: null, p85: null, p95: null });
				expect(d.steps).toEqual([]);
			}
		}
		// Leadership absorbs 68 h a week in 8: in a quarter no pricing decision gets through.
		expect(summary.decisions.pricing.completed).toBe(0);
		expect(summary.decisions.backlog.steps.map((s: { state: string }) => s.state)).toEqual([
			'arrived',
			'refining',
			'ordering',
			'awaitingSprint',
			'inDevelopment',
			'awaitingAnswer',
			'accepting'
		]);
		expect(summary.roles.map((r: { id: string }) => r.id).slice(-3)).toEqual([
			'leadership',
			'leaders',
			'stakeholders'
		]);
		// Hidden work, documented in docs/cli.md.
		expect(Object.keys(summary.hiddenWork)).toEqual(
			expect.arrayContaining(['coordinationHours', 'reworkHours', 'decisionWaitHours', 'byRole'])
		);
		expect(Object.keys(summary.decisions.backlog.exceptions)).toEqual([
			'raised',
			'answeredByOwner',
			'escalated',
			'byDefault'
		]);
		expect(summary.decisions.backlog.exceptions.raised).toBeGreaterThan(0);
		expect(summary.decisions.backlog.reworkRate).toBeGreaterThan(0);
		for (const role of summary.roles) {
			expect(Object.keys(role)).toEqual(
				expect.arrayContaining([
					'id',
					'kind',
					'utilisation',
					'load',
					'offeredHoursPerWeek',
					'demandHoursPerWeek',
					'queueMean',
					'waitCausedDays'
				])
			);
		}
		expect(summary.bottlenecks[0]).toEqual({
			role: 'leadership',
			kind: 'leadership',
			share: expect.any(Number),
			waitDays: expect.any(Number),
			figures: expect.any(Object),
			message: expect.any(String)
		});
		expect(summary.waiting.message).toMatch(/^Waiting is \d+% of the lead time/);
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
		expect(summary.bottlenecks).toEqual([]);
		expect(summary.waiting.message).toMatch(/^No bottleneck: .* \(Median of 4 runs\.\)$/);
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

describe('heavyNotice(scenario, runs)', () => {
	const MAX =
		'teams=200&teamSize=20&weeks=260&questionsPerDevWeek=40&itemsPerWeek=100&roadmapPerQuarter=20&pricingPerQuarter=40';

	it('says nothing for a light run, and run() then writes nothing to stderr', () => {
		expect(heavyNotice(presetScenario('enterprise'), 20)).toBe('');
		expect(run(['preset=combined', '--runs', '3']).stderr).toBe('');
	});

	// Estimating 200 teams' demand takes seconds on a busy machine.
	it('gives the estimate in words for every demand at its maximum', () => {
		const scenario = parseScenarioParams(MAX).scenario;
		expect(heavyNotice(scenario, 1)).toMatch(
			/^simulate: a heavy scenario: about \d+ million events over 1 run, roughly \d+ (seconds|minutes) on one core at 200,000 events a second\n$/
		);
		expect(heavyNotice(scenario, 500)).toMatch(
			/about \d\.?\d* billion events over 500 runs, roughly \d+\.?\d* hours/
		);
	}, 30_000);

	it('reaches stderr before the simulation starts, not with its output hours later', async () => {
		// Its own process group, so the unfinished run (hours of work) is stopped with its tsx child.
		const child = spawn('npx', ['tsx', 'src/cli/simulate.ts', MAX, '--runs', '500'], {
			cwd: process.cwd(),
			detached: true
		});
		let stdout = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		try {
			const notice = await new Promise<string>((resolve, reject) => {
				let stderr = '';
				child.stderr.on('data', (chunk) => {
					stderr += chunk;
					const line = ourLines(stderr).find((l) => stderr.includes(`${l}\n`));
					if (line) resolve(line);
				});
				child.on('exit', (code) => reject(new Error(`exited ${code} with ${stderr}`)));
			});
			expect(notice).toBe(heavyNotice(parseScenarioParams(MAX).scenario, 500).trimEnd());
			expect(stdout).toBe('');
		} finally {
			process.kill(-child.pid!, 'SIGKILL');
		}
	}, 60_000);
});
