import { describe, expect, it } from 'vitest';
import { isScenario, PRESET_IDS, presetScenario, type Scenario } from '$lib/scenario';
import { candidateChanges, nearestRatio } from './candidateChanges';
import { costText, moneyText, peopleCost, totalText } from './peopleCost';

const byId = (scenario: Scenario) => new Map(candidateChanges(scenario).map((c) => [c.id, c]));

describe('nearestRatio(teams, ratio, direction, bounds)', () => {
	const bounds = { min: 1, max: 10 };
	it.each([
		{ name: '8 teams, 1 per 2 → 1 per team adds people', input: [8, 2, 'more'], expected: 1 },
		{ name: '8 teams, 1 per 3 (3) → 1 per 2 (4)', input: [8, 3, 'more'], expected: 2 },
		{ name: '7 teams, 1 per 3 (3) → 1 per 2 (4)', input: [7, 3, 'more'], expected: 2 },
		{ name: '10 teams, 1 per 3 (4) → 1 per 4 (3)', input: [10, 3, 'fewer'], expected: 4 },
		{ name: '10 teams, 1 per 4 (3) → 1 per 5 (2)', input: [10, 4, 'fewer'], expected: 5 },
		{
			name: '8 teams, 1 per 5 (2) → 1 per 8 (1), skipping 6 and 7',
			input: [8, 5, 'fewer'],
			expected: 8
		},
		{ name: '8 teams, 1 per team cannot add', input: [8, 1, 'more'], expected: null },
		{ name: 'one team cannot lose its only person', input: [1, 1, 'fewer'], expected: null },
		{ name: '30 teams, 1 per 10 (3) is at the bound', input: [30, 10, 'fewer'], expected: null }
	] as const)('$name', ({ input, expected }) => {
		expect(nearestRatio(input[0], input[1], input[2], bounds)).toBe(expected);
	});
});

describe('candidateChanges(scenario)', () => {
	it('offers the scale-up preset PM ±1 exactly, and the nearest PO change that exists', () => {
		const changes = candidateChanges(presetScenario('scale-up'));
		expect(changes.map((c) => c.id)).toEqual([
			'pm-add',
			'pm-remove',
			'po-remove',
			'combine-roles',
			'drop-pos',
			'drop-pms',
			'team-size-up',
			'team-size-down'
		]);
		const c = byId(presetScenario('scale-up'));
		expect(c.get('pm-add')).toMatchObject({
			label: 'Add one PM',
			patch: { teamsPerPm: 2 },
			exact: true,
			// One PM more: 150,000 × 1.3 = 195,000 a year.
			cost: {
				productManagers: 1,
				productOwners: 0,
				combinedPmPo: 0,
				developers: 0,
				total: 1,
				annual: 195_000,
				currency: 'USD'
			}
		});
		expect(moneyText(c.get('pm-add')!.cost)).toBe('+$195k a year');
		// Eight developers fewer (one per team): −8 × 132,270 × 1.3 = −1,375,608.
		expect(c.get('team-size-down')!.cost.annual).toBe(-1_375_608);
		expect(moneyText(c.get('team-size-down')!.cost)).toBe('−$1,376k a year');
		expect(c.get('pm-remove')).toMatchObject({
			label: 'Remove one PM',
			patch: { teamsPerPm: 4 },
			cost: { productManagers: -1, total: -1 }
		});
		// A PO per team is the most there can be; the nearest fewer is a PO per two teams.
		expect(c.get('po-remove')).toMatchObject({
			label: 'Remove 4 POs',
			patch: { teamsPerPo: 2 },
			exact: false,
			cost: { productOwners: -4, total: -4 }
		});
		expect(c.get('po-remove')!.detail).toBe(
			'One PO per 2 teams instead of per team: 8 POs become 4 (sets teamsPerPo from 1 to 2). ' +
				'Moving by exactly one is not expressible: every PO serves the same number of teams, ' +
				'and no whole number of teams per PO gives 7.'
		);
	});

	it('prices the role-model changes of the scale-up preset from roleCounts', () => {
		const c = byId(presetScenario('scale-up'));
		expect(c.get('combine-roles')).toMatchObject({
			patch: { model: 'combined' },
			cost: { productManagers: -3, productOwners: -8, combinedPmPo: 8, total: -3 }
		});
		expect(c.get('drop-pos')!.cost).toMatchObject({ productOwners: -8, total: -8 });
		expect(c.get('drop-pms')!.cost).toMatchObject({ productManagers: -3, total: -3 });
		expect(c.get('team-size-up')).toMatchObject({
			label: 'One more developer in every team',
			patch: { teamSize: 7 },
			exact: false,
			cost: { developers: 8, total: 8 }
		});
		expect(c.get('team-size-up')!.detail).toContain('a developer cannot move between two teams');
	});

	it('offers a startup of one team a split into one PM and one PO, but no second PM/PO', () => {
		// One combined PM/PO per team already: there is no whole number of teams per PO below 1.
		const c = byId(presetScenario('startup'));
		expect([...c.keys()]).toEqual(['split-role', 'team-size-up', 'team-size-down']);
		expect(c.get('split-role')).toMatchObject({
			patch: { model: 'separate' },
			cost: { productManagers: 1, productOwners: 1, combinedPmPo: -1, total: 1 }
		});
	});

	it('offers two teams sharing a combined PM/PO one more, and a split into one PM and one PO', () => {
		const c = byId({ ...presetScenario('startup'), teams: 2, teamsPerPo: 2, teamsPerPm: 2 });
		expect([...c.keys()]).toEqual(['pmpo-add', 'split-role', 'team-size-up', 'team-size-down']);
		expect(c.get('pmpo-add')).toMatchObject({
			label: 'Add one combined PM/PO',
			detail:
				'One combined PM/PO per team instead of per 2 teams: 1 combined PM/PO becomes 2 (sets teamsPerPo from 2 to 1).',
			patch: { teamsPerPo: 1 },
			cost: { combinedPmPo: 1, total: 1 }
		});
		expect(c.get('split-role')).toMatchObject({
			label: 'Split the combined PM/PO role',
			patch: { model: 'separate' },
			cost: { productManagers: 1, productOwners: 1, combinedPmPo: -1, total: 1 }
		});
	});

	it('says when adding a single PO is not expressible and gives the real count', () => {
		const base: Scenario = { ...presetScenario('scale-up'), teamsPerPo: 2 };
		const add = byId(base).get('po-add')!;
		expect(add.label).toBe('Add 4 POs');
		expect(add.exact).toBe(false);
		expect(add.cost.productOwners).toBe(4);
		expect(add.detail).toContain('no whole number of teams per PO gives 5');
	});

	it('gives PM-only teams POs and PO-only organisations PMs', () => {
		expect(byId(presetScenario('pm-only')).get('add-pos')).toMatchObject({
			patch: { model: 'separate' },
			cost: { productOwners: 6, total: 6 }
		});
		expect(byId(presetScenario('po-only')).get('add-pms')).toMatchObject({
			patch: { model: 'separate' },
			cost: { productManagers: 2, total: 2 }
		});
	});

	it('stays inside the bounds of team size', () => {
		const big = byId({ ...presetScenario('scale-up'), teamSize: 20 });
		expect(big.has('team-size-up')).toBe(false);
		expect(big.get('team-size-down')!.patch).toEqual({ teamSize: 19 });
		const tiny = byId({ ...presetScenario('scale-up'), teamSize: 1 });
		expect(tiny.has('team-size-down')).toBe(false);
	});

	it.each(PRESET_IDS)('for preset %s every candidate is valid, new, unique and priced', (id) => {
		const base = presetScenario(id);
		const changes = candidateChanges(base);
		expect(changes.length).toBeGreaterThanOrEqual(3);
		const queries = new Set<string>();
		for (const change of changes) {
			expect(isScenario(change.scenario)).toBe(true);
			expect(change.scenario).toEqual({ ...base, ...change.patch });
			expect(change.scenario).not.toEqual(base);
			expect(change.cost).toEqual(peopleCost(base, change.scenario));
			queries.add(JSON.stringify(change.scenario));
		}
		expect(queries.size).toBe(changes.length);
	});
});

describe('costText and totalText', () => {
	it.each([
		{
			name: 'one PO',
			cost: { productManagers: 0, productOwners: 1, combinedPmPo: 0, developers: 0, total: 1 },
			text: '+1 PO',
			total: '+1 person'
		},
		{
			name: 'a combine',
			cost: { productManagers: -3, productOwners: -8, combinedPmPo: 8, developers: 0, total: -3 },
			text: '−3 PMs, −8 POs, +8 PM/POs',
			total: '−3 people'
		},
		{
			name: 'nothing',
			cost: { productManagers: 0, productOwners: 0, combinedPmPo: 0, developers: 0, total: 0 },
			text: 'no change in people',
			total: 'same headcount'
		}
	])('$name', ({ cost, text, total }) => {
		expect(costText(cost)).toBe(text);
		expect(totalText(cost)).toBe(total);
	});
});
