import { describe, expect, it } from 'vitest';
import { cumulativeFlow } from './cumulativeFlow';
import { queueSeriesByKind } from './queueSeries';
import { fixtureRoles } from './testing/fixture';

describe('queueSeriesByKind(roles, weeks)', () => {
	it('sums the weekly queues of each kind present, in ROLE_KINDS order', () => {
		const roles = fixtureRoles(2, 2);
		const series = queueSeriesByKind(roles, 6);
		expect(series.map((s) => [s.kind, s.roles])).toEqual([
			['pm', 1],
			['po', 2],
			['team', 2],
			['leadership', 1],
			['stakeholders', 1]
		]);
		const pos = roles.filter((r) => r.kind === 'po');
		expect(series[1].values[2]).toBeCloseTo(pos[0].queueByWeek[2] + pos[1].queueByWeek[2], 10);
	});

	it('pads short series with zeros', () => {
		const [role] = fixtureRoles(1).filter((r) => r.kind === 'po');
		const [series] = queueSeriesByKind([{ ...role, queueByWeek: [1, 2] }], 4);
		expect(series.values).toEqual([1, 2, 0, 0]);
	});
});

describe('cumulativeFlow(stats)', () => {
	it('accumulates arrivals and completions and their difference', () => {
		expect(cumulativeFlow({ createdByWeek: [3, 1, 2], completedByWeek: [1, 2, 2] })).toEqual([
			{ week: 0, created: 3, completed: 1, inProgress: 2 },
			{ week: 1, created: 4, completed: 3, inProgress: 1 },
			{ week: 2, created: 6, completed: 5, inProgress: 1 }
		]);
	});
});
