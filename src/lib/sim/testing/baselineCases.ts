import type { RunTotals } from '../runTotals';

/** Presets, seeds and horizons of the stored pre-hidden-work baseline (engineBaseline.json). */
export const BASELINE_CASES = [
	{ preset: 'scale-up', seed: 1, weeks: 13 },
	{ preset: 'startup', seed: 7, weeks: 26 },
	{ preset: 'combined', seed: 3, weeks: 13 },
	{ preset: 'pm-only', seed: 11, weeks: 13 },
	{ preset: 'po-only', seed: 5, weeks: 13 },
	{ preset: 'enterprise', seed: 2, weeks: 6 }
] as const;

const round = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(12)) : String(x));

function plain(value: unknown): unknown {
	if (ArrayBuffer.isView(value)) return Array.from(value as Float64Array, round);
	if (typeof value === 'number') return round(value);
	if (Array.isArray(value)) return value.map(plain);
	return value;
}

/**
 * The totals a run returns, as plain JSON (typed arrays as lists, numbers to 12 digits), without
 * the scenario and organisation (inputs, not results) and without the hidden-work books the old
 * engine did not keep.
 */
export function totalsJson(t: RunTotals): unknown {
	const obj = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plain(v)]));
	return {
		events: t.events,
		kinds: t.kinds.map((k) => obj(k)),
		stations: obj(t.stations),
		stationSteps: obj(t.stationSteps),
		stakeholders: obj(t.stakeholders),
		handoffs: [...t.handoffs.entries()].sort((a, b) => a[0] - b[0])
	};
}
