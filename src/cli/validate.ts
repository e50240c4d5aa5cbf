/**
 * `npm run validate`: the engine's results beside queueing theory, for a sceptical client.
 *
 *   npm run validate                       the table: M/M/1 and M/M/c against Erlang C through
 *                                          both engines, M/G/1 against Pollaczek–Khinchine
 *                                          through the organisation engine, Little's law
 *   npm run validate -- --json             the same checks as one JSON object
 *   npm run validate -- --write-page-table the table, and the /model page's copy of it written
 *                                          (without it, a stored copy that differs fails the run)
 *   npm run validate -- [--engine queue|org] --servers C --arrival-rate L --service-rate M
 *                       [--customers N] [--seed S] [--json]
 *                                          one queue through an engine, beside theory
 *
 * Two engines: `queue` is `simulateQueue`, which steps the same compiled statechart, clock and
 * resource code as the product's simulation; `org` is `runSimulation` itself, the code the page
 * runs, on a scenario that makes it a queue (src/lib/sim/validationScenarios.ts). Seeds are
 * fixed, so the output is the same on every run and machine. Exit codes: 0 all checks pass, 1 a
 * check fails, 2 bad arguments.
 *
 * The command line is in validationArgs.ts, the queues checked in validationCases.ts, the checks in
 * validationChecks.ts, the printed tables in validationFormat.ts and the /model page's copy of
 * them in validationPageTable.ts.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs, USAGE, UsageError, type ValidateArgs } from './validationArgs';
import { validateAll, validateQueue } from './validationChecks';
import { formatQueue, formatValidation } from './validationFormat';
import { checkPageTable } from './validationPageTable';

export async function main(argv: readonly string[]): Promise<number> {
	let args: ValidateArgs;
	try {
		args = parseArgs(argv);
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`validate: ${error.message} (npm run validate -- --help)\n`);
			return 2;
		}
		throw error;
	}
	if (args.mode === 'help') {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	if (args.mode === 'queue') {
		const report = await validateQueue(args, args.engine);
		process.stdout.write(
			(args.json ? JSON.stringify(report, null, 2) : formatQueue(report, args.engine)) + '\n'
		);
		return 0;
	}
	const report = await validateAll();
	process.stdout.write(
		(args.json ? JSON.stringify(report, null, 2) : formatValidation(report)) + '\n'
	);
	const pageTable = checkPageTable(report, args.writePageTable === true);
	if (pageTable) process.stderr.write(`validate: ${pageTable}\n`);
	return report.pass && !pageTable ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await main(process.argv.slice(2));
}
