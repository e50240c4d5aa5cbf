/** The text `npm run validate` prints: the checks' tables, and one queue beside theory. */
import { LITTLE_WEEKS, type QueueEngine } from './validationCases';
import type { Accuracy, Mg1Row, QueueReport, QueueRow, ValidationReport } from './validationChecks';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const num = (x: number, digits = 4) => x.toFixed(digits);
const mark = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const seeds = (r: { firstSeed: number; replications: number }) =>
	`${r.firstSeed}-${r.firstSeed + r.replications - 1}`;

function queueTable(rows: QueueRow[]): string {
	return table(
		[
			'c',
			'ρ',
			'λ',
			'engine',
			'seeds',
			'P(wait)',
			'W theory',
			'W engine',
			'±95%',
			'W error',
			'Wq theory',
			'Wq engine',
			'±95%',
			'Wq error',
			'result'
		],
		rows.map((r) => [
			String(r.servers),
			r.load.toFixed(2),
			r.arrivalRate.toFixed(2),
			r.engine,
			seeds(r),
			num(r.theoryProbabilityOfWait),
			...accuracyCells(r),
			mark(r.pass)
		])
	);
}

/** W and Wq beside theory, with their intervals and errors: the cells every queue table shares. */
function accuracyCells(r: Accuracy): string[] {
	return [
		num(r.theoryMeanTimeInSystem),
		num(r.meanTimeInSystem.mean),
		num(r.meanTimeInSystem.halfWidth95),
		pct(r.timeInSystemError),
		num(r.theoryMeanWait),
		num(r.meanWait.mean),
		num(r.meanWait.halfWidth95),
		pct(r.waitError)
	];
}

function mg1Table(rows: Mg1Row[]): string {
	return table(
		[
			'ρ',
			'λ/day',
			'seeds',
			'decided',
			'E[S]',
			'E[S²]',
			'W theory',
			'W org',
			'±95%',
			'W error',
			'Wq theory',
			'Wq org',
			'±95%',
			'Wq error',
			'deciding wait',
			'result'
		],
		rows.map((r) => [
			r.load.toFixed(2),
			r.arrivalRate.toFixed(3),
			seeds(r),
			r.completed.toLocaleString('en-GB'),
			num(r.meanService),
			num(r.serviceSecondMoment),
			...accuracyCells(r),
			num(r.decideWait),
			mark(r.pass)
		])
	);
}

export function formatValidation(report: ValidationReport): string {
	const { mm1, mmc, mg1, little } = report;
	const rowOf = (engine: QueueEngine) => [...mm1, ...mmc].find((r) => r.engine === engine);
	const queue = rowOf('queue');
	const org = rowOf('org');
	const out: string[] = [];
	out.push('The engine beside queueing theory (npm run validate)');
	out.push('');
	out.push(
		'Each M/M case runs through two engines. queue: simulateQueue, the compiled statechart, ' +
			'clock and resource code the product simulation uses' +
			(queue
				? `, ${queue.replications} replications of ` +
					`${queue.customersPerReplication.toLocaleString('en-GB')} customers`
				: '') +
			'. org: runSimulation, the code the page runs, as one team of c developers serving ' +
			'backlog items (src/lib/sim/validationScenarios.ts)' +
			(org
				? `, ${org.replications} replications of about ` +
					`${org.customersPerReplication.toLocaleString('en-GB')} items`
				: '') +
			', times in working days. Service rate μ = 1 (an item a developer-day); ' +
			'±95% is the half-width of the confidence interval across replications. ' +
			`A row passes when both W and Wq are within ${pct(report.tolerance)} of theory.`
	);
	out.push('');
	out.push('M/M/1: W = 1/(μ − λ), Wq = ρ/(μ − λ)');
	out.push(queueTable(mm1));
	out.push('');
	out.push('M/M/c: P(wait) by Erlang C, Wq = C(c, a)/(cμ − λ), W = Wq + 1/μ');
	out.push(queueTable(mmc));
	out.push('');
	const first = mg1[0];
	if (first) {
		out.push(
			`M/G/1 through runSimulation: one Product Manager, each roadmap decision is discovery ` +
				`(exponential, mean ${first.discoveryHours} h) then deciding (exponential, mean ` +
				`${first.decideHours} h), alignment between them takes no time; ` +
				`${first.replications} replications of about ` +
				`${first.decisionsPerReplication.toLocaleString('en-GB')} decisions. ` +
				'Pollaczek–Khinchine for the whole work S = X₁ + X₂: Wq = λE[S²]/(2(1 − ρ)), ' +
				'W = Wq + E[S], in days. It holds only if the PM decides a decision back from ' +
				'alignment before starting newer discoveries (oldest decision first), so a row ' +
				'also needs the deciding step never to have waited.'
		);
		out.push(mg1Table(mg1));
		out.push('');
	}
	out.push(
		`Little's law L = λW on the default scenario (${little[0]?.scenario}), backlog items, ` +
			`${little[0]?.weeks ?? LITTLE_WEEKS} weeks: time-averaged WIP against throughput × mean lead time`
	);
	out.push(
		table(
			['seed', 'completed', 'λ items/week', 'W days', 'λW items', 'WIP mean', 'error', 'result'],
			little.map((r) => [
				String(r.seed),
				r.completed.toLocaleString('en-GB'),
				num(r.throughputPerWeek, 3),
				num(r.leadTimeDays, 3),
				num(r.littleWip, 3),
				num(r.wipMean, 3),
				pct(r.relativeError),
				mark(r.pass)
			])
		)
	);
	out.push('');
	const rows = [...mm1, ...mmc, ...mg1, ...little];
	const passed = rows.filter((r) => r.pass).length;
	out.push(
		`${passed} of ${rows.length} checks pass (tolerance ${pct(report.tolerance)}), ` +
			`${(report.elapsedMs / 1000).toFixed(1)} s.`
	);
	return out.join('\n');
}

export function formatQueue(r: QueueReport, which: QueueEngine): string {
	const through =
		which === 'org'
			? ` through the organisation engine (one team of ${r.servers} developer${r.servers > 1 ? 's' : ''}; times in working days)`
			: ' through simulateQueue';
	return [
		`M/M/${r.servers}${through}: arrival rate ${r.arrivalRate}, service rate ${r.serviceRate}, ` +
			`${r.customers.toLocaleString('en-GB')} customers, seed ${r.seed}`,
		`  mean time in system  engine ${num(r.meanTimeInSystem)}  theory ${num(r.theoryMeanTimeInSystem)}  ` +
			`error ${pct(r.relativeError)}`,
		`  mean wait            engine ${num(r.meanWait)}  theory ${num(r.theoryMeanWait)}`,
		`  utilisation ${num(r.utilisation)}, throughput ${num(r.throughput)}, ${r.events.toLocaleString('en-GB')} events`
	].join('\n');
}
