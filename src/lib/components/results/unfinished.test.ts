import { describe, expect, it } from 'vitest';
import type { DecisionKind } from '$lib/sim/types';
import type { HeadlineDecision } from './figures';
import { unfinishedFacts } from './unfinished';

function decision(created: number, completed: number, oldest: number | null): HeadlineDecision {
	return {
		created,
		completed,
		inProgress: created - completed,
		throughputPerWeek: completed / 26,
		wipMean: 1,
		leadTimeDays: { mean: completed ? 10 : null, p50: null, p85: null, p95: null },
		open: { count: created - completed, oldestDays: oldest },
		leadTimeMeanIsLowerBound: false
	};
}

describe('unfinishedFacts(decision, weeks, runsWithNoneFinished, runs)', () => {
	// The po-only preset over 20 runs (medians): pricing never finishes, roadmap barely.
	const poOnly: Record<DecisionKind, HeadlineDecision> = {
		roadmap: decision(37, 4, 117.6),
		backlog: decision(798, 728, 21.8),
		pricing: decision(4, 0, 98.8)
	};

	it('says in words that nothing finished, worst first, with the runs', () => {
		const facts = unfinishedFacts(
			(k) => poOnly[k],
			26,
			(k) => (k === 'pricing' ? 20 : 0),
			20
		);
		expect(facts.map((f) => [f.kind, f.severity])).toEqual([
			['pricing', 'none'],
			['roadmap', 'few']
		]);
		expect(facts[0].text).toBe(
			'No pricing decision is ever finished: none was done in 26 weeks in any of 20 runs; 4 are still open, the oldest waiting 98.8 working days.'
		);
		expect(facts[1].text).toBe(
			'Almost no roadmap decisions finish: only 4 of 37 were done in 26 weeks; 33 are still open, the oldest waiting 117.6 working days.'
		);
	});

	it('says in how many runs nothing finished when some runs finished something', () => {
		const facts = unfinishedFacts(
			(k) => poOnly[k],
			26,
			(k) => (k === 'pricing' ? 13 : 0),
			20
		);
		expect(facts[0].text).toBe(
			'No pricing decision finished in 26 weeks in 13 of 20 runs; 4 are still open, the oldest waiting 98.8 working days.'
		);
	});

	it('says nothing when the work finishes, or when none arrived', () => {
		const healthy = {
			roadmap: decision(53, 46, 18),
			backlog: decision(0, 0, null),
			pricing: decision(4, 3, 20)
		};
		expect(unfinishedFacts((k) => healthy[k], 26)).toEqual([]);
	});

	it('leaves the runs out for a single run', () => {
		const facts = unfinishedFacts((k) => poOnly[k], 26);
		expect(facts[0].text).toContain('none was done in 26 weeks; 4 are still open');
	});
});
