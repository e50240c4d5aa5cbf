import { describe, expect, it } from 'vitest';
import { presetScenario, type Scenario } from '../../scenario/index';
import { MACHINE_DESCRIPTIONS } from '../machines/index';
import { runSimulation } from '../runSimulation';
import { RESPONSIBILITIES, ROLE_KINDS, type Coverage } from '../types';
import { INTENDED_HOLDER, SIMULATED_RESPONSIBILITIES, responsibilitySteps } from './coverage';

function cell(scenario: Scenario, responsibility: string, role: string): Coverage | 'none' {
	const r = runSimulation(scenario);
	return r.coverage.find((c) => c.responsibility === responsibility && c.role === role)!.coverage;
}

describe('INTENDED_HOLDER', () => {
	it("agrees with the role the machines give each responsibility's steps", () => {
		for (const machine of [
			MACHINE_DESCRIPTIONS.roadmap,
			MACHINE_DESCRIPTIONS.backlog,
			MACHINE_DESCRIPTIONS.pricing
		]) {
			for (const state of machine.states) {
				if (!state.responsibility || state.role === 'stakeholders') continue;
				expect([state.id, state.role]).toEqual([state.id, INTENDED_HOLDER[state.responsibility]]);
			}
		}
	});

	it('maps responsibilities to steps from the machine meta', () => {
		expect(responsibilitySteps('backlog-refinement').map((s) => `${s.kind}.${s.state}`)).toEqual([
			'roadmap.4',
			'backlog.1'
		]);
		expect(responsibilitySteps('vision-strategy')).toEqual([]);
	});
});

describe('coverageMatrix: one cell per responsibility and role kind', () => {
	it('has every responsibility × role kind exactly once', () => {
		const r = runSimulation(presetScenario('scale-up'));
		expect(r.coverage).toHaveLength(RESPONSIBILITIES.length * ROLE_KINDS.length);
	});

	it.each([
		{
			name: 'separate roles, hours to spare: PM and PO cover their own rows',
			input: { scenario: presetScenario('scale-up'), responsibility: 'pricing', role: 'pm' },
			expected: 'covered'
		},
		{
			name: 'separate roles: the PO covers refinement',
			input: {
				scenario: presetScenario('scale-up'),
				responsibility: 'backlog-refinement',
				role: 'po'
			},
			expected: 'covered'
		},
		{
			name: 'PO only: pricing is uncovered in the PM column',
			input: { scenario: presetScenario('po-only'), responsibility: 'pricing', role: 'pm' },
			expected: 'uncovered'
		},
		{
			name: 'PO only: leadership absorbs pricing without the hours for it',
			input: { scenario: presetScenario('po-only'), responsibility: 'pricing', role: 'leadership' },
			expected: 'starved'
		},
		{
			name: 'PM only: refinement is uncovered in the PO column',
			input: {
				scenario: presetScenario('pm-only'),
				responsibility: 'backlog-refinement',
				role: 'po'
			},
			expected: 'uncovered'
		},
		{
			name: 'PM only: the team absorbs refinement with hours to spare',
			input: {
				scenario: presetScenario('pm-only'),
				responsibility: 'backlog-refinement',
				role: 'team'
			},
			expected: 'covered'
		},
		{
			name: 'combined roles near capacity: strategy starves behind delivery work',
			input: {
				scenario: { ...presetScenario('combined'), itemsPerWeek: 5.25, weeks: 52 },
				responsibility: 'market-research',
				role: 'pmpo'
			},
			expected: 'starved'
		},
		{
			name: 'combined: nothing in the PM column',
			input: { scenario: presetScenario('combined'), responsibility: 'roadmap', role: 'pm' },
			expected: 'none'
		},
		{
			name: 'a PM per team beside a PO per team: ordering is duplicated',
			input: {
				scenario: { ...presetScenario('scale-up'), teamsPerPm: 1 },
				responsibility: 'backlog-ordering',
				role: 'pm'
			},
			expected: 'duplicated'
		},
		{
			name: 'overloaded POs hold refinement in name only',
			input: {
				scenario: { ...presetScenario('scale-up'), teamsPerPo: 3, teamsPerPm: 4 },
				responsibility: 'backlog-refinement',
				role: 'po'
			},
			expected: 'starved'
		}
	])('$name', ({ input, expected }) => {
		expect(cell(input.scenario, input.responsibility, input.role)).toBe(expected);
	});
});

describe('gaps', () => {
	it('the default scenario has no gap', () => {
		expect(runSimulation(presetScenario('scale-up')).gaps).toEqual([]);
	});

	it('overloaded POs hold refinement without the hours for it, with the hours measured', () => {
		const r = runSimulation({ ...presetScenario('scale-up'), teamsPerPo: 3, teamsPerPm: 4 });
		const gap = r.gaps.find((g) => g.responsibility === 'backlog-refinement')!;
		expect(gap).toMatchObject({ kind: 'starved', figures: { people: 3, of: 3, byHours: 1 } });
		expect(gap.message).toMatch(
			/^(All 3|2 of the 3) POs hold backlog refinement without the hours for it; the worst is PO \d \(teams \d–\d\): asked for 38 h of work a week for 29 h \(1\d\d% load\), so backlog refinement piles up behind more urgent work\. It got \d+ h a week of that person’s time\.$/
		);
		// Served first, answers and acceptance still get done: no gap for them.
		expect(r.gaps.map((g) => g.responsibility)).not.toContain('acceptance');
		expect(r.gaps.map((g) => g.responsibility)).not.toContain('clarifying-questions');
	});

	it('a PO at 60% load is not starved, whatever its tasks wait relative to their size', () => {
		const r = runSimulation({ ...presetScenario('scale-up'), weeks: 52 });
		expect(r.verdict.status).toBe('healthy');
		expect(r.coverage.filter((c) => c.coverage === 'starved')).toEqual([]);
	});

	it('duplicated ordering says why and what the run charged', () => {
		const r = runSimulation({ ...presetScenario('scale-up'), teamsPerPm: 1 });
		expect(r.gaps).toHaveLength(1);
		expect(r.gaps[0]).toMatchObject({ responsibility: 'backlog-ordering', kind: 'duplicated' });
		expect(r.gaps[0].message).toBe(
			`PMs and POs both order the backlog: a PM covers 1 team, no more than a PO does (1), so two people set one team's order. The simulation charges only the PO for it: ${r.gaps[0].figures.poHoursPerWeek.toFixed(1)} h a week each.`
		);
	});

	it('PO only: every simulated PM responsibility is a gap absorbed by leadership, none other', () => {
		const r = runSimulation(presetScenario('po-only'));
		expect(r.gaps.map((g) => [g.responsibility, g.kind, g.absorbedBy])).toEqual(
			SIMULATED_RESPONSIBILITIES.filter((x) => INTENDED_HOLDER[x] === 'pm').map((x) => [
				x,
				'uncovered',
				'leadership'
			])
		);
		const pricing = r.gaps.find((g) => g.responsibility === 'pricing')!;
		expect(pricing.message).toBe(
			`Nobody holds pricing in the PO-only model: leadership absorbs it in 8 h a week at 1.5× the effort, and spent ${pricing.figures.hoursPerWeek.toFixed(1)} h a week on it.`
		);
	});

	it('vision and strategy, sprint planning and stakeholder alignment are never gaps: no step costs their holder hours', () => {
		expect(SIMULATED_RESPONSIBILITIES).not.toContain('vision-strategy');
		expect(SIMULATED_RESPONSIBILITIES).not.toContain('sprint-planning');
		expect(SIMULATED_RESPONSIBILITIES).not.toContain('stakeholder-alignment');
		for (const preset of ['po-only', 'pm-only', 'startup', 'combined'] as const) {
			const gaps = runSimulation(presetScenario(preset)).gaps.map((g) => g.responsibility);
			expect(gaps).not.toContain('vision-strategy');
			expect(gaps).not.toContain('sprint-planning');
			expect(gaps).not.toContain('stakeholder-alignment');
		}
	});

	it('a PM with only strategy work at 89% is busy, not crowded out: no gap', () => {
		// No scope questions: with them the PM also answers developers first (hidden work).
		const onlyStrategy = { ...presetScenario('enterprise'), scopeExceptionShare: 0 };
		for (const seed of [1, 2, 3]) {
			const r = runSimulation(onlyStrategy, { seed });
			expect(r.verdict.status).toBe('strained');
			expect(r.gaps).toEqual([]);
		}
	});

	it('a combined PM/PO starves strategy by waiting when it waits longer than a FIFO desk at 85% would', () => {
		// At 97% load the PM/POs have the hours on average, but delivery work comes first.
		const r = runSimulation({ ...presetScenario('combined'), itemsPerWeek: 5.25, weeks: 52 });
		expect(r.verdict.status).toBe('strained');
		const gap = r.gaps.find((g) => g.responsibility === 'market-research')!;
		expect(gap).toMatchObject({ kind: 'starved', figures: { byHours: 0, of: 8 } });
		expect(gap.figures.meanWaitDays).toBeGreaterThan(gap.figures.limitDays);
		expect(gap.message).toMatch(
			/^\d of the 8 combined PM\/POs hold market research but other work crowds it out; the worst is PM\/PO \d \(team \d\): that work waited \d+\.\d days on average for \d\.\d days of work, longer than the \d+\.\d days any task would wait at this desk first come first served at 85% load: urgent delivery work comes first\. It got \d\.\d h a week of that person’s time\.$/
		);
		// Delivery work, served first, is not starved.
		const starved = r.gaps.map((g) => g.responsibility);
		expect(starved).not.toContain('backlog-refinement');
		expect(starved).not.toContain('acceptance');
	});
});
