/**
 * The headline figures as the CLI prints them, looked up by their JSON key
 * (`decisions.backlog.leadTimeDays.mean`). One definition on every screen and in every export:
 * a headline figure is the median over the scenario's runs (its `runs` setting), with the 5–95%
 * range beside it, exactly what `npm run simulate -- '<query>' --runs N --json` prints for the
 * same link and what /compare and /report show. The median lies inside its own range by
 * construction. Until the replications are in, the figures are the scenario's first run (its own
 * seed), marked provisional (`final` false); that run stays the one the timeline and the charts
 * of a single run draw.
 */
import type {
	DecisionBands,
	DecisionKind,
	DecisionStats,
	OptionalBand,
	SimulationResult,
	SimulationSummary,
	SummaryDecision
} from '$lib/sim/types';

/** What a headline card reads of a decision kind: one run's stats or the medians over runs. */
export type HeadlineDecision = Pick<
	DecisionStats & SummaryDecision,
	| 'created'
	| 'completed'
	| 'inProgress'
	| 'throughputPerWeek'
	| 'wipMean'
	| 'leadTimeDays'
	| 'open'
	| 'leadTimeMeanIsLowerBound'
>;

export interface Figures {
	/** The value at a CLI JSON key, or null when there is none. */
	value(key: string): number | null;
	/**
	 * The 5th–95th percentile range over runs, when there are several and they are in. A lead
	 * time's ends are null where runs without one reach them (they count as the longest).
	 */
	band(key: string): OptionalBand | undefined;
	/** The headline figures of a decision kind (medians once final): lead times and what is open. */
	decision(kind: DecisionKind): HeadlineDecision;
	/** Runs in which nothing of the kind finished, once the replications are in. */
	runsWithNoneFinished(kind: DecisionKind): number | null;
	/** True once the replications are in: the figures are medians over `runs`. */
	final: boolean;
	runs: number;
	/** The runs asked for (the scenario's `runs` setting), for "first run; N more running". */
	runsAsked: number;
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

export function figuresOf(
	result: SimulationResult,
	summary: SimulationSummary | null,
	runsAsked = summary?.runs ?? 1
): Figures {
	const bandsOf = (kind: string) =>
		summary?.decisions[kind as keyof SimulationSummary['decisions']]?.bands;
	return {
		value: (key) => at(summary ?? result, key),
		band(key) {
			const match = /^decisions\.(\w+)\.(.+)$/.exec(key);
			if (!match) return undefined;
			const bands = bandsOf(match[1]);
			const field = BAND_FIELD[match[2]];
			return bands && field ? bands[field] : undefined;
		},
		decision: (kind) => (summary ?? result).decisions[kind],
		runsWithNoneFinished: (kind) => bandsOf(kind)?.runsWithNoneFinished ?? null,
		final: summary !== null,
		runs: summary?.runs ?? 1,
		runsAsked
	};
}
