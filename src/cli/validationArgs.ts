/** The command line of `npm run validate` (see validate.ts): parsed, or one line saying what is wrong. */
import { excerpt } from '../lib/scenario/excerpt';
import { DAYS_PER_WEEK, QUEUE_ENGINES, type QueueArgs, type QueueEngine } from './validationCases';

const DEFAULT_CUSTOMERS = 100_000;
const DEFAULT_SEED = 1;
/**
 * Longest horizon `--engine org` accepts. The engine keeps weekly series for the charts, so a run
 * of a million weeks (100,000 customers at 0.02 a day) takes about 6 s and 400 MB.
 */
export const ORG_MAX_WEEKS = 1_000_000;

export class UsageError extends Error {}

export type ValidateArgs =
	| { mode: 'table' | 'help'; json: boolean; writePageTable?: true }
	| ({ mode: 'queue'; engine: QueueEngine; json: boolean } & QueueArgs);

const VALUE_FLAGS = [
	'--engine',
	'--servers',
	'--arrival-rate',
	'--service-rate',
	'--customers',
	'--seed'
];
export const USAGE =
	'usage: npm run validate [-- --json] [--write-page-table]\n' +
	'       npm run validate -- [--engine queue|org] --servers C --arrival-rate L --service-rate M ' +
	'[--customers N] [--seed S] [--json]';

function positiveNumber(flag: string, raw: string): number {
	const value = Number(raw);
	if (raw.trim() === '' || !Number.isFinite(value) || value <= 0) {
		throw new UsageError(`${flag} must be a positive number, got ${excerpt(raw)}`);
	}
	return value;
}

function integer(flag: string, raw: string, min: number, max: number): number {
	const value = Number(raw);
	if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
		throw new UsageError(
			`${flag} must be a whole number from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}, got ${excerpt(raw)}`
		);
	}
	return value;
}

/** Parses the command line; throws UsageError with the one line to print. */
export function parseArgs(argv: readonly string[]): ValidateArgs {
	const values = new Map<string, string>();
	let json = false;
	let writePageTable = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--json') {
			json = true;
			continue;
		}
		if (arg === '--write-page-table') {
			writePageTable = true;
			continue;
		}
		if (arg === '--help' || arg === '-h') return { mode: 'help', json };
		const eq = arg.indexOf('=');
		const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
		if (!VALUE_FLAGS.includes(flag)) {
			throw new UsageError(
				arg.startsWith('-')
					? `unknown option ${excerpt(flag)}`
					: `unexpected argument ${excerpt(arg)}`
			);
		}
		let raw: string | undefined;
		if (flag !== arg) raw = arg.slice(eq + 1);
		else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) raw = argv[++i];
		if (raw === undefined) throw new UsageError(`${flag} needs a value`);
		if (values.has(flag)) throw new UsageError(`${flag} given twice`);
		values.set(flag, raw);
	}
	if (values.size === 0)
		return writePageTable ? { mode: 'table', json, writePageTable } : { mode: 'table', json };
	if (writePageTable) throw new UsageError('--write-page-table goes with the whole table only');

	const engineName = values.get('--engine') ?? 'queue';
	if (!(QUEUE_ENGINES as readonly string[]).includes(engineName)) {
		throw new UsageError(`--engine must be queue or org, got ${excerpt(engineName)}`);
	}
	const engine = engineName as QueueEngine;
	const missing = ['--servers', '--arrival-rate', '--service-rate'].filter((f) => !values.has(f));
	if (missing.length > 0) {
		throw new UsageError(`a single queue needs ${missing.join(', ')} as well`);
	}
	const servers = integer('--servers', values.get('--servers')!, 1, 1000);
	const arrivalRate = positiveNumber('--arrival-rate', values.get('--arrival-rate')!);
	const serviceRate = positiveNumber('--service-rate', values.get('--service-rate')!);
	const customers = values.has('--customers')
		? integer('--customers', values.get('--customers')!, 1, 100_000_000)
		: DEFAULT_CUSTOMERS;
	const seed = values.has('--seed')
		? integer('--seed', values.get('--seed')!, 0, 4_294_967_295)
		: DEFAULT_SEED;
	if (arrivalRate >= servers * serviceRate) {
		throw new UsageError(
			`unstable queue: arrival rate ${arrivalRate} >= ${servers} server${servers > 1 ? 's' : ''} × ` +
				`service rate ${serviceRate}; the queue grows without end, so theory has no steady state to compare`
		);
	}
	if (engine === 'org') {
		// teamQueueWeeks: the organisation engine runs whole weeks, long enough for the customers.
		const weeks = Math.ceil(customers / (arrivalRate * DAYS_PER_WEEK));
		if (weeks > ORG_MAX_WEEKS) {
			throw new UsageError(
				`--engine org would run ${weeks.toLocaleString('en-GB')} weeks for ` +
					`${customers.toLocaleString('en-GB')} customers at ${arrivalRate} a day, more than ` +
					`${ORG_MAX_WEEKS.toLocaleString('en-GB')}; lower --customers or raise --arrival-rate`
			);
		}
	}
	return { mode: 'queue', engine, json, servers, arrivalRate, serviceRate, customers, seed };
}
