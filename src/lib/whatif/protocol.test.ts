import { describe, expect, it } from 'vitest';
import { presetScenario, roleCounts } from '$lib/scenario';
import { runSimulation } from '$lib/sim';
import { answer, throttledProgress, whatIfRuns, type MeetingResponse } from './protocol';
import { evaluateScenario, replicationSeeds } from './evaluate';
import { fakeResult } from './testing/fakeResult';
import type { RunScenario } from './rankChanges';

const fakeRun: RunScenario = (scenario, seed) => {
	const pms = roleCounts(scenario).productManagers || 1;
	return fakeResult(
		10,
		{ roadmap: { created: 50, wipMean: (12 / pms) * (1 + (seed % 7) / 100) } },
		seed
	);
};

describe('whatIfRuns(scenario)', () => {
	it.each([
		{ name: 'the default scenario keeps 20 runs', input: {}, expected: 20 },
		{ name: 'fewer runs asked are kept', input: { runs: 8 }, expected: 8 },
		{ name: 'more than 20 are capped', input: { runs: 200 }, expected: 20 },
		{ name: '24 teams over 26 weeks get 6', input: { teams: 24 }, expected: 6 },
		{ name: '200 teams over a year still get 5', input: { teams: 200, weeks: 52 }, expected: 5 },
		{ name: 'one run asked is one run', input: { teams: 200, runs: 1 }, expected: 1 }
	])('$name', ({ input, expected }) => {
		expect(whatIfRuns({ ...presetScenario('scale-up'), ...input })).toBe(expected);
	});
});

describe('throttledProgress(post, now, ms)', () => {
	it('posts at most once per interval, and always the last step', () => {
		const posted: number[] = [];
		let t = 0;
		const progress = throttledProgress(
			(done) => posted.push(done),
			() => t,
			50
		);
		for (let done = 1; done <= 10; done++) {
			t += 20;
			progress(done, 10);
		}
		expect(posted).toEqual([1, 4, 7, 10]);
	});
});

describe('answer(request, run, post)', () => {
	it('ranks a scenario’s changes with progress, then the ranking', () => {
		const messages: MeetingResponse[] = [];
		const scenario = { ...presetScenario('scale-up'), runs: 4 };
		answer(
			{ type: 'rank', id: 7, scenario, metric: 'roadmap' },
			fakeRun,
			(m) => messages.push(m),
			() => 0
		);
		const last = messages.at(-1)!;
		expect(last.type).toBe('ranking');
		if (last.type !== 'ranking') return;
		expect(last.id).toBe(7);
		expect(last.ranking.runs).toBe(4);
		expect(last.ranking.changes[0].candidate.id).toBe('pm-add');
		const progress = messages.filter((m) => m.type === 'progress');
		expect(progress.at(-1)).toEqual({ type: 'progress', id: 7, done: 36, total: 36 });
	});

	it('evaluates several scenarios on their replication seeds', () => {
		const messages: MeetingResponse[] = [];
		const a = { ...presetScenario('scale-up'), runs: 3 };
		const b = { ...a, teamsPerPm: 2 };
		answer(
			{ type: 'evaluate', id: 2, scenarios: [a, b] },
			fakeRun,
			(m) => messages.push(m),
			() => 0
		);
		const last = messages.at(-1)!;
		expect(last.type).toBe('evaluation');
		if (last.type !== 'evaluation') return;
		expect(last.evaluations.map((e) => e.seeds)).toEqual([
			replicationSeeds(1, 3),
			replicationSeeds(1, 3)
		]);
		expect(last.evaluations[0].people.productManagers).toBe(3);
		expect(last.evaluations[1].people.productManagers).toBe(4);
		expect(messages.filter((m) => m.type === 'progress').at(-1)).toEqual({
			type: 'progress',
			id: 2,
			done: 6,
			total: 6
		});
	});

	it('turns an engine error into an error message', () => {
		const messages: MeetingResponse[] = [];
		answer(
			{ type: 'evaluate', id: 3, scenarios: [presetScenario('startup')] },
			() => {
				throw new Error('engine broke');
			},
			(m) => messages.push(m)
		);
		expect(messages).toEqual([{ type: 'error', id: 3, message: 'engine broke' }]);
	});
});

describe('evaluateScenario with the real engine', () => {
	it('matches the CLI summary and the first run the page draws', () => {
		const scenario = { ...presetScenario('startup'), runs: 3 };
		const evaluation = evaluateScenario(scenario, (s, seed) => runSimulation(s, { seed }));
		expect(evaluation.seeds[0]).toBe(scenario.seed);
		expect(evaluation.detail).toEqual(runSimulation(scenario));
		expect(evaluation.summary.runs).toBe(3);
		expect(evaluation.summary.seeds).toEqual(evaluation.seeds);
		expect(evaluation.score).toBeGreaterThan(0);
	});

	it('measures an applied suggestion at exactly the figure it promised', () => {
		const base = { ...presetScenario('scale-up'), runs: 5 };
		const messages: MeetingResponse[] = [];
		const run: RunScenario = (s, seed) => runSimulation(s, { seed });
		answer({ type: 'rank', id: 1, scenario: base, metric: 'all' }, run, (m) => messages.push(m));
		const ranking = messages.find((m) => m.type === 'ranking');
		if (ranking?.type !== 'ranking') throw new Error('no ranking');
		const top = ranking.ranking.changes[0];
		expect(top.improvementDays).toBeGreaterThan(0);
		const applied = evaluateScenario(
			top.candidate.scenario,
			run,
			whatIfRuns(top.candidate.scenario)
		);
		expect(applied.score).toBeCloseTo(top.next, 9);
		expect(applied.score!).toBeLessThan(ranking.ranking.base);
	}, 30_000);
});
