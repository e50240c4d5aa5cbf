/**
 * When a measured change is real: the rule that decides whether a what-if change is ranked as an
 * improvement (or a loss) or labelled "within the noise", defined once for the what-if panel, the
 * advice lines and the report.
 *
 * The change and the base run on the same seeds, so each seed gives one paired difference
 * (base − change, in days; positive is shorter). A change is clear when both hold:
 * - the 90% confidence interval of the mean paired difference (Student's t, n − 1 degrees of
 *   freedom) excludes zero, so chance alone would rarely show an effect this consistent; and
 * - the mean effect is at least the smallest effect worth acting on, MIN_EFFECT_DAYS or
 *   MIN_EFFECT_SHARE of the base figure, whichever is larger. Common random numbers make even a
 *   tiny effect consistent across seeds; a model calibrated to rules of thumb cannot support a
 *   difference of a few percent, so such a change is reported as within the noise.
 */

/** Two-sided confidence of the interval of the mean paired difference. */
export const NOISE_CONFIDENCE = 0.9;

/**
 * Smallest effect called a change, as a share of the base figure. Assumption: the model's inputs
 * are rules of thumb (PRODUCT.md), good to perhaps ±5%, so smaller differences are not advice.
 */
export const MIN_EFFECT_SHARE = 0.05;

/** Smallest effect called a change, in working days. Assumption: half a day is below notice. */
export const MIN_EFFECT_DAYS = 0.5;

/** t(0.95, df) for df = 1…30: the 90% two-sided quantile of Student's t. */
const T_95 = [
	6.314, 2.92, 2.353, 2.132, 2.015, 1.943, 1.895, 1.86, 1.833, 1.812, 1.796, 1.782, 1.771, 1.761,
	1.753, 1.746, 1.74, 1.734, 1.729, 1.725, 1.721, 1.717, 1.714, 1.711, 1.708, 1.706, 1.703, 1.701,
	1.699, 1.697
];
/** The normal quantile, for more than 30 degrees of freedom. */
const Z_95 = 1.645;

/** The 90% two-sided quantile of Student's t with `df` degrees of freedom. */
export function tQuantile90(df: number): number {
	if (!(df >= 1)) return Infinity;
	return df <= T_95.length ? T_95[Math.floor(df) - 1] : Z_95;
}

export interface PairedEffect {
	/** Mean paired difference, days (positive: the change is shorter). */
	mean: number;
	/** Standard error of the mean, days (0 with one pair). */
	standardError: number;
	/** The 90% interval of the mean; ±Infinity with fewer than two pairs. */
	low: number;
	high: number;
	/** The smallest effect called a change for this base figure, days. */
	minimum: number;
	/** True when the interval excludes zero and |mean| ≥ minimum. */
	clear: boolean;
}

/** The effect of a change from its paired differences against a base figure of `base` days. */
export function pairedEffect(differences: readonly number[], base: number): PairedEffect {
	const n = differences.length;
	const mean = n ? differences.reduce((a, b) => a + b, 0) / n : NaN;
	const variance = n > 1 ? differences.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : NaN;
	const standardError = n > 1 ? Math.sqrt(variance / n) : 0;
	const half = n > 1 ? tQuantile90(n - 1) * standardError : Infinity;
	const minimum = Math.max(MIN_EFFECT_DAYS, MIN_EFFECT_SHARE * Math.abs(base));
	const excludesZero = n > 1 && (mean - half > 0 || mean + half < 0);
	return {
		mean,
		standardError,
		low: mean - half,
		high: mean + half,
		minimum,
		clear: excludesZero && Math.abs(mean) >= minimum
	};
}
