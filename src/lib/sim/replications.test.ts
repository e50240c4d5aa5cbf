import { describe, expect, it } from 'vitest';
import { presetScenario } from '../scenario/index';
import { runReplications } from './replications';
import { replicationSeed } from './rng';
import { runSimulation } from './runSimulation';
import { toSummaryJson } from './summary';
import { DECISION_KINDS } from './types';

describe('runReplications(scenario, runs, onProgress)', () => {
	const scenario = { ...presetScenario('scale-up'), seed: 11 };
	const progress: number[] = [];
	const rep = runReplications(scenario, 6, (done, total) => progress.push(done * 100 + total));

	it('runs the scenario seed first, then derived seeds, and reports progress', () => {
		expect(rep.runs).toBe(6);
		expect(rep.seeds[0]).toBe(11);
		expect(rep.seeds).toEqual([0, 1, 2, 3, 4, 5].map((i) => replicationSeed(11, i)));
		expect(new Set(rep.seeds).size).toBe(6);
		expect(progress).toEqual([106, 206, 306, 406, 506, 606]);
	});

	it('its detail is exactly the single run of the scenario', () => {
		expect(JSON.stringify(rep.detail)).toBe(JSON.stringify(runSimulation(scenario)));
	});

	it('bands are ordered p5 ≤ p50 ≤ p95 and bracket the runs', () => {
		for (const kind of DECISION_KINDS) {
			const d = rep.bands.decisions[kind];
			for (const b of [d.created, d.completed, d.throughputPerWeek, d.wipMean, d.leadTimeP50]) {
				expect(b.p5).toBeLessThanOrEqual(b.p50!);
				expect(b.p50).toBeLessThanOrEqual(b.p95!);
			}
		}
		const runs = rep.seeds.map(
			(seed) => runSimulation(scenario, { seed }).decisions.backlog.leadTimeDays.mean!
		);
		const b = rep.bands.decisions.backlog.leadTimeMean;
		expect(b.p5).toBeGreaterThanOrEqual(Math.min(...runs));
		expect(b.p95).toBeLessThanOrEqual(Math.max(...runs));
		expect(Object.keys(rep.bands.utilisationByKind).sort()).toEqual([
			'leadership',
			'pm',
			'po',
			'team'
		]);
		expect(rep.bands.roles['po-1'].utilisation.p50).toBeGreaterThan(0);
		// The default organisation is healthy: no role is above the strain line, so no bottleneck.
		expect(rep.bands.topBottleneckShare.p50).toBe(0);
		expect(rep.bands.bottlenecks).toEqual([]);
		expect(rep.bands.waiting.message).toMatch(
			/^No bottleneck: no role is above 85% load; waiting is \d+% of the lead time of finished decisions \(.*\)\. \(Median of 6 runs\.\)$/
		);
	});

	it('throws on a run count that is not a positive whole number', () => {
		expect(() => runReplications(scenario, 0)).toThrow(
			'runs must be a positive whole number, got 0'
		);
	});
});

describe('toSummaryJson(scenario, result)', () => {
	it('one run: the run figures, with the full scenario', () => {
		const scenario = presetScenario('pm-only');
		const result = runSimulation(scenario);
		const summary = toSummaryJson(scenario, result);
		const { story, scope } = result.hiddenWork.exceptions;
		expect(summary.scenario).toEqual(scenario);
		expect(summary.runs).toBe(1);
		expect(summary.seeds).toEqual([scenario.seed]);
		expect(summary.decisions.backlog).toEqual({
			created: result.decisions.backlog.created,
			completed: result.decisions.backlog.completed,
			inProgress: result.decisions.backlog.inProgress,
			throughputPerWeek: result.decisions.backlog.throughputPerWeek,
			wipMean: result.decisions.backlog.wipMean,
			leadTimeDays: result.decisions.backlog.leadTimeDays,
			stalled: 0,
			open: result.decisions.backlog.open,
			leadTimeMeanIsLowerBound: result.decisions.backlog.leadTimeMeanIsLowerBound,
			steps: result.decisions.backlog.steps,
			exceptions: {
				raised: story.raised + scope.raised,
				answeredByOwner: story.answeredByOwner + scope.answeredByOwner,
				escalated: story.escalated + scope.escalated,
				byDefault: story.byDefault + scope.byDefault
			},
			reworkRate: result.hiddenWork.reworkRate
		});
		// Only backlog items are built, so only they raise questions and go through acceptance.
		expect(summary.decisions.roadmap.exceptions.raised).toBe(0);
		expect(summary.hiddenWork).toEqual(result.hiddenWork);
		expect(summary.verdict).toEqual(result.verdict);
		expect(summary.waiting).toEqual(result.waiting);
		expect(summary.roles.map((r) => r.id)).toEqual(result.roles.map((r) => r.id));
		expect(summary.gaps).toEqual(result.gaps);
		expect(summary.topBottleneckShare).toBeUndefined();
	});

	it('several runs: medians with bands, and created = completed + in progress still holds', () => {
		const scenario = presetScenario('startup');
		const rep = runReplications(scenario, 5);
		const summary = toSummaryJson(scenario, rep);
		expect(summary.runs).toBe(5);
		for (const kind of DECISION_KINDS) {
			const d = summary.decisions[kind];
			expect(d.created).toBe(d.completed + d.inProgress);
			expect(d.leadTimeDays.mean).toBe(rep.bands.decisions[kind].leadTimeMean.p50);
			expect(d.bands).toEqual(rep.bands.decisions[kind]);
		}
		expect(summary.roles[0].utilisation).toBe(rep.bands.roles[summary.roles[0].id].utilisation.p50);
		expect(summary.topBottleneckShare).toEqual(rep.bands.topBottleneckShare);
	});
});
