/**
 * One scenario's figures for the meeting room (compare, report): the replications the main page
 * runs (the same derived seeds, so the first run is the run the page draws), summarised as the
 * CLI's JSON, plus the what-if ranking figure, so a suggestion's promise can be checked.
 */
import { roleCounts, type RoleCounts, type Scenario } from '$lib/scenario';
import { summarise, toSummaryJson } from '$lib/sim';
import { replicationSeed } from '$lib/sim/rng';
import {
	DECISION_KINDS,
	type DecisionKind,
	type SimulationResult,
	type SimulationSummary
} from '$lib/sim/types';
import { kindFigures, leadTimeScore } from './leadTimeScore';
import type { RunScenario } from './rankChanges';

export interface Evaluation {
	scenario: Scenario;
	runs: number;
	seeds: number[];
	/** What `npm run simulate -- '<query>' --runs N --json` prints for this scenario. */
	summary: SimulationSummary;
	/** The first run in full (its seed is the scenario's own): the run the charts draw. */
	detail: SimulationResult;
	/** The what-if figure (leadTimeScore), mean over the runs. */
	score: number | null;
	scoreByKind: Record<DecisionKind, number | null>;
	people: RoleCounts;
	/** Each run's headline figures, in seed order, for paired comparisons of two scenarios. */
	perRun: PerRunFigures;
}

export interface KindRuns {
	/** Null in a run where nothing of the kind finished (the engine's own null). */
	leadTimeMean: (number | null)[];
	/** Null also where too much was still open to estimate it. */
	leadTimeP85: (number | null)[];
	throughputPerWeek: number[];
	inProgress: number[];
	/** The what-if figure of the kind (days in system per decision), null when none arrived. */
	daysInSystem: (number | null)[];
}

export interface PerRunFigures {
	kinds: Record<DecisionKind, KindRuns>;
	/** The what-if figure over all kinds. */
	score: (number | null)[];
}

/** The seeds of `runs` replications, as the engine derives them: run 0 is the scenario's seed. */
export function replicationSeeds(seed: number, runs: number): number[] {
	return Array.from({ length: runs }, (_, i) => replicationSeed(seed, i));
}

function meanOrNull(values: (number | null)[]): number | null {
	const present = values.filter((x): x is number => x !== null);
	return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
}

export function evaluateScenario(
	scenario: Scenario,
	run: RunScenario,
	runs: number = scenario.runs,
	onProgress?: (done: number, total: number) => void
): Evaluation {
	const seeds = replicationSeeds(scenario.seed, runs);
	const results: SimulationResult[] = [];
	for (const seed of seeds) {
		results.push(run(scenario, seed));
		onProgress?.(results.length, runs);
	}
	const figures = results.map(kindFigures);
	const perRun: PerRunFigures = {
		kinds: Object.fromEntries(
			DECISION_KINDS.map((k) => {
				const stats = results.map((r) => r.decisions[k]);
				return [
					k,
					{
						leadTimeMean: stats.map((d) => d.leadTimeDays.mean),
						leadTimeP85: stats.map((d) => d.leadTimeDays.p85),
						throughputPerWeek: stats.map((d) => d.throughputPerWeek),
						inProgress: stats.map((d) => d.inProgress),
						daysInSystem: figures.map((f) => f[k])
					}
				];
			})
		) as Record<DecisionKind, KindRuns>,
		score: results.map((r) => leadTimeScore(r, 'all'))
	};
	const replicated = { runs, seeds, detail: results[0], bands: summarise(results, scenario) };
	return {
		scenario,
		runs,
		seeds,
		summary: toSummaryJson(scenario, replicated),
		detail: results[0],
		score: meanOrNull(results.map((r) => leadTimeScore(r, 'all'))),
		scoreByKind: Object.fromEntries(
			DECISION_KINDS.map((k) => [k, meanOrNull(figures.map((f) => f[k]))])
		) as Record<DecisionKind, number | null>,
		people: roleCounts(scenario),
		perRun
	};
}
