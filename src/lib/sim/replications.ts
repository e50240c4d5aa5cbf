import type { Scenario } from '../scenario/index';
import { scenarioDemand } from './demand';
import { Engine } from './engine';
import { aggregateBottlenecks, aggregateGaps, aggregateWaiting } from './metrics/aggregate';
import { medianHiddenWork } from './metrics/hiddenWork';
import { roleDemandFigures } from './metrics/verdict';
import { buildOrganisation } from './org';
import { band, optionalBand } from './metrics/leadTime';
import { replicaResult, toResult } from './result';
import { ReplicaStore, replicaFigures } from './replicaStore';
import { replicationSeed } from './rng';
import {
	DECISION_KINDS,
	ROLE_KINDS,
	type Band,
	type DecisionBands,
	type DecisionKind,
	type OptionalBand,
	type ReplicatedResult,
	type RoleKind,
	type SimulationResult,
	type StepTime
} from './types';

/** Called after each run with the runs done and the runs asked for. */
export type ProgressCallback = (done: number, total: number) => void;

/** The band of the values that exist; all null when none does. */
function presentBand(values: (number | null)[]): OptionalBand {
	const present = values.filter((v): v is number => v !== null);
	return present.length > 0 ? band(present) : { p5: null, p50: null, p95: null };
}

/** Per state, the median of each run's mean wait and work (runs that finished something). */
function medianSteps(runs: StepTime[][]): StepTime[] {
	if (runs.length === 0) return [];
	return runs[0].map((step, i) => ({
		state: step.state,
		meanWaitDays: band(runs.map((r) => r[i].meanWaitDays)).p50,
		meanWorkDays: band(runs.map((r) => r[i].meanWorkDays)).p50
	}));
}

function decisionBands(results: SimulationResult[], kind: DecisionKind): DecisionBands {
	const all = results.map((r) => r.decisions[kind]);
	// A run where nothing finished (or too much is open for a percentile) has no lead time; it
	// counts as longer than every run that has one, rather than being left out.
	const lead = (pick: (d: (typeof all)[number]) => number | null) => optionalBand(all.map(pick));
	return {
		created: band(all.map((d) => d.created)),
		completed: band(all.map((d) => d.completed)),
		throughputPerWeek: band(all.map((d) => d.throughputPerWeek)),
		wipMean: band(all.map((d) => d.wipMean)),
		leadTimeMean: lead((d) => d.leadTimeDays.mean),
		leadTimeP50: lead((d) => d.leadTimeDays.p50),
		leadTimeP85: lead((d) => d.leadTimeDays.p85),
		leadTimeP95: lead((d) => d.leadTimeDays.p95),
		runsWithNoneFinished: all.filter((d) => d.completed === 0).length,
		runsWithMeanLowerBound: all.filter((d) => d.leadTimeMeanIsLowerBound).length,
		// Over the runs that had something open: a run with nothing open has no oldest age.
		openOldestDays: presentBand(all.map((d) => d.open.oldestDays)),
		notSimulated: band(all.map((d) => d.open.notSimulated ?? 0)),
		steps: medianSteps(all.filter((d) => d.completed > 0).map((d) => d.steps))
	};
}

/**
 * Bands over runs of one scenario (each run's figures; roles are the same in every run), and
 * the bottlenecks, gaps and waiting of all runs.
 */
export function summarise(
	results: SimulationResult[],
	scenario: Scenario
): ReplicatedResult['bands'] {
	const decisions = Object.fromEntries(
		DECISION_KINDS.map((kind) => [kind, decisionBands(results, kind)])
	) as Record<DecisionKind, DecisionBands>;
	const utilisationByKind: Partial<Record<RoleKind, Band>> = {};
	for (const kind of ROLE_KINDS) {
		if (kind === 'stakeholders') continue;
		const perRun = results.map((r) => {
			const roles = r.roles.filter((role) => role.kind === kind);
			return roles.length > 0
				? roles.reduce((s, role) => s + role.utilisation, 0) / roles.length
				: NaN;
		});
		if (perRun.some((v) => Number.isNaN(v))) continue;
		utilisationByKind[kind] = band(perRun);
	}
	const roles: ReplicatedResult['bands']['roles'] = {};
	results[0].roles.forEach((role, i) => {
		roles[role.id] = {
			utilisation: band(results.map((r) => r.roles[i].utilisation)),
			load: band(results.map((r) => r.roles[i].load)),
			measuredLoad: band(results.map((r) => r.roles[i].measuredLoad)),
			offeredHoursPerWeek: band(results.map((r) => r.roles[i].offeredHoursPerWeek)),
			queueMean: band(results.map((r) => r.roles[i].queueMean)),
			waitCausedDays: band(results.map((r) => r.roles[i].waitCausedDays))
		};
	});
	const org = buildOrganisation(scenario);
	const demand = roleDemandFigures(org, scenarioDemand(scenario, org));
	const bottlenecks = aggregateBottlenecks(results, demand);
	return {
		decisions,
		utilisationByKind,
		roles,
		hiddenWork: medianHiddenWork(results.map((r) => r.hiddenWork)),
		topBottleneckShare: band(results.map((r) => r.bottlenecks[0]?.share ?? 0)),
		bottlenecks,
		gaps: aggregateGaps(results, scenario, org),
		waiting: aggregateWaiting(results, bottlenecks.length, scenario)
	};
}

/**
 * `runs` independent runs with seeds derived from the scenario's seed (the first run uses the
 * seed itself, so `detail` equals `runSimulation(scenario)`), summarised as bands.
 */
export function runReplications(
	scenario: Scenario,
	runs: number = scenario.runs,
	onProgress?: ProgressCallback
): ReplicatedResult {
	if (!(Number.isInteger(runs) && runs >= 1)) {
		throw new RangeError(`runs must be a positive whole number, got ${runs}`);
	}
	const seeds: number[] = [];
	// Only the first run is kept whole; the others keep what the bands need (replicaStore.ts).
	const store = new ReplicaStore(runs);
	let detail: SimulationResult | null = null;
	for (let i = 0; i < runs; i++) {
		const seed = replicationSeed(scenario.seed, i);
		seeds.push(seed);
		const totals = new Engine(scenario, seed).run();
		if (detail === null) {
			detail = toResult(totals);
			store.add(i, replicaFigures(detail));
		} else {
			store.add(i, replicaResult(totals));
		}
		onProgress?.(i + 1, runs);
	}
	return { runs, seeds, detail: detail!, bands: summarise(store.results(), scenario) };
}
