import { describe, expect, it } from 'vitest';
import { presetScenario, roleCounts, type Scenario } from '../scenario/index';
import {
	buildOrganisation,
	focusShare,
	productiveHours,
	teamBlocks,
	tregubovFocus,
	weinbergFocus
} from './org';
import { runSimulation } from './runSimulation';

describe('weinbergFocus(contexts)', () => {
	it.each([
		{ name: 'one context keeps all time', input: 1, expected: 1 },
		{ name: 'two contexts keep 80%', input: 2, expected: 0.8 },
		{ name: 'three keep 60%', input: 3, expected: 0.6 },
		{ name: 'four keep 40%', input: 4, expected: 0.4 },
		{ name: 'five keep 25%', input: 5, expected: 0.25 },
		{ name: 'beyond five stays at 25%', input: 9, expected: 0.25 }
	])('$name', ({ input, expected }) => {
		expect(weinbergFocus(input)).toBe(expected);
	});
});

describe('focusShare(contexts, switchCost)', () => {
	it.each([
		{ name: 'full Weinberg', input: [3, 1], expected: 0.6 },
		{ name: 'half Weinberg', input: [3, 0.5], expected: 0.8 },
		{ name: 'switch cost off', input: [5, 0], expected: 1 }
	])('$name', ({ input, expected }) => {
		expect(focusShare(input[0], input[1])).toBeCloseTo(expected, 12);
	});

	it('productiveHours = hours × (1 − meetings) × focus: a PM over 3 teams has 18 of 40 hours', () => {
		expect(productiveHours(40, 0.25, 3, 1)).toBeCloseTo(18, 12);
	});
});

describe('tregubovFocus(contexts) and the switch rule', () => {
	it.each([
		{ name: 'one context loses nothing', input: 1, expected: 1 },
		{ name: 'two lose 17%', input: 2, expected: 0.83 },
		{ name: 'five still lose 17%, not 75%', input: 5, expected: 0.83 }
	])('$name', ({ input, expected }) => {
		expect(tregubovFocus(input)).toBe(expected);
	});

	it('switchCost scales either rule', () => {
		expect(focusShare(3, 0.5, 'tregubov')).toBeCloseTo(1 - 0.5 * 0.17, 12);
		expect(focusShare(3, 0.5, 'weinberg')).toBeCloseTo(1 - 0.5 * 0.4, 12);
	});
});

describe('teamBlocks(teams, size)', () => {
	it('assigns teams to people in contiguous blocks, the last one smaller', () => {
		expect(teamBlocks(8, 3)).toEqual([
			[0, 1, 2],
			[3, 4, 5],
			[6, 7]
		]);
	});
});

describe('buildOrganisation(scenario)', () => {
	const scenarios: { name: string; input: Scenario }[] = [
		...(['startup', 'scale-up', 'combined', 'enterprise', 'pm-only', 'po-only'] as const).map(
			(id) => ({ name: id, input: presetScenario(id) })
		),
		{ name: 'separate, 2 teams per PO', input: { ...presetScenario('scale-up'), teamsPerPo: 2 } }
	];
	it.each(scenarios)('$name: people match roleCounts()', ({ input }) => {
		const org = buildOrganisation(input);
		const count = (kind: string) => org.roles.filter((r) => r.kind === kind).length;
		const expected = roleCounts(input);
		expect(count('pm')).toBe(expected.productManagers);
		expect(count('po')).toBe(expected.productOwners);
		expect(count('pmpo')).toBe(expected.combinedPmPo);
		expect(org.roles.filter((r) => r.kind === 'team').reduce((s, r) => s + r.servers, 0)).toBe(
			expected.developers
		);
		expect(org.roles[org.stakeholders].id).toBe('stakeholders');
	});

	it('scale-up: a PM owns one product area whatever its teams, so pays no switching', () => {
		const org = buildOrganisation(presetScenario('scale-up'));
		const pms = org.roles.filter((r) => r.kind === 'pm');
		expect(pms.map((r) => [r.id, r.contexts, r.productiveHoursPerWeek])).toEqual([
			['pm-1', 1, 30],
			['pm-2', 1, 30],
			['pm-3', 1, 30]
		]);
		const po = org.roles.find((r) => r.id === 'po-1')!;
		expect(po.productiveHoursPerWeek).toBeCloseTo(35, 12);
		expect(Array.from(org.strategyStation)).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
		expect(org.pricingOwners).toEqual([0, 1, 2]);
		expect(org.leadership).toBe(-1);
	});

	it('combined: one context for strategy plus one per backlog, 17% lost from the second on', () => {
		const org = buildOrganisation({ ...presetScenario('startup'), teams: 2, teamsPerPo: 2 });
		const pmpo = org.roles.find((r) => r.kind === 'pmpo')!;
		expect(pmpo.contexts).toBe(3);
		expect(pmpo.productiveHoursPerWeek).toBeCloseTo(40 * 0.75 * 0.83, 12);
		const weinberg = buildOrganisation({
			...presetScenario('startup'),
			teams: 2,
			teamsPerPo: 2,
			switchRule: 'weinberg'
		});
		expect(weinberg.roles[0].productiveHoursPerWeek).toBeCloseTo(40 * 0.75 * 0.6, 12);
		expect(org.strategyKind).toBe('pmpo');
		expect(org.deliveryKind).toBe('pmpo');
	});

	it('a PO of two teams orders two backlogs: 17% lost to switching (Tregubov et al.)', () => {
		const org = buildOrganisation({ ...presetScenario('scale-up'), teamsPerPo: 2 });
		const po = org.roles.find((r) => r.kind === 'po')!;
		expect([po.contexts, po.focus]).toEqual([2, 0.83]);
		expect(po.productiveHoursPerWeek).toBeCloseTo(35 * 0.83, 12);
	});

	it('a SAFe release train of 8 teams per PM is judged by its work, not by switching', () => {
		const s = { ...presetScenario('enterprise'), teamsPerPm: 8 };
		const org = buildOrganisation(s);
		const pm = org.roles.find((r) => r.kind === 'pm')!;
		// Before: 8 teams counted as 8 contexts, Weinberg's floor of 25%: 7.5 productive hours
		// and 367% load. Now the PM keeps 30 hours and the load is the roadmap work of 8 teams.
		expect(pm.productiveHoursPerWeek).toBe(30);
		const r = runSimulation(s);
		const load = r.roles.find((role) => role.id === 'pm-1')!.demandHoursPerWeek / 30;
		expect(load).toBeGreaterThan(1.5);
		expect(load).toBeLessThan(2);
	});

	it.each([
		{
			name: 'PO only, absorb: leadership takes PM work',
			input: presetScenario('po-only'),
			expected: { strategyKind: 'leadership', deliveryKind: 'po', strategyAbsorbed: true }
		},
		{
			name: 'PO only, stall: nobody takes PM work',
			input: { ...presetScenario('po-only'), fallback: 'stall' as const },
			expected: { strategyKind: null, deliveryKind: 'po', strategyAbsorbed: true }
		},
		{
			name: 'PM only, absorb: teams take PO work',
			input: presetScenario('pm-only'),
			expected: { strategyKind: 'pm', deliveryKind: 'team', strategyAbsorbed: false }
		}
	])('$name', ({ input, expected }) => {
		const org = buildOrganisation(input);
		expect({
			strategyKind: org.strategyKind,
			deliveryKind: org.deliveryKind,
			strategyAbsorbed: org.strategyAbsorbed
		}).toEqual(expected);
	});

	it('PM only: each team station serves its own PO work', () => {
		const org = buildOrganisation(presetScenario('pm-only'));
		expect(Array.from(org.poStation)).toEqual(Array.from(org.teamStation));
	});
});
