/**
 * `npm run simulate`: one scenario link in, the simulation's figures out.
 *
 *   npm run simulate -- '<query string or full URL>' [--runs N] [--json]
 *
 * Without --runs the scenario runs once with its own seed; with --runs N it runs N times with
 * derived seeds and the headline figures are medians with 5–95% bands. --json prints exactly
 * one JSON object (docs/cli.md). Exit codes: 0 done, 2 a bad scenario link or bad arguments.
 * A scenario whose estimated work is above HEAVY_WORK_EVENTS gets a line on stderr with the
 * estimate before it starts.
 */
import { pathToFileURL } from 'node:url';
import {
	excerpt,
	excerptName,
	FIELD_BY_KEY,
	parseScenarioParams,
	type Scenario
} from '../lib/scenario/index';
import {
	COST_ROLE_LABELS,
	DECISION_KINDS,
	formatMoney,
	grouped,
	groupByFunction,
	hiddenWorkMessage,
	ROLE_KIND_LABELS,
	runReplications,
	runSimulation,
	toSummaryJson,
	type SimulationSummary
} from '../lib/sim/index';
import { heavyWorkText, workEstimate } from '../lib/sim/workEstimate';

export const USAGE = `usage: npm run simulate -- '<scenario query string or URL>' [--runs N] [--json]

  <scenario>   a link or its query, e.g. 'preset=combined&teams=12' (empty: the default scenario)
  --runs N     run N replications (1 to ${(FIELD_BY_KEY.get('runs') as { max: number }).max}); figures become medians with bands
  --json       print one JSON object instead of the readable summary
  --help       print this help`;

export class UsageError extends Error {}

export interface SimulateArgs {
	link: string;
	runs: number | null;
	json: boolean;
	help: boolean;
}

/** Reads the command line; throws UsageError with the message the user sees. */
export function parseArgs(argv: readonly string[]): SimulateArgs {
	const args: SimulateArgs = { link: '', runs: null, json: false, help: false };
	let linkSeen = false;
	const maxRuns = (FIELD_BY_KEY.get('runs') as { max: number }).max;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--json') args.json = true;
		else if (arg === '--help' || arg === '-h') args.help = true;
		else if (arg === '--runs' || arg.startsWith('--runs=')) {
			const raw = arg === '--runs' ? argv[++i] : arg.slice('--runs='.length);
			if (raw === undefined) throw new UsageError('--runs needs a number, e.g. --runs 20');
			if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > maxRuns) {
				throw new UsageError(
					`--runs must be a whole number from 1 to ${maxRuns}; got ${excerpt(raw)}`
				);
			}
			args.runs = Number(raw);
		} else if (arg.startsWith('-') && !arg.includes('=')) {
			throw new UsageError(`unknown option ${excerptName(arg)} (use --runs N, --json, --help)`);
		} else {
			if (linkSeen) {
				throw new UsageError(
					`one scenario link only; got a second one ${excerpt(arg)} (quote the link)`
				);
			}
			linkSeen = true;
			args.link = arg;
		}
	}
	return args;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number, digits = 1) => x.toFixed(digits);
/** A lead time that may not exist: "—" when too much is still open to estimate it. */
const maybe = (x: number | null, digits = 1) => (x === null ? '—' : x.toFixed(digits));
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padLeft = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

/** Roles shown one by one in the readable summary; the rest are summarised per kind. */
const ROLES_SHOWN = 12;

/** The readable summary: what a consultant reads in a terminal. */
export function formatSummary(summary: SimulationSummary): string {
	const s = summary.scenario;
	const lines: string[] = [];
	const title = s.name ? `${s.name} (${s.preset})` : s.preset;
	lines.push(
		`${title}: ${s.teams} teams of ${s.teamSize}, model ${s.model}, ${s.weeks} weeks, ` +
			(summary.runs > 1 ? `${summary.runs} runs (medians, 5–95% in brackets)` : `seed ${s.seed}`)
	);
	lines.push('');
	lines.push(summary.verdict.message);
	lines.push('');
	lines.push(
		`${pad('decisions', 10)}${padLeft('created', 9)}${padLeft('done', 7)}${padLeft('open', 7)}${padLeft('per week', 10)}${padLeft('WIP', 9)}   lead time days: mean, p50, p85, p95`
	);
	for (const kind of DECISION_KINDS) {
		const d = summary.decisions[kind];
		const lt = d.leadTimeDays;
		const band = d.bands
			? `  [p50 ${maybe(d.bands.leadTimeP50.p5)}–${maybe(d.bands.leadTimeP50.p95)}]`
			: '';
		const stalled = d.stalled > 0 ? `  (${d.stalled} stalled)` : '';
		const open = d.open.oldestDays !== null ? `  (oldest open ${num(d.open.oldestDays)} days)` : '';
		lines.push(
			`${pad(kind, 10)}${padLeft(num(d.created, 0), 9)}${padLeft(num(d.completed, 0), 7)}${padLeft(num(d.inProgress, 0), 7)}${padLeft(num(d.throughputPerWeek, 2), 10)} ${padLeft(num(d.wipMean), 8)}   ` +
				(lt.p50 !== null || lt.mean !== null
					? `${d.leadTimeMeanIsLowerBound ? '≥' : ''}${maybe(lt.mean)}, ${maybe(lt.p50)}, ${maybe(lt.p85)}, ${maybe(lt.p95)}${band}`
					: 'none finished') +
				stalled +
				open
		);
	}
	lines.push('');
	// One line per function, as the compare page's load chart: leadership absorbing PM work and
	// the leaders' alignment and approval are two jobs, and a mean of the two describes nobody.
	lines.push('roles by kind: mean busy (measured), mean load, waiting caused (days)');
	for (const { id, kind, label, roles: group } of groupByFunction(summary.roles)) {
		const mean = (f: (r: (typeof group)[number]) => number) =>
			group.reduce((a, r) => a + f(r), 0) / group.length;
		const wait = group.reduce((a, r) => a + r.waitCausedDays, 0);
		const util = kind === 'stakeholders' ? '   –' : padLeft(pct(mean((r) => r.utilisation)), 4);
		const load = kind === 'stakeholders' ? '   –' : padLeft(pct(mean((r) => r.load)), 4);
		// Numbered roles ("po-1") get their count; a single role's label says who it is.
		const name = group.some((r) => r.id !== id) ? `${label} (${group.length})` : label;
		lines.push(`  ${pad(name, 34)}${util}  ${load}  ${padLeft(num(wait), 8)}`);
	}
	lines.push('');
	lines.push(...costLines(summary));
	const busiest = [...summary.roles]
		.filter((r) => r.kind !== 'stakeholders')
		.sort((a, b) => b.load - a.load || a.id.localeCompare(b.id))
		.slice(0, ROLES_SHOWN);
	lines.push('');
	lines.push('busiest roles: busy (measured), load, mean queue, waiting caused (days)');
	for (const r of busiest) {
		lines.push(
			`  ${pad(r.id, 14)}${padLeft(pct(r.utilisation), 5)}${padLeft(pct(r.load), 6)}${padLeft(num(r.queueMean), 7)}${padLeft(num(r.waitCausedDays), 9)}`
		);
	}
	lines.push('');
	lines.push('bottlenecks:');
	if (summary.bottlenecks.length === 0) lines.push(`  ${summary.waiting.message}`);
	for (const b of summary.bottlenecks) {
		lines.push(`  ${pad(b.role, 14)}${padLeft(pct(b.share), 4)} of waiting  ${b.message}`);
	}
	lines.push('');
	lines.push(...hiddenWorkLines(summary));
	lines.push('');
	lines.push('gaps:');
	if (summary.gaps.length === 0)
		lines.push('  none: every responsibility is held with hours to do it');
	for (const g of summary.gaps)
		lines.push(`  ${pad(g.responsibility, 22)}${pad(g.kind, 11)}${g.message}`);
	return lines.join('\n');
}

/** Hidden work: the sentence, then hours a week per role kind (medians over runs). */
export function hiddenWorkLines(summary: SimulationSummary): string[] {
	const h = summary.hiddenWork;
	const lines = [
		`hidden work, h a week: coordination ${num(h.coordinationHours)}, rework ${num(h.reworkHours)}, waiting for decisions ${num(h.decisionWaitHours)}`,
		`  ${hiddenWorkMessage(h, summary.scenario)}`
	];
	for (const r of h.byRole) {
		if (r.coordinationHours + r.reworkHours + r.decisionWaitHours === 0) continue;
		lines.push(
			`  ${pad(ROLE_KIND_LABELS[r.kind], 30)}${padLeft(num(r.coordinationHours), 7)}${padLeft(num(r.reworkHours), 7)}${padLeft(num(r.decisionWaitHours), 7)}`
		);
	}
	return lines;
}

/** Two lines: headcount and money, then span of control. */
export function costLines(summary: SimulationSummary): string[] {
	const { cost, span } = summary;
	const money = (x: number) => formatMoney(x, cost.currency);
	const named = (count: number, role: keyof typeof COST_ROLE_LABELS) =>
		`${count} ${count === 1 ? COST_ROLE_LABELS[role].one : COST_ROLE_LABELS[role].many}`;
	const people = cost.headcount.map((r) => named(r.people, r.role)).join(', ');
	const perDecision =
		cost.perDecision === null
			? cost.reason
			: `${money(cost.perDecision)} per decision delivered (${grouped(Math.round(cost.deliveredPerYear))} a year)`;
	const spans = span
		.map(
			(s) =>
				`${COST_ROLE_LABELS[s.role].one} ${s.teams} ${s.teams === 1 ? 'team' : 'teams'}, ${s.people} developers`
		)
		.join('; ');
	return [
		`cost: ${people}: ${money(cost.annual)} a year (on-cost ×${cost.onCost}); ${perDecision}`,
		`span of control, per person: ${spans || 'no PM or PO'}`
	];
}

export interface CliOutput {
	code: number;
	stdout: string;
	stderr: string;
}

/** The stderr line that announces a heavy run, or '' when the run is light. */
export function heavyNotice(scenario: Scenario, runs: number): string {
	const text = heavyWorkText(workEstimate(scenario, runs));
	return text ? `simulate: ${text}\n` : '';
}

/**
 * The whole command as a function of its arguments, so tests need not spawn a process. `notify`
 * gets what must reach stderr before the simulation starts (the heavy-run estimate); by default
 * it goes into the returned stderr.
 */
export function run(argv: readonly string[], notify?: (text: string) => void): CliOutput {
	let args: SimulateArgs;
	try {
		args = parseArgs(argv);
	} catch (error) {
		if (error instanceof UsageError) {
			return { code: 2, stdout: '', stderr: `simulate: ${error.message}\n${USAGE}\n` };
		}
		throw error;
	}
	if (args.help) return { code: 0, stdout: USAGE + '\n', stderr: '' };
	const parsed = parseScenarioParams(args.link);
	if (parsed.issues.length > 0) {
		return {
			code: 2,
			stdout: '',
			stderr: parsed.issues.map((issue) => `simulate: ${issue.message}\n`).join('')
		};
	}
	const scenario: Scenario = parsed.scenario;
	const notice = heavyNotice(scenario, args.runs ?? 1);
	if (notice && notify) notify(notice);
	const result =
		args.runs === null ? runSimulation(scenario) : runReplications(scenario, args.runs);
	const summary = toSummaryJson(scenario, result);
	return {
		code: 0,
		stdout: args.json ? JSON.stringify(summary) + '\n' : formatSummary(summary) + '\n',
		stderr: notify ? '' : notice
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const out = run(process.argv.slice(2), (text) => process.stderr.write(text));
	if (out.stdout) process.stdout.write(out.stdout);
	if (out.stderr) process.stderr.write(out.stderr);
	process.exitCode = out.code;
}
