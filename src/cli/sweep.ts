/**
 * `npm run sweep`: one scenario over a range of one or two settings, to find where it breaks.
 *
 *   npm run sweep -- '<scenario>' --vary KEY=FROM..TO[:STEP|:log] [--vary KEY2=…] [--runs N]
 *                    [--json] [--jobs J] [--shard I/N]
 *   npm run sweep -- --merge shard-1.json shard-2.json …
 *
 * Each point runs N replications (the scenario's runs unless --runs) on worker threads, and is
 * printed as soon as the points before it are: nothing is held. A point's figures are those of
 * `npm run simulate -- '<its link>' --runs N --json` (docs/sweep.md). Exit codes: 0 done, 2 bad
 * arguments, a bad scenario link, a bad --vary or shards that do not merge. A sweep whose
 * estimated work (every point's runs) is above HEAVY_WORK_EVENTS says so on stderr first.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { excerpt, excerptName, FIELD_BY_KEY, type Scenario } from '../lib/scenario/index';
import {
	LINE_FIELDS,
	MergeError,
	mergeShards,
	parseVaries,
	pointCount,
	pointValues,
	readSweepLink,
	shardIndexes,
	sweepWorkEstimate,
	SweepJsonWriter,
	SWEEPABLE_FIELDS,
	VaryError,
	type ChunkSource,
	type Shard,
	type Vary
} from '../lib/sweep/index';
import { heavyWorkText } from '../lib/sim/workEstimate';
import { runPoints } from './pointPool';
import { counted, formatRow, headerLines, type TableColumns } from './sweepTable';

/** Text wrapped at 80 columns, each line indented to the options' text. */
function helpLines(text: string): string {
	const lines = [''];
	for (const word of text.split(' ')) {
		const last = lines.length - 1;
		if (lines[last] && lines[last].length + word.length + 1 > 80) lines.push(word);
		else lines[last] += (lines[last] ? ' ' : '') + word;
	}
	return lines.map((l) => `                ${l}`).join('\n');
}

export const USAGE = `usage: npm run sweep -- '<scenario query string or URL>' --vary KEY=FROM..TO[:STEP|:log] [options]
       npm run sweep -- --merge SHARD.json…

  --vary SPEC   a setting and its range, e.g. teamsPerPm=1..10, teams=2..200:log,
                pmMeetings=0.1..0.5:0.05; twice for a grid (at most 2 settings, 10,000 points)
                or a number then a choice's options as lines: --vary model=combined,separate
${helpLines(`KEY is a number setting of the README's parameter table: ${SWEEPABLE_FIELDS.map((f) => f.key).join(', ')}; or, second, a choice: ${LINE_FIELDS.map((f) => f.key).join(', ')}`)}
  --runs N      replications per point (default: the scenario's runs)
  --json        print one JSON object instead of the table
  --jobs J      worker threads (default: every core, ${availableParallelism()} here)
  --shard I/N   run only every N-th point from the I-th (1-based), for a batch runner
  --merge F…    join the --json outputs of every shard into one sweep's JSON
  --help        print this help`;

export class UsageError extends Error {}

export interface SweepArgs {
	link: string;
	vary: string[];
	runs: number | null;
	json: boolean;
	jobs: number | null;
	shard: Shard | null;
	merge: string[] | null;
	help: boolean;
}

const MAX_JOBS = 256;

function wholeNumber(raw: string | undefined, option: string, min: number, max: number): number {
	if (raw === undefined) throw new UsageError(`${option} needs a number`);
	if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
		throw new UsageError(
			`${option} must be a whole number from ${min} to ${max}; got ${excerpt(raw)}`
		);
	}
	return Number(raw);
}

/** `--shard I/N`: shard I of N, 1 ≤ I ≤ N; the message says which part is wrong. */
function readShard(raw: string | undefined): Shard {
	if (raw === undefined) throw new UsageError('--shard needs I/N, e.g. --shard 2/4');
	const match = /^(\d+)\/(\d+)$/.exec(raw);
	if (!match) throw new UsageError(`--shard must be I/N, e.g. --shard 2/4; got ${excerpt(raw)}`);
	const [index, of] = [Number(match[1]), Number(match[2])];
	if (of < 1) throw new UsageError(`--shard I/N needs N of 1 or more; got ${excerpt(raw)}`);
	if (index < 1 || index > of) {
		const why = index < 1 ? 'shards count from 1' : `there are only ${match[2]}`;
		throw new UsageError(
			`--shard I/N needs I from 1 to N; got ${excerpt(raw)} (${why}), e.g. --shard 2/4`
		);
	}
	return { index, of };
}

/** Reads the command line; throws UsageError with the message the user sees. */
export function parseArgs(argv: readonly string[]): SweepArgs {
	const args: SweepArgs = {
		link: '',
		vary: [],
		runs: null,
		json: false,
		jobs: null,
		shard: null,
		merge: null,
		help: false
	};
	let linkSeen = false;
	const maxRuns = (FIELD_BY_KEY.get('runs') as { max: number }).max;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const [option, inline] =
			arg.startsWith('--') && arg.includes('=')
				? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
				: [arg, undefined];
		const value = () => inline ?? argv[++i];
		if (option === '--json') args.json = true;
		else if (option === '--help' || option === '-h') args.help = true;
		else if (option === '--vary') {
			const spec = value();
			if (spec === undefined)
				throw new UsageError('--vary needs a setting and range, e.g. --vary teamsPerPm=1..10');
			args.vary.push(spec);
		} else if (option === '--runs') args.runs = wholeNumber(value(), '--runs', 1, maxRuns);
		else if (option === '--jobs') args.jobs = wholeNumber(value(), '--jobs', 1, MAX_JOBS);
		else if (option === '--shard') args.shard = readShard(value());
		else if (option === '--merge') {
			args.merge = argv.slice(i + 1);
			i = argv.length;
		} else if (arg.startsWith('-')) {
			throw new UsageError(`unknown option ${excerptName(arg)}`);
		} else {
			if (linkSeen)
				throw new UsageError(
					`one scenario link only; got a second one ${excerpt(arg)} (quote the link)`
				);
			linkSeen = true;
			args.link = arg;
		}
	}
	if (args.merge !== null && (linkSeen || args.vary.length > 0 || args.shard)) {
		throw new UsageError('--merge takes only the shard files (the sweep is in them)');
	}
	if (args.merge !== null && args.merge.length === 0)
		throw new UsageError('--merge needs the shard files to join');
	return args;
}

export interface Output {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

/** After a bad argument: where the options are, not the whole usage (which buries the line). */
export const HELP_HINT = 'npm run sweep -- --help lists the options and every setting to vary';

function fail(out: Output, lines: string[], hint = false): number {
	out.stderr(lines.map((l) => `sweep: ${l}\n`).join('') + (hint ? `${HELP_HINT}\n` : ''));
	return 2;
}

/** The stderr line that announces a heavy sweep (all its points' runs), or '' when it is light. */
export function heavySweepNotice(
	scenario: Scenario,
	vary: readonly Vary[],
	runs: number,
	indexes: readonly number[]
): string {
	const text = heavyWorkText(sweepWorkEstimate(scenario, vary, runs, indexes), 'sweep');
	return text ? `sweep: ${text}\n` : '';
}

/** The whole command; resolves with its exit code. `now` is the wall clock (fixed in tests). */
export async function main(
	argv: readonly string[],
	out: Output,
	now = () => performance.now()
): Promise<number> {
	let args: SweepArgs;
	try {
		args = parseArgs(argv);
	} catch (error) {
		if (error instanceof UsageError) return fail(out, [error.message], true);
		throw error;
	}
	if (args.help) {
		out.stdout(USAGE + '\n');
		return 0;
	}
	if (args.merge) return merge(args.merge, out);
	const link = readSweepLink(args.link);
	if (link.issues.length > 0)
		return fail(
			out,
			link.issues.map((i) => i.message)
		);
	let vary: Vary[];
	try {
		// --vary wins; without it a /sweep link's own vary is used.
		vary = parseVaries(args.vary.length > 0 ? args.vary : link.vary);
	} catch (error) {
		if (error instanceof VaryError) return fail(out, [error.message], true);
		throw error;
	}
	const { scenario } = link;
	const runs = args.runs ?? scenario.runs;
	const jobs = args.jobs ?? availableParallelism();
	const count = pointCount(vary);
	const shard = args.shard ?? undefined;
	const indexes = shard
		? [...shardIndexes(count, shard.index, shard.of)]
		: Array.from({ length: count }, (_, i) => i);
	const heavy = heavySweepNotice(scenario, vary, runs, indexes);
	if (heavy) out.stderr(heavy);
	const started = now();
	const points = (function* () {
		for (const index of indexes) yield { index, values: pointValues(vary, index) };
	})();
	if (args.json) {
		const writer = new SweepJsonWriter({ scenario, vary, runs, shard }, out.stdout);
		await runPoints({ scenario, runs, jobs, points, onPoint: (p) => writer.add(p) });
		writer.finish(Math.round(now() - started));
		return 0;
	}
	const columns: TableColumns = { vary, currency: scenario.currency };
	out.stdout(headerLines(scenario, vary, runs, count, shard).join('\n') + '\n');
	const writer = new SweepJsonWriter({ scenario, vary, runs, shard }, () => {});
	await runPoints({
		scenario,
		runs,
		jobs,
		points,
		onPoint: (p) => {
			writer.add(p);
			out.stdout(formatRow(columns, p) + '\n');
		}
	});
	const found = writer.finish(0);
	const wall = Math.round(now() - started);
	out.stdout(
		`\n${shard ? 'breaking point: run --merge on every shard to find it' : found ? found.message : 'No breaking point: no value overloads the organisation or passes a p85 limit.'}\n`
	);
	out.stdout(
		`${counted(count, 'point', 'points')} × ${counted(runs, 'run', 'runs')} on ${counted(jobs, 'thread', 'threads')} in ${(wall / 1000).toFixed(1)} s\n`
	);
	return 0;
}

/** Reads a file in pieces of CHUNK_BYTES, decoding UTF-8 across their edges. */
const CHUNK_BYTES = 1 << 16;

function fileChunks(file: string): () => ChunkSource {
	return () => {
		const fd = openSync(file, 'r');
		const bytes = Buffer.alloc(CHUNK_BYTES);
		const decoder = new TextDecoder('utf-8', { fatal: false });
		let open = true;
		return () => {
			if (!open) return null;
			let n: number;
			try {
				n = readSync(fd, bytes, 0, CHUNK_BYTES, null);
			} catch {
				closeSync(fd);
				throw new MergeError(`cannot read ${excerpt(file)}`);
			}
			if (n > 0) return decoder.decode(bytes.subarray(0, n), { stream: true });
			open = false;
			closeSync(fd);
			return decoder.decode();
		};
	};
}

/** Merges shard files, streaming: a shard's points are read one at a time, never the file whole. */
function merge(files: string[], out: Output): number {
	// A list, not a map by name: the same file named twice is a shard given twice.
	const texts: [string, () => ChunkSource][] = [];
	for (const file of files) {
		try {
			closeSync(openSync(file, 'r'));
		} catch {
			return fail(out, [`cannot read ${excerpt(file)}`]);
		}
		texts.push([file, fileChunks(file)]);
	}
	// Written in pieces of about CHUNK_BYTES: a big grid's output is not held either.
	let pending = '';
	const flush = () => {
		out.stdout(pending);
		pending = '';
	};
	try {
		mergeShards(texts, (t) => {
			pending += t;
			if (pending.length >= CHUNK_BYTES) flush();
		});
	} catch (error) {
		if (error instanceof MergeError) return fail(out, [error.message]);
		throw error;
	}
	flush();
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	// `npm run sweep … | head`: the reader has what it wanted; stop quietly, not with a stack.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') throw error;
		process.exit(0);
	});
	const code = await main(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t)
	});
	process.exitCode = code;
}
