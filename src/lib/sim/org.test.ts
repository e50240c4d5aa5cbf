import { describe, expect, it } from 'vitest';
import { presetScenario, roleCounts, type Scenario } from '../scenario/index';
import { buildOrganisation, focusShare, productiveHours, teamBlocks, weinbergFocus } from './org';

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

	it('scale-up: PMs over 3, 3 and 2 teams pay Weinberg; POs over one team do not', () => {
		const org = buildOrganisation(presetScenario('scale-up'));
		const pms = org.roles.filter((r) => r.kind === 'pm');
		expect(pms.map((r) => [r.id, r.contexts, r.productiveHoursPerWeek])).toEqual([
			['pm-1', 3, 40 * 0.75 * 0.6],
			['pm-2', 3, 40 * 0.75 * 0.6],
			['pm-3', 2, 40 * 0.75 * 0.8]
		]);
		const po = org.roles.find((r) => r.id === 'po-1')!;
		expect(po.productiveHoursPerWeek).toBeCloseTo(35, 12);
		expect(Array.from(org.strategyStation)).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
		expect(org.pricingOwners).toEqual([0, 1, 2]);
		expect(org.leadership).toBe(-1);
	});

	it('combined: one context for strategy plus one per team', () => {
		const org = buildOrganisation(presetScenario('startup'));
		const pmpo = org.roles.find((r) => r.kind === 'pmpo')!;
		expect(pmpo.contexts).toBe(3);
		expect(pmpo.productiveHoursPerWeek).toBeCloseTo(40 * 0.75 * 0.6, 12);
		expect(org.strategyKind).toBe('pmpo');
		expect(org.deliveryKind).toBe('pmpo');
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
