import type { KindTotals } from './runTotals';

/**
 * Bounded memory per run. In a hopelessly overloaded organisation decisions arrive faster than
 * anyone finishes them, and every open decision holds a row of the decision pool (about 220
 * bytes with its per-state sums), a queued task and a clock event; at the largest link that grew
 * to 1.7 GB in one 260-week run. So at most this many decisions are simulated at once; a decision
 * created while the pool is full is counted (created, open, of its kind, at its creation week)
 * but never steps through its flow. Measured at the largest link (200 teams of 20, every demand
 * at its maximum) with `--runs 1`, peak RSS of the CLI: without the bound 350 MB at 26 weeks and
 * 534 MB at 52 (about 7 MB a week more, so some 2 GB at 260); with it 209 MB at 26 weeks and
 * 207 MB at 52, flat. Assumption: a number chosen for memory, not from the domain; below it a
 * run is exactly what it was without it.
 */
export const MAX_DECISIONS_IN_FLIGHT = 200_000;

export interface EngineOptions {
	/** Overrides MAX_DECISIONS_IN_FLIGHT (tests use a small one). */
	maxDecisionsInFlight?: number;
}

/** Half a week in clock hours: a not-simulated decision's age is taken at mid creation week. */
const HALF_WEEK = 20;

/**
 * Decisions never simulated, as right-censored ages (clock hours) with their counts, ascending.
 * Each one's age is approximated by the middle of its creation week: the histogram keeps no
 * finer time, and the error is at most half a week.
 */
export function notSimulatedAges(
	k: KindTotals,
	horizon: number
): { ages: Float64Array; counts: Int32Array } {
	const byWeek = k.notSimulatedByWeek;
	let bins = 0;
	for (let w = 0; w < byWeek.length; w++) if (byWeek[w] > 0) bins++;
	const ages = new Float64Array(bins);
	const counts = new Int32Array(bins);
	let i = 0;
	// The latest week is the youngest: walk weeks backwards for ascending ages.
	for (let w = byWeek.length - 1; w >= 0; w--) {
		if (byWeek[w] === 0) continue;
		ages[i] = Math.max(0, horizon - (w * 2 * HALF_WEEK + HALF_WEEK));
		counts[i++] = byWeek[w];
	}
	return { ages, counts };
}

/**
 * The sentence that says the bound was reached, or null: a result with decisions that were
 * counted but not simulated must say so wherever its figures are read.
 */
export function notSimulatedNote(
	decisions: Record<string, { open: { notSimulated?: number } }>
): string | null {
	let total = 0;
	for (const d of Object.values(decisions)) total += d.open.notSimulated ?? 0;
	if (total === 0) return null;
	return (
		`So many decisions piled up at once that ${total.toLocaleString('en-GB')} later ones were ` +
		`counted as created and still open but not simulated step by step (memory bound); their ` +
		`ages are taken at their creation week.`
	);
}
