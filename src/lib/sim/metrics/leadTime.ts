import type { Band, OptionalBand, Percentiles } from '../types';

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

/** Right-censored observations given as ages (ascending) with how many share each. */
export interface CensoredGroups {
	ages: ArrayLike<number>;
	counts: ArrayLike<number>;
}

const NO_GROUPS: CensoredGroups = { ages: [], counts: [] };

/** Slack for the product-limit arithmetic: S = 0.5 must count as "at or below 0.5". */
const SURVIVAL_EPSILON = 1e-9;

/**
 * Lead-time percentiles that account for what never finished: the Kaplan–Meier product-limit
 * estimate (Kaplan and Meier, JASA 53, 1958), with finished decisions as events at their lead
 * time and open ones right-censored at their age. The p-quantile is the smallest lead time at
 * which the survival S(t) (the share still unfinished) falls below 1 − p; where S equals 1 − p
 * exactly between two finishes it is their midpoint (the convention of R's survfit, so that the
 * median of 1, 2, 3, 4 is 2.5 as usual); null when S never falls that far. `mean` is
 * the area under S up to the oldest observation (the restricted mean: the plain mean when
 * nothing is open, else a lower bound). Both inputs ascending; `openGroups` adds censored
 * observations in bulk (decisions counted but not simulated, admission.ts).
 */
export function survivalPercentiles(
	finishedSorted: ArrayLike<number>,
	openSorted: ArrayLike<number>,
	openGroups: CensoredGroups = NO_GROUPS
): Percentiles {
	const none = { mean: null, p50: null, p85: null, p95: null };
	const events = finishedSorted.length;
	if (events === 0) return none;
	const groupAges = openGroups.ages;
	const groups = groupAges.length;
	let grouped = 0;
	for (let g = 0; g < groups; g++) grouped += openGroups.counts[g];
	const targets = [0.5, 0.85, 0.95];
	const found: (number | null)[] = [null, null, null];
	// A target S hit exactly at time t: the quantile is halfway to the next finish.
	const exactAt: (number | null)[] = [null, null, null];
	let atRisk = events + openSorted.length + grouped;
	let survival = 1;
	let area = 0;
	let last = 0;
	let i = 0;
	let j = 0;
	let g = 0;
	while (i < events || j < openSorted.length || g < groups) {
		// Events at a time come before censorings at the same time (the usual convention).
		const t = Math.min(
			i < events ? finishedSorted[i] : Infinity,
			j < openSorted.length ? openSorted[j] : Infinity,
			g < groups ? groupAges[g] : Infinity
		);
		area += survival * (t - last);
		last = t;
		let d = 0;
		while (i < events && finishedSorted[i] === t) {
			d++;
			i++;
		}
		if (d > 0) {
			survival *= 1 - d / atRisk;
			atRisk -= d;
			targets.forEach((p, k) => {
				if (found[k] !== null) return;
				const exact = exactAt[k];
				if (exact !== null) found[k] = (exact + t) / 2;
				else if (Math.abs(survival - (1 - p)) <= SURVIVAL_EPSILON) exactAt[k] = t;
				else if (survival < 1 - p) found[k] = t;
			});
		}
		while (j < openSorted.length && openSorted[j] === t) {
			atRisk--;
			j++;
		}
		while (g < groups && groupAges[g] === t) atRisk -= openGroups.counts[g++];
	}
	// S stayed exactly at a target after its last finish: the last finish is the quantile.
	const at = (k: number) =>
		found[k] ?? (survival <= 1 - targets[k] + SURVIVAL_EPSILON ? exactAt[k] : null);
	return { mean: area, p50: at(0), p85: at(1), p95: at(2) };
}

/**
 * 5th, 50th and 95th percentile of per-run values that may be missing (null). A missing value
 * counts as larger than every present one (a run where nothing finished took longer than any
 * that finished), so it moves the band up instead of dropping out; a band percentile that lands
 * on missing values is null.
 */
export function optionalBand(values: readonly (number | null)[]): OptionalBand {
	const sorted = Float64Array.from(values, (v) =>
		v === null ? Number.POSITIVE_INFINITY : v
	).sort();
	const at = (p: number): number | null => {
		const h = (sorted.length - 1) * p;
		const lo = Math.floor(h);
		const hi = Math.min(lo + 1, sorted.length - 1);
		const frac = h - lo;
		const value = frac === 0 ? sorted[lo] : sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
		return sorted.length > 0 && Number.isFinite(value) ? value : null;
	};
	return { p5: at(0.05), p50: at(0.5), p95: at(0.95) };
}
