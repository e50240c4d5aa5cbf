import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../cli/simulate';
import { presetScenario, type Scenario } from '../scenario/index';
import { MAX_DECISIONS_IN_FLIGHT } from './admission';
import { Engine } from './engine';
import { survivalPercentiles } from './metrics/leadTime';
import { runSimulation } from './runSimulation';
import { summarise } from './replications';
import { toSummaryJson } from './summary';
import { DECISION_KINDS } from './types';

/** Far more work than the people can do: decisions in flight pile up week after week. */
const OVERLOADED: Scenario = {
	...presetScenario('scale-up'),
	teams: 6,
	itemsPerWeek: 60,
	questionsPerDevWeek: 20,
	roadmapPerQuarter: 12,
	pricingPerQuarter: 20,
	weeks: 10
};

describe('memory bound: decisions in flight (admission.ts)', () => {
	it('a cap at the run’s own peak changes nothing; one below it does', () => {
		const engine = new Engine(OVERLOADED);
		engine.run();
		const peak = engine.decisionRows;
		expect(peak).toBeGreaterThan(1000);
		expect(peak).toBeLessThan(MAX_DECISIONS_IN_FLIGHT);
		const free = runSimulation(OVERLOADED);
		expect(runSimulation(OVERLOADED, { maxDecisionsInFlight: peak })).toEqual(free);
		expect(JSON.stringify(runSimulation(OVERLOADED, { maxDecisionsInFlight: peak }))).toBe(
			JSON.stringify(free)
		);
		for (const kind of DECISION_KINDS)
			expect(free.decisions[kind].open.notSimulated).toBe(undefined);
		const below = runSimulation(OVERLOADED, { maxDecisionsInFlight: peak - 1 });
		const counted = DECISION_KINDS.map((k) => below.decisions[k].open.notSimulated ?? 0);
		expect(counted.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
	});

	it('a small cap: memory stays under it, every decision is still counted, and the result says so', () => {
		const cap = 400;
		const engine = new Engine(OVERLOADED, OVERLOADED.seed, { maxDecisionsInFlight: cap });
		const totals = engine.run();
		expect(engine.decisionRows).toBe(cap);
		// A decision holds at most one task per cascade branch.
		expect(engine.resources.taskHighWater).toBeLessThanOrEqual(cap * OVERLOADED.cascadeTeams);
		const r = runSimulation(OVERLOADED, { maxDecisionsInFlight: cap });
		const free = runSimulation(OVERLOADED);
		let notSimulated = 0;
		for (const kind of DECISION_KINDS) {
			const d = r.decisions[kind];
			expect(d.created).toBe(d.completed + d.inProgress);
			expect(d.open.count).toBe(d.inProgress);
			expect(Object.values(d.openByState!).reduce((a, b) => a + b, 0)).toBe(d.inProgress);
			expect(d.createdByWeek.reduce((a, b) => a + b, 0)).toBe(d.created);
			// Arrivals draw from their own streams: the same decisions are created either way.
			if (kind === 'pricing') expect(d.created).toBe(free.decisions[kind].created);
			notSimulated += d.open.notSimulated ?? 0;
		}
		expect(notSimulated).toBe(totals.kinds.reduce((a, k) => a + k.notSimulated, 0));
		expect(notSimulated).toBeGreaterThan(1000);
		// The oldest open decision is as old as without the cap (the first ones are all simulated).
		const backlog = r.decisions.backlog;
		expect(backlog.open.oldestDays).toBeGreaterThan(0.8 * free.decisions.backlog.open.oldestDays!);
		expect(backlog.leadTimeDays.p95).toBeNull();
		expect(r.verdict.status).toBe('overloaded');
		expect(r.verdict.message).toContain(`${notSimulated.toLocaleString('en-GB')} later ones`);
		expect(formatSummary(toSummaryJson(OVERLOADED, r))).toContain('not simulated step by step');
	});

	it('over several runs, the summary (the CLI’s --runs and the page) still says how many were not simulated', () => {
		const seeds = [1, 2, 3];
		const results = seeds.map((seed) =>
			runSimulation({ ...OVERLOADED, seed }, { maxDecisionsInFlight: 400 })
		);
		const replicated = {
			runs: 3,
			seeds,
			detail: results[0],
			bands: summarise(results, OVERLOADED)
		};
		const summary = toSummaryJson(OVERLOADED, replicated);
		const perRun = results
			.map((r) => r.decisions.backlog.open.notSimulated ?? 0)
			.sort((a, b) => a - b);
		expect(perRun[1]).toBeGreaterThan(0);
		expect(summary.decisions.backlog.open.notSimulated).toBe(perRun[1]);
		expect(formatSummary(summary)).toContain('not simulated step by step');
		// Below the cap nothing changes: no such field at all.
		const free = toSummaryJson(OVERLOADED, {
			runs: 1,
			seeds: [1],
			detail: runSimulation(OVERLOADED),
			bands: summarise([runSimulation(OVERLOADED)], OVERLOADED)
		});
		expect(free.decisions.backlog.open.notSimulated).toBe(undefined);
	});

	it('Kaplan–Meier counts censored groups as that many single observations', () => {
		const finished = [1, 2, 3, 4, 6, 8, 9];
		const single = survivalPercentiles(finished, [2, 3, 3, 3, 5, 7, 7, 10]);
		const grouped = survivalPercentiles(finished, [2, 5, 10], { ages: [3, 7], counts: [3, 2] });
		expect(grouped).toEqual(single);
		expect(grouped).not.toEqual(survivalPercentiles(finished, [2, 5, 10]));
	});
});
