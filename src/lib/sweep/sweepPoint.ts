import type { Scenario } from '../scenario/index';
import {
	DECISION_KINDS,
	runReplications,
	toSummaryJson,
	type DecisionKind,
	type SimulationSummary,
	type VerdictStatus
} from '../sim/index';
import { scenarioDemand } from '../sim/demand';
import { roleDemandFigures, verdictOf } from '../sim/metrics/verdict';
import { buildOrganisation } from '../sim/org';
import { pointScenario } from './sweepPoints';
import type { SweepValues } from './varySpec';

/** What a sweep keeps of one point: the figures its chart and table show. */
export interface SweepPoint {
	values: SweepValues;
	verdict: VerdictStatus;
	decisions: Record<
		DecisionKind,
		{ leadTimeDays: { p50: number | null; p85: number | null }; throughputPerWeek: number }
	>;
	/** The role with the highest load (from demand, as the verdict reads it), by its label. */
	busiest: { role: string; load: number } | null;
	costPerDecision: number | null;
}

/**
 * What a point's settings decide before any run: the verdict and the busiest role's load come
 * from the scenario's demand (demand.ts), not from the runs, so they are final at once; lead
 * times, throughput and cost wait for the runs (`decisions` and `costPerDecision` are null).
 */
export interface SweepOutlook {
	values: SweepValues;
	verdict: VerdictStatus;
	busiest: SweepPoint['busiest'];
	decisions: null;
	costPerDecision: null;
}

/** The verdict's busiest role as a point keeps it: its label and load. */
function busiestOf(figure: { label: string; load: number } | null): SweepPoint['busiest'] {
	return figure ? { role: figure.label, load: figure.load } : null;
}

/** A point as the page draws it: its outlook until its runs are in, then its own figures. */
export type DrawnPoint = SweepPoint | SweepOutlook;

/**
 * A point's outlook: the verdict and busiest role `runSweepPoint` will report for it (a test holds
 * them equal), from the settings alone, in about a millisecond for a small organisation. `point`:
 * the point's scenario when already made (PointScenarios), whose solved demand it reuses.
 */
export function pointOutlook(
	scenario: Scenario,
	values: SweepValues,
	runs: number,
	point: Scenario = pointScenario(scenario, values, runs)
): SweepOutlook {
	const org = buildOrganisation(point);
	const demand = scenarioDemand(point, org);
	const verdict = verdictOf(point, demand, roleDemandFigures(org, demand));
	return {
		values,
		verdict: verdict.status,
		busiest: busiestOf(verdict.busiest),
		decisions: null,
		costPerDecision: null
	};
}

/**
 * A point's figures from the summary `npm run simulate -- '<point link>' --runs N --json`
 * prints: the same medians, verdict and cost, so a point and its link never disagree.
 */
export function pointFromSummary(values: SweepValues, summary: SimulationSummary): SweepPoint {
	const decisions = {} as SweepPoint['decisions'];
	for (const kind of DECISION_KINDS) {
		const d = summary.decisions[kind];
		decisions[kind] = {
			leadTimeDays: { p50: d.leadTimeDays.p50, p85: d.leadTimeDays.p85 },
			throughputPerWeek: d.throughputPerWeek
		};
	}
	return {
		values,
		verdict: summary.verdict.status,
		decisions,
		busiest: busiestOf(summary.verdict.busiest),
		costPerDecision: summary.cost.perDecision
	};
}

/**
 * Runs one point: `runs` replications on the seeds derived from the scenario's seed, the same
 * seeds at every point (paired), so two points differ by their settings and not by luck.
 */
export function runSweepPoint(scenario: Scenario, values: SweepValues, runs: number): SweepPoint {
	const point = pointScenario(scenario, values, runs);
	return pointFromSummary(values, toSummaryJson(point, runReplications(point, runs)));
}
