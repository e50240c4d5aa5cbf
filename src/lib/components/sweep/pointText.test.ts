import { describe, expect, it } from 'vitest';
import type { SweepPoint } from '$lib/sweep';
import { pointText } from './pointText';

function point(values: SweepPoint['values']): SweepPoint {
	const fast = { leadTimeDays: { p50: 5, p85: 10 }, throughputPerWeek: 1 };
	return {
		values,
		verdict: 'healthy',
		decisions: { roadmap: fast, backlog: fast, pricing: fast },
		busiest: { role: 'Team 1', load: 0.7 },
		costPerDecision: 4000
	};
}

describe('pointText(point, currency, model)', () => {
	it('names teams per PO after the role the scenario has', () => {
		expect(pointText(point({ teamsPerPo: 2 }), 'USD', 'combined')).toMatch(
			/^2 teams per PM\/PO: healthy; /
		);
		expect(pointText(point({ teamsPerPo: 2 }), 'USD', 'separate')).toMatch(
			/^2 teams per PO: healthy; /
		);
		// A compare sweep's point carries its own model, which wins over the scenario's.
		expect(pointText(point({ teamsPerPo: 2, model: 'combined' }), 'USD', 'separate')).toMatch(
			/^2 teams per PM\/PO, Combined PM\/PO: healthy; /
		);
	});

	it('writes a labelled setting as the breaking point does: "PM hours per week = 30 h"', () => {
		expect(pointText(point({ pmHours: 30 }), 'USD', 'separate')).toMatch(
			/^PM hours per week = 30 h: healthy; roadmap p85 10.0 days/
		);
	});

	it('says of an outlook that its runs are still going, and gives only what its settings decide', () => {
		const outlook = {
			values: { teamsPerPm: 6 },
			verdict: 'overloaded' as const,
			busiest: { role: 'PM 1 (teams 1–6)', load: 1.34 },
			decisions: null,
			costPerDecision: null
		};
		expect(pointText(outlook, 'USD', 'separate')).toBe(
			'Runs still going. 6 teams per PM: overloaded; busiest PM 1 (teams 1–6) at 134% load; lead times and cost when its runs finish. Opens this scenario.'
		);
	});
});
