import type { Scenario } from '../scenario/index';
import { costSummary } from './metrics/cost';
import type { HiddenWork } from './metrics/hiddenWork';
import { spanOfControl } from './metrics/span';
import {
	DECISION_KINDS,
	type DecisionBands,
	type DecisionKind,
	type ReplicatedResult,
	type SimulationResult,
	type SimulationSummary,
	type SummaryDecision,
	type SummaryRole
} from './types';

function isReplicated(r: SimulationResult | ReplicatedResult): r is ReplicatedResult {
	return 'detail' in r;
}

/**
 * The CLI's JSON (docs/cli.md) from one run or from replications. With several runs every
 * headline figure is the median across runs and carries its band; `inProgress` is median
 * created − median completed so that created = completed + inProgress still holds.
 */
export function toSummaryJson(
	scenario: Scenario,
	result: SimulationResult | ReplicatedResult
): SimulationSummary {
	const detail = isReplicated(result) ? result.detail : result;
	const bands = isReplicated(result) && result.runs > 1 ? result.bands : null;
	const runs = isReplicated(result) ? result.runs : 1;

	const hiddenWork = bands ? bands.hiddenWork : detail.hiddenWork;
	const decisions = {} as Record<DecisionKind, SummaryDecision>;
	for (const kind of DECISION_KINDS) {
		const d = detail.decisions[kind];
		const b = bands?.decisions[kind];
		const hidden = hiddenByKind(hiddenWork, kind);
		decisions[kind] = b
			? {
					created: b.created.p50,
					completed: b.completed.p50,
					inProgress: b.created.p50 - b.completed.p50,
					throughputPerWeek: b.throughputPerWeek.p50,
					wipMean: b.wipMean.p50,
					leadTimeDays: {
						mean: b.leadTimeMean.p50,
						p50: b.leadTimeP50.p50,
						p85: b.leadTimeP85.p50,
						p95: b.leadTimeP95.p50
					},
					stalled: d.stalled ?? 0,
					open: openOverRuns(b),
					leadTimeMeanIsLowerBound: b.runsWithMeanLowerBound * 2 >= runs,
					steps: b.steps,
					bands: b,
					...hidden
				}
			: {
					created: d.created,
					completed: d.completed,
					inProgress: d.inProgress,
					throughputPerWeek: d.throughputPerWeek,
					wipMean: d.wipMean,
					leadTimeDays: d.leadTimeDays,
					stalled: d.stalled ?? 0,
					open: d.open,
					leadTimeMeanIsLowerBound: d.leadTimeMeanIsLowerBound,
					steps: d.steps,
					...hidden
				};
	}

	const roles: SummaryRole[] = detail.roles.map((r) => {
		const b = bands?.roles[r.id];
		return {
			id: r.id,
			kind: r.kind,
			label: r.label,
			servers: r.servers,
			productiveHoursPerWeek: r.productiveHoursPerWeek,
			utilisation: b ? b.utilisation.p50 : r.utilisation,
			load: r.load,
			measuredLoad: b ? b.measuredLoad.p50 : r.measuredLoad,
			offeredHoursPerWeek: b ? b.offeredHoursPerWeek.p50 : r.offeredHoursPerWeek,
			demandHoursPerWeek: r.demandHoursPerWeek,
			queueMean: b ? b.queueMean.p50 : r.queueMean,
			waitCausedDays: b ? b.waitCausedDays.p50 : r.waitCausedDays,
			...(b ? { bands: b } : {})
		};
	});

	return {
		scenario,
		runs: isReplicated(result) ? result.runs : 1,
		seeds: isReplicated(result) ? result.seeds : [result.seed],
		weeks: detail.weeks,
		events: detail.events,
		verdict: detail.verdict,
		decisions,
		roles,
		bottlenecks: bands ? bands.bottlenecks : detail.bottlenecks,
		waiting: bands ? bands.waiting : detail.waiting,
		gaps: bands ? bands.gaps : detail.gaps,
		...(bands
			? { topBottleneckShare: bands.topBottleneckShare, utilisationByKind: bands.utilisationByKind }
			: {}),
		cost: costSummary(scenario, {
			roadmap: decisions.roadmap.throughputPerWeek,
			backlog: decisions.backlog.throughputPerWeek,
			pricing: decisions.pricing.throughputPerWeek
		}),
		span: spanOfControl(scenario),
		hiddenWork
	};
}

/**
 * A decision kind's questions and rework: only backlog items are built, so only they raise
 * questions and go through acceptance; roadmap and pricing decisions have none.
 */
function hiddenByKind(
	h: HiddenWork,
	kind: DecisionKind
): Pick<SummaryDecision, 'exceptions' | 'reworkRate'> {
	if (kind !== 'backlog') {
		return {
			exceptions: { raised: 0, answeredByOwner: 0, escalated: 0, byDefault: 0 },
			reworkRate: 0
		};
	}
	const { story, scope } = h.exceptions;
	return {
		exceptions: {
			raised: story.raised + scope.raised,
			answeredByOwner: story.answeredByOwner + scope.answeredByOwner,
			escalated: story.escalated + scope.escalated,
			byDefault: story.byDefault + scope.byDefault
		},
		reworkRate: h.reworkRate
	};
}

/** What is open in the median run; `notSimulated` only where the admission cap was reached. */
function openOverRuns(b: DecisionBands): SummaryDecision['open'] {
	const open = { count: b.created.p50 - b.completed.p50, oldestDays: b.openOldestDays.p50 };
	return b.notSimulated.p50 > 0 ? { ...open, notSimulated: b.notSimulated.p50 } : open;
}
