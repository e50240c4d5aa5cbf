import type { Scenario } from '../scenario/index';
import { isLineVary, type SweepValues, type Vary } from './varySpec';

/**
 * The points of a sweep in their one order: the first setting varies fastest, so a grid is
 * read row by row (one row per value of the second setting) and a row is a line sweep.
 */
export function pointCount(vary: readonly Vary[]): number {
	return vary.reduce((n, v) => n * v.values.length, 1);
}

/** The settings of point `index`: `{ teamsPerPm: 4 }`, or two keys for a grid. */
export function pointValues(vary: readonly Vary[], index: number): SweepValues {
	const values: SweepValues = {};
	let rest = index;
	for (const v of vary) {
		values[v.key] = v.values[rest % v.values.length];
		rest = Math.floor(rest / v.values.length);
	}
	return values;
}

/** The index of the point with these settings, or -1 when the sweep has no such point. */
export function pointIndex(vary: readonly Vary[], values: SweepValues): number {
	let index = 0;
	let scale = 1;
	for (const v of vary) {
		const i = v.values.indexOf(values[v.key]);
		if (i < 0) return -1;
		index += i * scale;
		scale *= v.values.length;
	}
	return index;
}

/**
 * The scenario of one point: the sweep's scenario with the point's settings, and `runs` set to
 * the sweep's runs, so that its link opens with the very figures the sweep drew.
 */
export function pointScenario(scenario: Scenario, values: SweepValues, runs: number): Scenario {
	return { ...scenario, ...values, runs } as Scenario;
}

/**
 * A sweep's point scenarios, each made once and kept until taken: the demand solved for a point
 * (cached by scenario object, demand.ts) then serves both its work estimate and its outlook.
 */
export class PointScenarios {
	private readonly kept = new Map<number, Scenario>();

	constructor(
		private readonly scenario: Scenario,
		private readonly vary: readonly Vary[],
		private readonly runs: number
	) {}

	/** The scenario of point `index`, kept for a later take(). */
	of(index: number): Scenario {
		let point = this.kept.get(index);
		if (!point) {
			point = pointScenario(this.scenario, pointValues(this.vary, index), this.runs);
			this.kept.set(index, point);
		}
		return point;
	}

	/** The scenario of point `index`, no longer kept. */
	take(index: number): Scenario {
		const point = this.of(index);
		this.kept.delete(index);
		return point;
	}
}

/** The indexes shard `shard` of `of` runs: every `of`-th point from the shard's number (1-based). */
export function* shardIndexes(count: number, shard: number, of: number): Generator<number> {
	for (let i = shard - 1; i < count; i += of) yield i;
}

/**
 * The order a page runs the points in: sweep order, but a compare sweep's lines side by side
 * (each value of the first setting for every line in turn), so the lines grow together.
 */
export function runOrder(vary: readonly Vary[]): number[] {
	const count = pointCount(vary);
	if (!isLineVary(vary[1])) return Array.from({ length: count }, (_, i) => i);
	const width = vary[0].values.length;
	const lines = vary[1].values.length;
	return Array.from({ length: count }, (_, i) => (i % lines) * width + Math.floor(i / lines));
}
