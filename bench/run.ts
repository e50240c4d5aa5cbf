/**
 * `npm run bench` prints a table; `npm run bench -- --json` prints one JSON object.
 * `--save FILE` also writes that JSON object to FILE, so a table and its raw figures come from
 * the same run. `--quick` runs small sizes (a smoke run, not figures to quote). `--sweep-only`
 * runs only the sweep rows (bench/sweep.ts).
 * A missed goal is reported as FAIL in the output and never fails the process; a crash does.
 */
import { writeFileSync } from 'node:fs';
import { formatReport } from './format';
import { FULL_CONFIG, runBench, type BenchConfig } from './harness';
import { formatSweepBench, measureSweeps } from './sweep';

const QUICK_CONFIG: BenchConfig = {
	...FULL_CONFIG,
	customers: 20_000,
	warmups: 1,
	reps: 3,
	teams: [1, 10, 50],
	scaleWarmups: 1,
	scaleReps: 3,
	replications: 10,
	replicationReps: 1,
	orgRuns: 3
};

function main(argv: string[]): number {
	let json = false;
	let quick = false;
	let sweepOnly = false;
	let save: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--json') json = true;
		else if (arg === '--quick') quick = true;
		else if (arg === '--sweep-only') sweepOnly = true;
		else if (arg === '--save' && i + 1 < argv.length) save = argv[++i];
		else {
			process.stderr.write(
				`bench: ${arg === '--save' ? '--save needs a file name' : `unknown option ${arg}`} ` +
					'(options: --json, --quick, --sweep-only, --save FILE)\n'
			);
			return 2;
		}
	}
	const report = sweepOnly ? null : runBench(quick ? QUICK_CONFIG : FULL_CONFIG);
	const sweep = measureSweeps(quick);
	const text = JSON.stringify({ ...report, sweep }, null, 2) + '\n';
	if (save) writeFileSync(save, text);
	process.stdout.write(
		json ? text : (report ? formatReport(report) + '\n\n' : '') + formatSweepBench(sweep) + '\n'
	);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
