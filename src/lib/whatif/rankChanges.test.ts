import { describe, expect, it } from 'vitest';
import { presetScenario, roleCounts, type Scenario } from '$lib/scenario';
import { candidateChanges, type CandidateChange } from './candidateChanges';
import { daysInSystem, leadTimeScore } from './leadTimeScore';
import { peopleCost } from './peopleCost';
import { rankChanges, type RunScenario } from './rankChanges';
import { fakeResult } from './testing/fakeResult';

describe('leadTimeScore(result, metric)', () => {
	// 10 weeks = 50 working days; days in system = wipMean × 50 / created.
	const result = fakeResult(10, {
		backlog: { created: 100, wipMean: 8, leadTimeMean: 3.9 },
		roadmap: { created: 10, wipMean: 2, leadTimeMean: 9 }
	});

	it('is Little’s law per kind: wipMean × horizon / created', () => {
		expect(daysInSystem(result, 'backlog')).toBe(4);
		expect(daysInSystem(result, 'roadmap')).toBe(10);
	});

	it('leaves out a kind that never occurs', () => {
		expect(daysInSystem(result, 'pricing')).toBeNull();
		expect(leadTimeScore(result, 'pricing')).toBeNull();
	});

	it('weighs each kind that occurs equally for "all"', () => {
		expect(leadTimeScore(result, 'all')).toBe(7);
		expect(leadTimeScore(result)).toBe(7);
		expect(leadTimeScore(result, 'backlog')).toBe(4);
	});

	it('counts stalled decisions at their age, where the completed-only mean does not exist', () => {
		const stalled = fakeResult(10, { pricing: { created: 5, completed: 0, wipMean: 2.5 } });
		expect(stalled.decisions.pricing.leadTimeDays.mean).toBeNull();
		expect(leadTimeScore(stalled, 'pricing')).toBe(25);
	});
});

/**
 * A fake engine whose figures follow the role counts: backlog time falls with more POs, roadmap
 * time with more PMs, and every run scales by 1 + seed/100 so that replications differ.
 */
const fakeRun: RunScenario = (scenario, seed) => {
	const people = roleCounts(scenario);
	const m = 1 + seed / 100;
	const pos = people.productOwners + people.combinedPmPo || 1;
	const pms = people.productManagers + people.combinedPmPo || 1;
	return fakeResult(
		10,
		{
			backlog: { created: 50, wipMean: (32 / pos) * m },
			roadmap: { created: 50, wipMean: (12 / pms) * m }
		},
		seed
	);
};

function candidate(base: Scenario, id: string, patch: Partial<Scenario>): CandidateChange {
	const scenario = { ...base, ...patch };
	return {
		id,
		kind: 'pm',
		label: id,
		detail: '',
		patch,
		scenario,
		cost: peopleCost(base, scenario),
		exact: true
	};
}

describe('rankChanges(base, candidates, options)', () => {
	const base = presetScenario('scale-up'); // 3 PMs, 8 POs
	const morePms = candidate(base, 'pm-add', { teamsPerPm: 2 }); // 4 PMs
	const fewerPos = candidate(base, 'po-remove', { teamsPerPo: 2 }); // 4 POs
	const seeds = [1, 2, 3]; // m = 1.01, 1.02, 1.03

	it('ranks by the mean paired improvement, best first, with per-kind figures', () => {
		const ranking = rankChanges(base, [fewerPos, morePms], { run: fakeRun, seeds });
		expect(ranking.metric).toBe('all');
		expect(ranking.runs).toBe(3);
		expect(ranking.complete).toBe(true);
		// Base: backlog 4m, roadmap 4m → 4m; mean m = 1.02.
		expect(ranking.base).toBeCloseTo(4.08, 10);
		expect(ranking.baseByKind).toEqual({
			roadmap: expect.closeTo(4.08, 10),
			backlog: expect.closeTo(4.08, 10),
			pricing: null
		});
		expect(ranking.changes.map((c) => c.candidate.id)).toEqual(['pm-add', 'po-remove']);

		const [best, worst] = ranking.changes;
		// One more PM: roadmap 4m → 3m, so "all" goes from 4m to 3.5m.
		expect(best.next).toBeCloseTo(3.57, 10);
		expect(best.improvementDays).toBeCloseTo(0.51, 10);
		expect(best.improvementShare).toBeCloseTo(0.125, 10);
		expect(best.wins).toBe(3);
		expect(best.clear).toBe(true);
		// Paired improvements 0.505, 0.51, 0.515: sd 0.005, se 0.005/√3.
		expect(best.standardError).toBeCloseTo(0.005 / Math.sqrt(3), 10);
		expect(best.byKind.roadmap.delta).toBeCloseTo(-1.02, 10);
		expect(best.byKind.backlog.delta).toBeCloseTo(0, 10);
		expect(best.byKind.pricing).toEqual({ base: null, next: null, delta: null });

		// Half the POs: backlog 4m → 8m, so "all" goes from 4m to 6m.
		expect(worst.improvementDays).toBeCloseTo(-2.04, 10);
		expect(worst.wins).toBe(0);
		expect(worst.clear).toBe(true);
	});

	it('runs every scenario on the same seeds (common random numbers)', () => {
		const calls: [string, number][] = [];
		const recording: RunScenario = (scenario, seed) => {
			calls.push([`${scenario.teamsPerPm}/${scenario.teamsPerPo}`, seed]);
			return fakeRun(scenario, seed);
		};
		rankChanges(base, [morePms, fewerPos], { run: recording, seeds: [7, 11] });
		expect(calls).toEqual([
			['3/1', 7],
			['3/1', 11],
			['2/1', 7],
			['2/1', 11],
			['3/2', 7],
			['3/2', 11]
		]);
	});

	it('reports progress after every run', () => {
		const progress: [number, number][] = [];
		rankChanges(base, [morePms, fewerPos], {
			run: fakeRun,
			seeds,
			onProgress: (done, total) => progress.push([done, total])
		});
		expect(progress).toHaveLength(9);
		expect(progress[0]).toEqual([1, 9]);
		expect(progress[8]).toEqual([9, 9]);
	});

	it('ranks by one kind when asked', () => {
		const ranking = rankChanges(base, [morePms, fewerPos], {
			run: fakeRun,
			seeds,
			metric: 'backlog'
		});
		expect(ranking.base).toBeCloseTo(4.08, 10);
		// More PMs do nothing for the backlog, so the tie goes before the loss.
		expect(ranking.changes.map((c) => [c.candidate.id, c.improvementDays])).toEqual([
			['pm-add', expect.closeTo(0, 10)],
			['po-remove', expect.closeTo(-4.08, 10)]
		]);
		expect(ranking.changes[0].clear).toBe(false);
	});

	it('stops between candidates when asked and ranks what it finished', () => {
		let candidatesRun = 0;
		const ranking = rankChanges(base, [morePms, fewerPos], {
			run: (s, seed) => {
				if (s !== base && seed === seeds[0]) candidatesRun++;
				return fakeRun(s, seed);
			},
			seeds,
			shouldStop: () => candidatesRun >= 1
		});
		expect(ranking.complete).toBe(false);
		expect(ranking.changes.map((c) => c.candidate.id)).toEqual(['pm-add']);
	});

	it('puts a clear small gain before a larger gain that is within the noise', () => {
		const steady = candidate(base, 'steady', { teamsPerPm: 2 });
		const lucky = candidate(base, 'lucky', { teamsPerPm: 4 });
		// Base: 10 days in every run; steady: 9 in every run; lucky: 0, 14, 13, a mean gain of 1.
		const days: Record<string, number[]> = { '3': [10, 10, 10], '2': [9, 9, 9], '4': [0, 14, 13] };
		const run: RunScenario = (s, seed) =>
			fakeResult(10, { backlog: { created: 50, wipMean: days[String(s.teamsPerPm)][seed - 1] } });
		const ranking = rankChanges(base, [lucky, steady], {
			run,
			seeds: [1, 2, 3],
			metric: 'backlog'
		});
		expect(ranking.changes.map((c) => [c.candidate.id, c.clear])).toEqual([
			['steady', true],
			['lucky', false]
		]);
		expect(ranking.changes[1].improvementDays).toBeCloseTo(1, 10);
		expect(ranking.changes[1].wins).toBe(1);
	});

	it('refuses an empty list of seeds', () => {
		expect(() => rankChanges(base, [morePms], { run: fakeRun, seeds: [] })).toThrow(
			'rankChanges needs at least one seed'
		);
	});

	it('ranks every real candidate of a preset, largest improvement first', () => {
		const ranking = rankChanges(base, candidateChanges(base), { run: fakeRun, seeds });
		expect(ranking.changes).toHaveLength(candidateChanges(base).length);
		const gains = ranking.changes.map((c) => c.improvementDays);
		expect(gains).toEqual([...gains].sort((a, b) => b - a));
		// The fake engine has no context-switch cost, so 8 combined PM/POs look like 8 PMs.
		expect(ranking.changes[0].candidate.id).toBe('combine-roles');
		expect(ranking.changes.at(-1)!.candidate.id).toBe('drop-pos');
	});
});

describe('rankChanges and the noise rule', () => {
	const base = presetScenario('scale-up');
	const tiny = candidate(base, 'tiny', { teamsPerPm: 2 });
	const big = candidate(base, 'big', { teamsPerPm: 4 });
	const loss = candidate(base, 'loss', { teamsPerPm: 5 });
	// Base 19 days in every run; tiny: 0.4 shorter in every run (2%); big: 3 shorter (16%);
	// loss: 4 longer.
	const days: Record<string, number[]> = {
		'3': [19, 19.5, 18.5, 19],
		'2': [18.6, 19.1, 18.1, 18.6],
		'4': [16, 16.4, 15.6, 16],
		'5': [23, 23.5, 22.5, 23]
	};
	const run: RunScenario = (s, seed) =>
		fakeResult(10, { backlog: { created: 50, wipMean: days[String(s.teamsPerPm)][seed - 1] } });
	const ranking = rankChanges(base, [tiny, loss, big], {
		run,
		seeds: [1, 2, 3, 4],
		metric: 'backlog'
	});

	it('never ranks a consistent but tiny effect as an improvement', () => {
		expect(ranking.changes.map((c) => [c.candidate.id, c.clear])).toEqual([
			['big', true],
			['tiny', false],
			['loss', true]
		]);
		const small = ranking.changes[1];
		expect(small.improvementDays).toBeCloseTo(0.4, 10);
		expect(small.interval[0]).toBeGreaterThan(0);
		expect(small.minimumDays).toBeCloseTo(0.05 * 19, 10);
	});

	it('carries the 90% interval of each change', () => {
		const [best] = ranking.changes;
		expect(best.improvementDays).toBeCloseTo(3, 10);
		expect(best.interval[0]).toBeLessThan(3);
		expect(best.interval[1]).toBeGreaterThan(3);
		expect(best.interval[0]).toBeGreaterThan(best.minimumDays);
	});
});
