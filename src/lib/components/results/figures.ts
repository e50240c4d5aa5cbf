/**
 * The headline figures as the CLI prints them, looked up by their JSON key
 * (`decisions.backlog.leadTimeDays.mean`). The values are the scenario's own run (its seed),
 * exactly what `npm run simulate -- '<query>' --json` prints for the same link and what every
 * chart draws; the replications add their 5–95% ranges once they are in (the CLI prints those
 * with `--runs N`, where its headline becomes the median instead).
 */
import type {
	DecisionBands,
	DecisionKind,
	DecisionStats,
	OptionalBand,
	SimulationResult,
	SimulationSummary
} from '$lib/sim/types';

export interface Figures {
	/** The value at a CLI JSON key, or null when there is none. */
	value(key: string): number | null;
	/**
	 * The 5th–95th percentile range over runs, when there are several and they are in. A lead
	 * time's ends are null where runs without one reach them (they count as the longest).
	 */
	band(key: string): OptionalBand | undefined;
	/** The run's own figures of a decision kind: lead times with the open decisions beside them. */
	decision(kind: DecisionKind): DecisionStats;
	/** Runs in which nothing of the kind finished, once the replications are in. */
	runsWithNoneFinished(kind: DecisionKind): number | null;
	/** True once the replications' ranges are in. */
	final: boolean;
	runs: number;
}

type BandField = {
	[K in keyof DecisionBands]: DecisionBands[K] extends OptionalBand ? K : never;
}[keyof DecisionBands];

const BAND_FIELD: Record<string, BandField> = {
	'leadTimeDays.mean': 'leadTimeMean',
	'leadTimeDays.p50': 'leadTimeP50',
	'leadTimeDays.p85': 'leadTimeP85',
	'leadTimeDays.p95': 'leadTimeP95',
	'open.oldestDays': 'openOldestDays',
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
	const bandsOf = (kind: string) =>
		summary?.decisions[kind as keyof SimulationSummary['decisions']]?.bands;
	return {
		value: (key) => at(result, key),
		band(key) {
			const match = /^decisions\.(\w+)\.(.+)$/.exec(key);
			if (!match) return undefined;
			const bands = bandsOf(match[1]);
			const field = BAND_FIELD[match[2]];
			return bands && field ? bands[field] : undefined;
		},
		decision: (kind) => result.decisions[kind],
		runsWithNoneFinished: (kind) => bandsOf(kind)?.runsWithNoneFinished ?? null,
		final: summary !== null,
		runs: summary?.runs ?? 1
	};
}
