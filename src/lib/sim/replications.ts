import type { Scenario } from '../scenario/index';
import { Engine } from './engine';
import { band } from './metrics/leadTime';
import { toResult } from './result';
import { replicationSeed } from './rng';
import {
	DECISION_KINDS,
	ROLE_KINDS,
	type Band,
	type DecisionBands,
	type DecisionKind,
	type ReplicatedResult,
	type RoleKind,
	type SimulationResult
} from './types';

/** Called after each run with the runs done and the runs asked for. */
export type ProgressCallback = (done: number, total: number) => void;

function decisionBands(results: SimulationResult[], kind: DecisionKind): DecisionBands {
	const all = results.map((r) => r.decisions[kind]);
	// Lead times exist only for runs where something finished; a run without is left out
	// rather than counted as zero days.
	const finished = all.filter((d) => d.completed > 0);
	const lead = (pick: (d: (typeof all)[number]) => number) =>
		finished.length > 0 ? band(finished.map(pick)) : { p5: 0, p50: 0, p95: 0 };
	return {
		created: band(all.map((d) => d.created)),
		completed: band(all.map((d) => d.completed)),
		throughputPerWeek: band(all.map((d) => d.throughputPerWeek)),
		wipMean: band(all.map((d) => d.wipMean)),
		leadTimeMean: lead((d) => d.leadTimeDays.mean),
		leadTimeP50: lead((d) => d.leadTimeDays.p50),
		leadTimeP85: lead((d) => d.leadTimeDays.p85),
		leadTimeP95: lead((d) => d.leadTimeDays.p95)
	};
}

/** Bands over runs of one scenario (each run's figures; roles are the same in every run). */
export function summarise(results: SimulationResult[]): ReplicatedResult['bands'] {
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
			queueMean: band(results.map((r) => r.roles[i].queueMean)),
			waitCausedDays: band(results.map((r) => r.roles[i].waitCausedDays))
		};
	});
	return {
		decisions,
		utilisationByKind,
		roles,
		topBottleneckShare: band(results.map((r) => r.bottlenecks[0]?.share ?? 0))
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
	const results: SimulationResult[] = [];
	for (let i = 0; i < runs; i++) {
		const seed = replicationSeed(scenario.seed, i);
		seeds.push(seed);
		results.push(toResult(new Engine(scenario, seed).run()));
		onProgress?.(i + 1, runs);
	}
	return { runs, seeds, detail: results[0], bands: summarise(results) };
}
