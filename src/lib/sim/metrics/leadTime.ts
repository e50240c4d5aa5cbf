import type { Band, Percentiles } from '../types';

/**
 * The p-quantile of ascending values by linear interpolation between order statistics (R-7,
 * the rule of d3.quantileSorted and Excel's PERCENTILE.INC). 0 for an empty array.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
	const n = sorted.length;
	if (n === 0) return 0;
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, n - 1);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (h - lo);
}

/** The values times `scale`, ascending, in a new typed array (a plain loop: fast, no callback). */
export function sortedScaled(values: ArrayLike<number>, scale = 1): Float64Array {
	const out = new Float64Array(values.length);
	for (let i = 0; i < out.length; i++) out[i] = values[i] * scale;
	return out.sort();
}

/** Mean, p50, p85 and p95 of values already sorted; zeros when there are none. */
export function percentilesOfSorted(sorted: ArrayLike<number>): Percentiles {
	let sum = 0;
	for (let i = 0; i < sorted.length; i++) sum += sorted[i];
	return {
		mean: sorted.length > 0 ? sum / sorted.length : 0,
		p50: quantileSorted(sorted, 0.5),
		p85: quantileSorted(sorted, 0.85),
		p95: quantileSorted(sorted, 0.95)
	};
}

/** Mean, p50, p85 and p95 of values; zeros when there are none (check `completed`). */
export function leadTimePercentiles(values: ArrayLike<number>, scale = 1): Percentiles {
	return percentilesOfSorted(sortedScaled(values, scale));
}

/** Largest lead-time sample kept per decision kind, enough for a histogram. */
export const LEAD_TIME_SAMPLE_CAP = 500;

/**
 * A sorted sample of at most `cap` values: all of them when there are few, else evenly spaced
 * order statistics (the first and last included), so the sample keeps the distribution's shape
 * and is the same for the same run.
 */
export function leadTimeSample(
	values: ArrayLike<number>,
	scale = 1,
	cap = LEAD_TIME_SAMPLE_CAP
): number[] {
	return sampleOfSorted(sortedScaled(values, scale), cap);
}

/** `leadTimeSample` for values already sorted. */
export function sampleOfSorted(sorted: ArrayLike<number>, cap = LEAD_TIME_SAMPLE_CAP): number[] {
	const n = sorted.length;
	if (n <= cap) return Array.from(sorted);
	return Array.from({ length: cap }, (_, i) => sorted[Math.round((i * (n - 1)) / (cap - 1))]);
}

/** 5th, 50th and 95th percentile of per-run values. */
export function band(values: readonly number[]): Band {
	const sorted = Float64Array.from(values).sort();
	return {
		p5: quantileSorted(sorted, 0.05),
		p50: quantileSorted(sorted, 0.5),
		p95: quantileSorted(sorted, 0.95)
	};
}
