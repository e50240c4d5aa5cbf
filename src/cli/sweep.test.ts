import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseScenarioParams } from '../lib/scenario/index';
import { parseVaries, type SweepJson } from '../lib/sweep/index';
import { HELP_HINT, heavySweepNotice, main, parseArgs, USAGE, UsageError } from './sweep';

const exec = promisify(execFile);

/** Runs `main` in this process with a fixed clock; collects what it prints. */
async function sweep(...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await main(
		argv,
		{ stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
		() => 0
	);
	return { code, stdout, stderr };
}

/** The command as a user runs it, worker threads and all. */
async function sweepCommand(...args: string[]) {
	try {
		const { stdout, stderr } = await exec('npx', ['tsx', 'src/cli/sweep.ts', ...args]);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

const LINK = 'preset=startup&weeks=13';

describe('parseArgs(argv)', () => {
	it('reads a link, two varies, runs, jobs, a shard and json', () => {
		expect(
			parseArgs([
				LINK,
				'--vary',
				'teams=1..3',
				'--vary=teamSize=4..6',
				'--runs',
				'3',
				'--jobs=2',
				'--shard',
				'2/3',
				'--json'
			])
		).toEqual({
			link: LINK,
			vary: ['teams=1..3', 'teamSize=4..6'],
			runs: 3,
			json: true,
			jobs: 2,
			shard: { index: 2, of: 3 },
			merge: null,
			help: false
		});
	});
	it.each([
		{ input: ['--runs', '0'], message: '--runs must be a whole number from 1 to 500; got "0"' },
		{ input: ['--jobs', 'all'], message: '--jobs must be a whole number from 1 to 256; got "all"' },
		{
			input: ['--shard', '4/3'],
			message: '--shard I/N needs I from 1 to N; got "4/3" (there are only 3), e.g. --shard 2/4'
		},
		{
			input: ['--shard', '0/3'],
			message: '--shard I/N needs I from 1 to N; got "0/3" (shards count from 1), e.g. --shard 2/4'
		},
		{ input: ['--shard', '1/0'], message: '--shard I/N needs N of 1 or more; got "1/0"' },
		{ input: ['--shard', 'two'], message: '--shard must be I/N, e.g. --shard 2/4; got "two"' },
		{
			input: ['--vary'],
			message: '--vary needs a setting and range, e.g. --vary teamsPerPm=1..10'
		},
		{ input: ['--fast'], message: 'unknown option --fast' },
		{
			input: ['a=1', 'b=2'],
			message: 'one scenario link only; got a second one "b=2" (quote the link)'
		},
		{ input: ['--merge'], message: '--merge needs the shard files to join' },
		{
			input: ['--vary', 'teams=1..2', '--merge', 'x.json'],
			message: '--merge takes only the shard files (the sweep is in them)'
		}
	])('refuses $input', ({ input, message }) => {
		expect(() => parseArgs(input)).toThrow(UsageError);
		expect(() => parseArgs(input)).toThrow(message);
	});
});

describe('main(argv): bad input exits 2 with one clear line', () => {
	it.each([
		{
			args: [LINK, '--vary', 'teams=1..2', '--runs', '0'],
			line: '--runs must be a whole number from 1 to 500; got "0"'
		},
		{
			args: [LINK, '--vary', 'teams=1..2', '--shard', '3/2'],
			line: '--shard I/N needs I from 1 to N; got "3/2" (there are only 2), e.g. --shard 2/4'
		},
		{ args: ['--fast'], line: 'unknown option --fast' }
	])('$line, a hint to --help and not the whole usage', async ({ args, line }) => {
		const out = await sweep(...args);
		expect(out.code).toBe(2);
		expect(out.stdout).toBe('');
		expect(out.stderr).toBe(`sweep: ${line}\n${HELP_HINT}\n`);
	});

	it.each([
		{
			args: [LINK, '--vary', 'tems=1..5'],
			line: `sweep: Unknown setting "tems" to sweep (did you mean teams?); closest: teams, itemsPerWeek, itemsPerCascade, weeks, seed, teamSize (all 58 are in the README's parameter table: its number settings but runs, and its choices as lines)`
		},
		{
			args: [LINK, '--vary', 'teamsPerPm=0..60'],
			line: 'sweep: teamsPerPm must be between 1 and 50; the sweep asks for 0'
		},
		{
			args: [LINK, '--vary', 'teams=1..2', '--vary', 'teamSize=1..2', '--vary', 'seed=1..2'],
			line: 'sweep: a sweep varies at most 2 settings (a line or a grid); got 3'
		},
		{
			args: [LINK, '--vary', 'teams=1..200', '--vary', 'seed=1..100'],
			line: 'sweep: the sweep has 20,000 points (200 × 100); at most 10,000'
		},
		{ args: [LINK], line: 'sweep: a sweep needs a setting to vary, e.g. --vary teamsPerPm=1..10' },
		{
			args: ['teams=-3', '--vary', 'teamSize=1..2'],
			line: 'sweep: teams must be between 1 and 200; got "-3"; using 8'
		}
	])('$line', async ({ args, line }) => {
		const out = await sweep(...args);
		expect(out.code).toBe(2);
		expect(out.stdout).toBe('');
		expect(out.stderr.split('\n')[0]).toBe(line);
	});
});

describe('main(argv): a sweep', () => {
	it('prints the table with a line per point and the breaking point', async () => {
		const out = await sweep(LINK, '--vary', 'teamSize=3..5', '--runs', '2', '--jobs', '1');
		expect(out.code).toBe(0);
		const lines = out.stdout.split('\n');
		expect(lines[0]).toBe('startup: sweep of teamSize 3…5 (3), 3 points × 2 runs (medians)');
		expect(lines[2]).toMatch(/^teamSize {2}verdict\s+roadmap p50\/p85/);
		expect(lines[3]).toMatch(/^3 {9}overloaded .* Team 1, 140%/);
		expect(lines[5]).toMatch(/^5 {9}strained /);
		expect(out.stdout).toContain(
			'\nAlready at 3 developers per team, Team 1 is overloaded (140% load) and backlog p85 passes 20 days; no longer overloaded at 5 developers per team, though backlog p85 passes 20 days.\n'
		);
	});

	it('counts one run as "1 run", and one point as "1 point"', async () => {
		const out = await sweep(LINK, '--vary', 'teamSize=5..5', '--runs', '1', '--jobs', '1');
		expect(out.code).toBe(0);
		const lines = out.stdout.split('\n');
		expect(lines[0]).toBe('startup: sweep of teamSize 5…5 (1), 1 point × 1 run');
		expect(lines.at(-2)).toBe('1 point × 1 run on 1 thread in 0.0 s');
	});

	it('--help lists every setting a sweep can vary', () => {
		for (const key of ['teams', 'teamsPerPo', 'pmHours', 'stakeholderDays', 'onCost', 'model'])
			expect(USAGE).toMatch(new RegExp(`[ :]${key}[,;\n]`));
	});

	it('reads the vary from a /sweep link when --vary is not given', async () => {
		const a = await sweep(
			`https://example.org/sweep?${LINK}&vary=teamSize:5..6`,
			'--runs',
			'2',
			'--json',
			'--jobs',
			'1'
		);
		const json = JSON.parse(a.stdout) as SweepJson;
		expect(json.vary).toEqual([{ key: 'teamSize', values: [5, 6] }]);
		expect(json.points.map((p) => p.verdict)).toEqual(['strained', 'strained']);
	});
});

describe('a heavy sweep is announced on stderr before it starts', () => {
	const scenario = parseScenarioParams(new URLSearchParams('v=2&preset=scale-up')).scenario;
	const everyPoint = (n: number) => Array.from({ length: n }, (_, i) => i);

	it('a 100 × 10 grid of up to 200 teams, 10 runs a point, is heavy and says how heavy', () => {
		const vary = parseVaries(['teams=2..200:2', 'teamSize=3..12']);
		expect(heavySweepNotice(scenario, vary, 10, everyPoint(1000))).toMatch(
			/^sweep: a heavy sweep: about \d+(\.\d)? (million|billion) events over 10,000 runs, roughly [\d.]+ (minutes|hours) on one core at 200,000 events a second\n$/
		);
	});

	it('the default ten-point sweep is not, and a light sweep prints nothing on stderr', async () => {
		const vary = parseVaries(['teamsPerPm=1..10']);
		expect(heavySweepNotice(scenario, vary, 20, everyPoint(10))).toBe('');
		const out = await sweep(LINK, '--vary', 'teamSize=3..4', '--runs', '2', '--jobs', '1');
		expect(out.code).toBe(0);
		expect(out.stderr).toBe('');
	});
});

describe('npm run sweep on worker threads', () => {
	it(
		'two workers print the bytes one thread does; merged shards equal both',
		{ timeout: 120_000 },
		async () => {
			const args = [
				LINK,
				'--vary',
				'teamSize=3..6',
				'--vary',
				'pmpoHours=30..40:10',
				'--runs',
				'2',
				'--json'
			];
			const one = await sweep(...args, '--jobs', '1');
			const two = await sweepCommand(...args, '--jobs', '2');
			expect(two.code).toBe(0);
			const withoutWall = (text: string) => text.replace(/"wallMs":\d+/, '"wallMs":0');
			expect(withoutWall(two.stdout)).toBe(one.stdout);

			const dir = mkdtempSync(join(tmpdir(), 'sweep-'));
			const files: string[] = [];
			for (const shard of ['1/3', '2/3', '3/3']) {
				const out = await sweep(...args, '--jobs', '1', '--shard', shard);
				const file = join(dir, `shard-${shard[0]}.json`);
				writeFileSync(file, out.stdout);
				files.push(file);
			}
			const merged = await sweepCommand('--merge', ...files);
			expect(merged.code).toBe(0);
			expect(merged.stdout).toBe(one.stdout);
			const bad = await sweepCommand('--merge', files[0], files[2]);
			expect(bad.code).toBe(2);
			expect(bad.stderr).toContain('sweep: shard 2/3 missing');
			// The same file twice: shard 1/3 given twice, not merely the others missing.
			const twice = await sweep('--merge', files[0], files[0], files[2]);
			expect(twice.code).toBe(2);
			expect(twice.stderr).toBe(
				`sweep: shard 1/3 is given twice (${files[0]} is named twice); shard 2/3 missing\n`
			);
		}
	);
});
