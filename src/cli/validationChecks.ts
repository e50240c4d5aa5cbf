/**
 * The checks of `npm run validate`: each queue of validationCases.ts through an engine, its
 * replications averaged with a 95% interval, beside the queueing-theory figure it must match.
 */
import type { QueueFigures } from '../lib/sim/validationScenarios';
import {
	erlangC,
	exponentialSumMoments,
	littlesLaw,
	mg1MeanTimeInSystem,
	mg1MeanWait,
	mmcMeanTimeInSystem,
	mmcMeanWait,
	offeredLoad,
	relativeError
} from '../lib/sim/theory';
import {
	CUSTOMERS_PER_REPLICATION,
	DAYS_PER_WEEK,
	HOURS_PER_DAY,
	LITTLE_SEEDS,
	LITTLE_WEEKS,
	MG1_DECIDE_HOURS,
	MG1_DISCOVERY_HOURS,
	MG1_LOADS,
	MM1_LOADS,
	MMC_CASES,
	ORG_CUSTOMERS_PER_REPLICATION,
	REPLICATIONS,
	TOLERANCE,
	type QueueArgs,
	type QueueEngine
} from './validationCases';

/**
 * The engine and scenarios, loaded on first use: a mistyped flag is answered at once, without
 * loading (and compiling the statecharts of) the whole engine.
 */
async function engine() {
	const [sim, scenario, validation] = await Promise.all([
		import('../lib/sim/index'),
		import('../lib/scenario/index'),
		import('../lib/sim/validationScenarios')
	]);
	return {
		simulateQueue: sim.simulateQueue,
		runSimulation: sim.runSimulation,
		DEFAULT_SCENARIO: scenario.DEFAULT_SCENARIO,
		...validation
	};
}

export interface QueueReport {
	servers: number;
	arrivalRate: number;
	serviceRate: number;
	customers: number;
	seed: number;
	meanTimeInSystem: number;
	meanWait: number;
	theoryMeanTimeInSystem: number;
	theoryMeanWait: number;
	relativeError: number;
	utilisation: number;
	throughput: number;
	events: number;
}

/** What one queue run gives, in the engine's time unit (days for the organisation engine). */
type QueueRun = QueueFigures;

/**
 * One M/M/c queue through `simulateQueue`, or through the organisation engine as one team of
 * `servers` developers (`teamQueueScenario`); the latter reports what the page would show.
 */
async function runQueue(which: QueueEngine, args: QueueArgs): Promise<QueueRun> {
	const sim = await engine();
	if (which === 'queue') {
		const run = sim.simulateQueue(args);
		return { ...run, completed: args.customers };
	}
	const result = sim.runSimulation(sim.teamQueueScenario(args), { seed: args.seed });
	return sim.teamQueueFigures(result);
}

/** One queue through an engine, beside theory. */
export async function validateQueue(
	args: QueueArgs,
	which: QueueEngine = 'queue'
): Promise<QueueReport> {
	const run = await runQueue(which, args);
	const theoryMeanTimeInSystem = mmcMeanTimeInSystem(
		args.servers,
		args.arrivalRate,
		args.serviceRate
	);
	return {
		servers: args.servers,
		arrivalRate: args.arrivalRate,
		serviceRate: args.serviceRate,
		customers: args.customers,
		seed: args.seed,
		meanTimeInSystem: run.meanTimeInSystem,
		meanWait: run.meanWait,
		theoryMeanTimeInSystem,
		theoryMeanWait: mmcMeanWait(args.servers, args.arrivalRate, args.serviceRate),
		relativeError: relativeError(run.meanTimeInSystem, theoryMeanTimeInSystem),
		utilisation: run.utilisation,
		throughput: run.throughput,
		events: run.events
	};
}

export interface Estimate {
	mean: number;
	/** Half-width of the 95% confidence interval across replications (Student t). */
	halfWidth95: number;
}

/** Two-sided 97.5% quantiles of Student's t for 1..30 degrees of freedom. */
const T_975 = [
	12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
	2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
	2.045, 2.042
];

export function estimate(values: readonly number[]): Estimate {
	const n = values.length;
	const mean = values.reduce((s, v) => s + v, 0) / n;
	if (n < 2) return { mean, halfWidth95: NaN };
	const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
	const t = T_975[Math.min(n - 1, T_975.length) - 1];
	return { mean, halfWidth95: t * Math.sqrt(variance / n) };
}

/** W and Wq over the replications beside theory: what every queue row reports. */
export interface Accuracy {
	theoryMeanTimeInSystem: number;
	meanTimeInSystem: Estimate;
	timeInSystemError: number;
	theoryMeanWait: number;
	meanWait: Estimate;
	waitError: number;
}

function accuracyOf(
	w: readonly number[],
	wq: readonly number[],
	theoryMeanTimeInSystem: number,
	theoryMeanWait: number
): Accuracy {
	const meanTimeInSystem = estimate(w);
	const meanWait = estimate(wq);
	return {
		theoryMeanTimeInSystem,
		meanTimeInSystem,
		timeInSystemError: relativeError(meanTimeInSystem.mean, theoryMeanTimeInSystem),
		theoryMeanWait,
		meanWait,
		waitError: relativeError(meanWait.mean, theoryMeanWait)
	};
}

/** Both W and Wq must be within tolerance: W alone is easy at low load, mostly service time. */
const withinTolerance = (a: Accuracy) =>
	a.timeInSystemError <= TOLERANCE && a.waitError <= TOLERANCE;

export interface QueueRow extends Accuracy {
	kind: 'M/M/1' | 'M/M/c';
	/** `queue`: simulateQueue, times in its unit. `org`: the organisation engine, times in days. */
	engine: QueueEngine;
	servers: number;
	/** Utilisation ρ = λ/(cμ). */
	load: number;
	arrivalRate: number;
	serviceRate: number;
	replications: number;
	firstSeed: number;
	/** Customers asked for (the organisation engine: expected arrivals over its horizon). */
	customersPerReplication: number;
	/** Customers served, all replications. */
	completed: number;
	/** Erlang C probability of waiting (1 server: ρ). */
	theoryProbabilityOfWait: number;
	tolerance: number;
	pass: boolean;
}

/**
 * One table row: `replications` independent runs (seeds firstSeed, firstSeed + 1, ...) of one
 * queue through an engine, averaged. Both the time in system W and the wait Wq must be within
 * tolerance: W alone is easy at low load, where it is mostly service time.
 */
export async function queueRow(
	servers: number,
	load: number,
	firstSeed = 1,
	replications = REPLICATIONS,
	customers = CUSTOMERS_PER_REPLICATION,
	which: QueueEngine = 'queue'
): Promise<QueueRow> {
	const serviceRate = 1;
	const arrivalRate = load * servers * serviceRate;
	const w: number[] = [];
	const wq: number[] = [];
	let completed = 0;
	for (let seed = firstSeed; seed < firstSeed + replications; seed++) {
		const run = await runQueue(which, { servers, arrivalRate, serviceRate, customers, seed });
		w.push(run.meanTimeInSystem);
		wq.push(run.meanWait);
		completed += run.completed;
	}
	const accuracy = accuracyOf(
		w,
		wq,
		mmcMeanTimeInSystem(servers, arrivalRate, serviceRate),
		mmcMeanWait(servers, arrivalRate, serviceRate)
	);
	return {
		kind: servers === 1 ? 'M/M/1' : 'M/M/c',
		engine: which,
		servers,
		load,
		arrivalRate,
		serviceRate,
		replications,
		firstSeed,
		customersPerReplication: customers,
		completed,
		theoryProbabilityOfWait: erlangC(servers, offeredLoad(arrivalRate, serviceRate)),
		...accuracy,
		tolerance: TOLERANCE,
		pass: withinTolerance(accuracy)
	};
}

export interface Mg1Row extends Accuracy {
	kind: 'M/G/1';
	engine: 'org';
	/** The PM's utilisation ρ = λ·E[S]. */
	load: number;
	/** Roadmap decisions a working day. */
	arrivalRate: number;
	discoveryHours: number;
	decideHours: number;
	/** E[S] and E[S²] of the PM's work per decision, S = discovery + deciding, in days. */
	meanService: number;
	serviceSecondMoment: number;
	replications: number;
	firstSeed: number;
	/** Decisions expected over each replication's horizon. */
	decisionsPerReplication: number;
	/** Decisions finished, all replications. */
	completed: number;
	/**
	 * Largest queue wait of the deciding step over the replications, days per finished decision.
	 * Zero when the PM decides a decision back from alignment before starting newer ones.
	 */
	decideWait: number;
	tolerance: number;
	pass: boolean;
}

/**
 * One M/G/1 row: one PM serving a two-step roadmap flow (`roadmapFlowScenario`) at load ρ,
 * against the Pollaczek–Khinchine formula for the whole work S = X₁ + X₂. Passes when W and Wq
 * are within tolerance and no decision ever queued for its deciding step: together they show
 * that the PM finishes each decision before starting the next one, oldest first.
 */
export async function mg1Row(
	load: number,
	firstSeed = 1,
	replications = REPLICATIONS,
	decisions = ORG_CUSTOMERS_PER_REPLICATION
): Promise<Mg1Row> {
	const sim = await engine();
	const base = {
		discoveryHours: MG1_DISCOVERY_HOURS,
		decideHours: MG1_DECIDE_HOURS,
		load,
		decisions
	};
	const arrivalRate = sim.roadmapFlowArrivalRate({ ...base, seed: firstSeed });
	const { mean, secondMoment } = exponentialSumMoments([
		MG1_DISCOVERY_HOURS / HOURS_PER_DAY,
		MG1_DECIDE_HOURS / HOURS_PER_DAY
	]);
	const w: number[] = [];
	const wq: number[] = [];
	let completed = 0;
	let decideWait = 0;
	for (let seed = firstSeed; seed < firstSeed + replications; seed++) {
		const result = sim.runSimulation(sim.roadmapFlowScenario({ ...base, seed }), { seed });
		const run = sim.roadmapFlowFigures(result);
		w.push(run.meanTimeInSystem);
		wq.push(run.meanWait);
		completed += run.completed;
		decideWait = Math.max(decideWait, run.decideWait);
	}
	const accuracy = accuracyOf(
		w,
		wq,
		mg1MeanTimeInSystem(arrivalRate, mean, secondMoment),
		mg1MeanWait(arrivalRate, mean, secondMoment)
	);
	return {
		kind: 'M/G/1',
		engine: 'org',
		load,
		arrivalRate,
		discoveryHours: MG1_DISCOVERY_HOURS,
		decideHours: MG1_DECIDE_HOURS,
		meanService: mean,
		serviceSecondMoment: secondMoment,
		replications,
		firstSeed,
		decisionsPerReplication: decisions,
		completed,
		...accuracy,
		decideWait,
		tolerance: TOLERANCE,
		pass: withinTolerance(accuracy) && decideWait === 0
	};
}

export interface LittleRow {
	/** The preset of the default scenario. */
	scenario: string;
	decision: 'backlog';
	seed: number;
	weeks: number;
	completed: number;
	throughputPerWeek: number;
	leadTimeDays: number;
	/** λ·W: throughput × mean lead time, in items. */
	littleWip: number;
	/** Time-averaged work in progress the engine measured. */
	wipMean: number;
	relativeError: number;
	tolerance: number;
	pass: boolean;
}

/**
 * Little's law on the product's own simulation: the default scenario over a long horizon, backlog
 * items. The engine measures WIP as a time average and lead time per completed item, separately;
 * L = λW ties them together only if the clock, queues and bookkeeping are all right.
 */
export async function littleRow(seed: number, weeks = LITTLE_WEEKS): Promise<LittleRow> {
	const { runSimulation, DEFAULT_SCENARIO } = await engine();
	const result = runSimulation({ ...DEFAULT_SCENARIO, weeks, seed }, { seed });
	const backlog = result.decisions.backlog;
	const littleWip = littlesLaw(
		backlog.throughputPerWeek,
		(backlog.leadTimeDays.mean ?? Number.NaN) / DAYS_PER_WEEK
	);
	const error = relativeError(backlog.wipMean, littleWip);
	return {
		scenario: DEFAULT_SCENARIO.preset,
		decision: 'backlog',
		seed,
		weeks,
		completed: backlog.completed,
		throughputPerWeek: backlog.throughputPerWeek,
		leadTimeDays: backlog.leadTimeDays.mean ?? Number.NaN,
		littleWip,
		wipMean: backlog.wipMean,
		relativeError: error,
		tolerance: TOLERANCE,
		pass: error <= TOLERANCE
	};
}

export interface ValidationReport {
	tolerance: number;
	/** Each case twice: `simulateQueue` (engine `queue`), then the organisation engine (`org`). */
	mm1: QueueRow[];
	mmc: QueueRow[];
	mg1: Mg1Row[];
	little: LittleRow[];
	pass: boolean;
	elapsedMs: number;
}

export async function validateAll(): Promise<ValidationReport> {
	const start = performance.now();
	// Each case gets its own seeds, so the rows are independent evidence: with shared seeds
	// (common random numbers) every row's error would lean the same way. The two engines of a
	// case share seed numbers only: their random streams are derived differently, so unrelated.
	const bothEngines = async (servers: number, load: number, firstSeed: number) => [
		await queueRow(servers, load, firstSeed),
		await queueRow(servers, load, firstSeed, REPLICATIONS, ORG_CUSTOMERS_PER_REPLICATION, 'org')
	];
	const mm1: QueueRow[] = [];
	for (const [i, load] of MM1_LOADS.entries()) {
		mm1.push(...(await bothEngines(1, load, 1 + i * REPLICATIONS)));
	}
	const mmc: QueueRow[] = [];
	for (const [i, { servers, load }] of MMC_CASES.entries()) {
		mmc.push(...(await bothEngines(servers, load, 1 + (MM1_LOADS.length + i) * REPLICATIONS)));
	}
	const mg1: Mg1Row[] = [];
	const firstMg1 = MM1_LOADS.length + MMC_CASES.length;
	for (const [i, load] of MG1_LOADS.entries()) {
		mg1.push(await mg1Row(load, 1 + (firstMg1 + i) * REPLICATIONS));
	}
	const little: LittleRow[] = [];
	for (const seed of LITTLE_SEEDS) little.push(await littleRow(seed));
	const pass = [...mm1, ...mmc, ...mg1, ...little].every((r) => r.pass);
	return {
		tolerance: TOLERANCE,
		mm1,
		mmc,
		mg1,
		little,
		pass,
		elapsedMs: performance.now() - start
	};
}
