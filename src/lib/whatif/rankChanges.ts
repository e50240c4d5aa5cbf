/**
 * Runs the base scenario and every candidate change on the same replication seeds and ranks the
 * changes by how much they shorten the lead-time figure of `leadTimeScore`.
 *
 * Common random numbers: run i of every scenario uses seed i of one list, so the demand and the
 * random durations a change meets are the same as the base's, and the paired difference
 * base_i − change_i measures the change, not the luck of the draw. Whether the change is real or
 * within the noise is decided by `pairedEffect` (./noise): its 90% interval must exclude zero and
 * the effect must reach the smallest effect worth acting on.
 */
import { DECISION_KINDS, type DecisionKind, type SimulationResult } from '$lib/sim/types';
import type { Scenario } from '$lib/scenario';
import type { CandidateChange } from './candidateChanges';
import { kindFigures, type KindFigures, type LeadTimeMetric } from './leadTimeScore';
import { pairedEffect } from './noise';

export type RunScenario = (scenario: Scenario, seed: number) => SimulationResult;

export interface RankOptions {
	/** One run of the engine: `(scenario, seed) => runSimulation(scenario, { seed })`. */
	run: RunScenario;
	/** The replication seeds, shared by the base and every candidate. */
	seeds: readonly number[];
	metric?: LeadTimeMetric;
	/** Called after each run; `done` of `total` runs. */
	onProgress?: (done: number, total: number) => void;
	/** Checked between runs; return true to stop early (what was finished is ranked). */
	shouldStop?: () => boolean;
}

export interface KindChange {
	base: number | null;
	next: number | null;
	/** next − base, days; negative is shorter. Null when the kind does not occur. */
	delta: number | null;
}

export interface RankedChange {
	candidate: CandidateChange;
	/** The ranking figure, mean over runs, in working days. */
	base: number;
	next: number;
	/** base − next, days: positive is an improvement. */
	improvementDays: number;
	/** improvementDays / base: 0.25 is a quarter shorter. */
	improvementShare: number;
	/** Standard error of the mean paired improvement, days (0 with one run). */
	standardError: number;
	/** The 90% interval of the mean paired improvement, days (±Infinity with one run). */
	interval: [number, number];
	/** The smallest improvement (or loss) called a change here, days (see ./noise). */
	minimumDays: number;
	/** Runs (of `runs`) in which the change was better than the base. */
	wins: number;
	runs: number;
	/** False when the effect is within the noise (see `pairedEffect`): never ranked as a gain. */
	clear: boolean;
	/** The same figure per decision kind, mean over runs. */
	byKind: Record<DecisionKind, KindChange>;
}

export interface Ranking {
	metric: LeadTimeMetric;
	/** The base scenario's figure, mean over runs. */
	base: number;
	baseByKind: Record<DecisionKind, number | null>;
	runs: number;
	/** Best first: clear improvements by days, then changes within the noise, then clear losses. */
	changes: RankedChange[];
	/** False when `shouldStop` cut the work short. */
	complete: boolean;
}

/**
 * The metric of one run pair, over the kinds present in both runs, so a kind that happens not to
 * occur in one run of a pair does not tilt the comparison.
 */
function pairScore(
	a: KindFigures,
	b: KindFigures,
	metric: LeadTimeMetric
): [number, number] | null {
	const kinds = metric === 'all' ? DECISION_KINDS : [metric];
	const both = kinds.filter((k) => a[k] !== null && b[k] !== null);
	if (!both.length) return null;
	const mean = (f: KindFigures) => both.reduce((s, k) => s + (f[k] as number), 0) / both.length;
	return [mean(a), mean(b)];
}

function meanOf(values: number[]): number {
	return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

function meanKind(figures: KindFigures[], kind: DecisionKind): number | null {
	const values = figures.map((f) => f[kind]).filter((x): x is number => x !== null);
	return values.length ? meanOf(values) : null;
}

/**
 * Clear improvements come first, then changes within the noise, then clear losses: a change that
 * helps by a day in every run outranks one that "helps" by two days on average but only by luck.
 */
function rankGroup(change: RankedChange): number {
	if (!change.clear) return 1;
	return change.improvementDays > 0 ? 0 : 2;
}

export function rankChanges(
	base: Scenario,
	candidates: readonly CandidateChange[],
	options: RankOptions
): Ranking {
	const { run, seeds, metric = 'all', onProgress, shouldStop } = options;
	if (seeds.length === 0) throw new Error('rankChanges needs at least one seed');
	const total = seeds.length * (candidates.length + 1);
	let done = 0;
	const step = () => onProgress?.(++done, total);

	const baseFigures: KindFigures[] = [];
	for (const seed of seeds) {
		baseFigures.push(kindFigures(run(base, seed)));
		step();
	}

	const baseScores = baseFigures
		.map((f) => pairScore(f, f, metric))
		.filter((x): x is [number, number] => x !== null)
		.map(([a]) => a);
	const baseByKind = Object.fromEntries(
		DECISION_KINDS.map((k) => [k, meanKind(baseFigures, k)])
	) as Record<DecisionKind, number | null>;

	const changes: RankedChange[] = [];
	let complete = true;
	for (const candidate of candidates) {
		if (shouldStop?.()) {
			complete = false;
			break;
		}
		const figures: KindFigures[] = [];
		const pairs: [number, number][] = [];
		for (let i = 0; i < seeds.length; i++) {
			const f = kindFigures(run(candidate.scenario, seeds[i]));
			figures.push(f);
			const pair = pairScore(baseFigures[i], f, metric);
			if (pair) pairs.push(pair);
			step();
		}
		if (!pairs.length) continue;
		const improvements = pairs.map(([a, b]) => a - b);
		const baseMean = meanOf(pairs.map(([a]) => a));
		const nextMean = meanOf(pairs.map(([, b]) => b));
		const effect = pairedEffect(improvements, baseMean);
		const improvementDays = effect.mean;
		const byKind = Object.fromEntries(
			DECISION_KINDS.map((k) => {
				const b = baseByKind[k];
				const n = meanKind(figures, k);
				return [k, { base: b, next: n, delta: b !== null && n !== null ? n - b : null }];
			})
		) as Record<DecisionKind, KindChange>;
		changes.push({
			candidate,
			base: baseMean,
			next: nextMean,
			improvementDays,
			improvementShare: baseMean > 0 ? improvementDays / baseMean : 0,
			standardError: effect.standardError,
			interval: [effect.low, effect.high],
			minimumDays: effect.minimum,
			wins: improvements.filter((d) => d > 0).length,
			runs: pairs.length,
			clear: effect.clear,
			byKind
		});
	}

	changes.sort(
		(a, b) =>
			rankGroup(a) - rankGroup(b) ||
			b.improvementDays - a.improvementDays ||
			a.candidate.cost.total - b.candidate.cost.total ||
			a.candidate.id.localeCompare(b.candidate.id)
	);
	return { metric, base: meanOf(baseScores), baseByKind, runs: seeds.length, changes, complete };
}
