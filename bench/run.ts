/**
 * `npm run bench` prints a table; `npm run bench -- --json` prints one JSON object.
 * `--quick` runs small sizes (a smoke run, not figures to quote).
 * A missed goal is reported as FAIL in the output and never fails the process; a crash does.
 */
import { formatReport } from './format';
import { FULL_CONFIG, runBench, type BenchConfig } from './harness';

const QUICK_CONFIG: BenchConfig = {
	...FULL_CONFIG,
	customers: 20_000,
	warmups: 1,
	reps: 3,
	teams: [1, 10, 50],
	scaleWarmups: 1,
	scaleReps: 3,
	replications: 10,
	replicationReps: 1
};

function main(argv: string[]): void {
	const known = new Set(['--json', '--quick']);
	const unknown = argv.filter((a) => !known.has(a));
	if (unknown.length > 0) {
		process.stderr.write(`bench: unknown option ${unknown[0]} (use --json, --quick)\n`);
		process.exit(2);
	}
	const report = runBench(argv.includes('--quick') ? QUICK_CONFIG : FULL_CONFIG);
	process.stdout.write(
		argv.includes('--json') ? JSON.stringify(report, null, 2) + '\n' : formatReport(report) + '\n'
	);
}

main(process.argv.slice(2));
