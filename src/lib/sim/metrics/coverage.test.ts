import { describe, expect, it } from 'vitest';
import { presetScenario, type Scenario } from '../../scenario/index';
import { MACHINE_DESCRIPTIONS } from '../machines/index';
import { runSimulation } from '../runSimulation';
import { RESPONSIBILITIES, ROLE_KINDS, type Coverage } from '../types';
import { INTENDED_HOLDER, STARVED_LOAD, responsibilitySteps } from './coverage';

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
			name: 'combined preset: strategy starves behind delivery work',
			input: {
				scenario: presetScenario('combined'),
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

	it('a starved role is named with its load', () => {
		const r = runSimulation({ ...presetScenario('scale-up'), teamsPerPo: 3, teamsPerPm: 4 });
		const gap = r.gaps.find((g) => g.responsibility === 'acceptance')!;
		expect(gap.kind).toBe('starved');
		expect(gap.message).toMatch(
			/^The 3 POs hold acceptance but at \d+% load on average \(po-\d at \d+%\)\.$/
		);
		const po = r.roles.filter((role) => role.kind === 'po');
		expect(Math.max(...po.map((role) => role.load))).toBeGreaterThan(STARVED_LOAD);
	});

	it('duplicated ordering says why', () => {
		const r = runSimulation({ ...presetScenario('scale-up'), teamsPerPm: 1 });
		expect(r.gaps).toEqual([
			{
				responsibility: 'backlog-ordering',
				kind: 'duplicated',
				message:
					"PMs and POs both order the backlog: a PM covers 1 team, no more than a PO does (1), so two people set one team's order."
			}
		]);
	});

	it('PO only: every PM responsibility is a gap absorbed by leadership', () => {
		const r = runSimulation(presetScenario('po-only'));
		expect(r.gaps.map((g) => [g.responsibility, g.kind, g.absorbedBy])).toEqual(
			RESPONSIBILITIES.filter((x) => INTENDED_HOLDER[x] === 'pm').map((x) => [
				x,
				'uncovered',
				'leadership'
			])
		);
		expect(r.gaps.find((g) => g.responsibility === 'pricing')!.message).toMatch(
			/^Nobody holds pricing in the PO-only model: leadership absorbs it in 8 h a week at 1\.5× the effort, at \d+% load\.$/
		);
	});
});
