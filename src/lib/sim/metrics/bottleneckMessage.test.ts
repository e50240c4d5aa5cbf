/**
 * The bottleneck sentence leads with the population that carries the story: when more decisions
 * are still waiting at the step than have finished, the waiting ones come first and the few that
 * got through (whose mean wait is survivorship, not the role's delay) come last, in the singular
 * when there is one.
 */
import { describe, expect, it } from 'vitest';
import { COMPILED } from '../machines/index';
import type { RoleDemandFigure } from '../types';
import { bottleneckMessage } from './bottlenecks';

const leadership = { label: 'Leadership', kind: 'leadership' } as RoleDemandFigure;
const pricing = 2;
const analysis = COMPILED.pricing.states.indexOf('analysis');

function figures(completed: number, stillWaiting: number, created: number) {
	return {
		people: 1,
		load: 8.54,
		meanLoad: 8.54,
		decisionKind: pricing,
		state: analysis,
		completed,
		created,
		meanWaitDays: 0,
		shareOfLeadTime: 0,
		stillWaiting,
		oldestDays: 103.9
	};
}

describe('bottleneckMessage', () => {
	it('leads with the decisions still waiting when they outnumber those that finished', () => {
		expect(bottleneckMessage(leadership, figures(1, 5, 6))).toBe(
			'Leadership is at 854% load; 5 of the 6 pricing decisions are still waiting for pricing analysis, the oldest for 103.9 days; the 1 finished pricing decision waited 0.0 days there, 0% of its lead time.'
		);
	});

	it('leads with the finished decisions when most got through', () => {
		expect(
			bottleneckMessage(leadership, {
				...figures(5, 1, 6),
				meanWaitDays: 2.5,
				shareOfLeadTime: 0.2
			})
		).toBe(
			'Leadership is at 854% load; the 5 finished pricing decisions (of 6) waited 2.5 days on average for pricing analysis, 20% of their lead time; 1 more is still waiting there, the oldest for 103.9 days.'
		);
	});
});
