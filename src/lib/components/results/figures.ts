/**
 * The headline figures as the CLI prints them, looked up by their JSON key
 * (`decisions.backlog.leadTimeDays.mean`). The values are the scenario's own run (its seed),
 * exactly what `npm run simulate -- '<query>' --json` prints for the same link and what every
 * chart draws; the replications add their 5–95% ranges once they are in (the CLI prints those
 * with `--runs N`, where its headline becomes the median instead).
 */
import type { Band, DecisionBands, SimulationResult, SimulationSummary } from '$lib/sim/types';

export interface Figures {
	/** The value at a CLI JSON key, or null when there is none. */
	value(key: string): number | null;
	/** The 5th–95th percentile range over runs, when there are several and they are in. */
	band(key: string): Band | undefined;
	/** True once the replications' ranges are in. */
	final: boolean;
	runs: number;
}

const BAND_FIELD: Record<string, keyof DecisionBands> = {
	'leadTimeDays.mean': 'leadTimeMean',
	'leadTimeDays.p50': 'leadTimeP50',
	'leadTimeDays.p85': 'leadTimeP85',
	'leadTimeDays.p95': 'leadTimeP95',
	throughputPerWeek: 'throughputPerWeek',
	created: 'created',
	completed: 'completed',
	wipMean: 'wipMean'
};

function at(source: unknown, key: string): number | null {
	let node: unknown = source;
	for (const part of key.split('.')) {
		if (node === null || typeof node !== 'object') return null;
		node = (node as Record<string, unknown>)[part];
	}
	return typeof node === 'number' ? node : null;
}

export function figuresOf(result: SimulationResult, summary: SimulationSummary | null): Figures {
	return {
		value: (key) => at(result, key),
		band(key) {
			const match = /^decisions\.(\w+)\.(.+)$/.exec(key);
			if (!summary || !match) return undefined;
			const bands = summary.decisions[match[1] as keyof SimulationSummary['decisions']]?.bands;
			const field = BAND_FIELD[match[2]];
			return bands && field ? bands[field] : undefined;
		},
		final: summary !== null,
		runs: summary?.runs ?? 1
	};
}
