import { describe, expect, it } from 'vitest';
import { parseScenarioParams, presetScenario, toQueryString } from '../../scenario/index';
import { annualCost, costSummary, headcountCost, kindShares } from './cost';
import { formatMoney, formatMoneyChange } from './money';
import { spanOfControl } from './span';

const scaleUp = presetScenario('scale-up');

describe('headcountCost(scenario) and annualCost(scenario)', () => {
	it('the default scale-up: 3 PMs, 8 POs, 48 developers', () => {
		// 8 teams, a PM per 3 teams: ceil(8/3) = 3 PMs × 150,000 × 1.3 = 585,000
		// a PO per team: 8 POs × 130,000 × 1.3 = 1,352,000
		// 8 teams × 6 developers = 48 × 132,270 × 1.3 = 8,253,648
		expect(headcountCost(scaleUp)).toEqual([
			{ role: 'pm', people: 3, annual: 585_000 },
			{ role: 'po', people: 8, annual: 1_352_000 },
			{ role: 'developer', people: 48, annual: 8_253_648 }
		]);
		// 585,000 + 1,352,000 + 8,253,648
		expect(annualCost(scaleUp)).toBe(10_190_648);
	});

	it('the startup: one combined PM/PO and six developers', () => {
		// 1 × 140,000 × 1.3 + 6 × 132,270 × 1.3 = 182,000 + 1,031,706
		expect(annualCost(presetScenario('startup'))).toBe(1_213_706);
	});

	it('follows the salary and on-cost settings', () => {
		// 3 × 200,000 × 1.5 + 8 × 130,000 × 1.5 + 48 × 132,270 × 1.5 = 900,000 + 1,560,000 + 9,523,440
		expect(annualCost({ ...scaleUp, pmSalary: 200_000, onCost: 1.5 })).toBe(11_983_440);
	});
});

describe('costSummary(scenario, throughputPerWeek)', () => {
	it('cost per decision is the annual cost over the decisions finished a year', () => {
		// 1 + 40 + 0.5 a week = 41.5 × 52 = 2,158 a year; 10,190,648 / 2,158 = 4,722.3
		const cost = costSummary(scaleUp, { roadmap: 1, backlog: 40, pricing: 0.5 });
		expect(cost.annual).toBe(10_190_648);
		expect(cost.deliveredPerYear).toBe(2158);
		expect(cost.perDecision).toBe(4722);
		expect(cost.people).toBe(59);
		expect(cost.currency).toBe('USD');
	});

	it('nothing delivered gives null with a reason, never Infinity', () => {
		const cost = costSummary(scaleUp, { roadmap: 0, backlog: 0, pricing: 0 });
		expect(cost.perDecision).toBeNull();
		expect(cost.reason).toMatch(/no decision finished/);
		expect(cost.byKind.every((k) => k.perDecision === null && /finished/.test(k.reason!))).toBe(
			true
		);
		expect(JSON.stringify(cost)).not.toMatch(/Infinity|NaN/);
	});

	it('byKind splits the whole annual cost by effort and divides by each kind delivered', () => {
		const cost = costSummary(scaleUp, { roadmap: 1, backlog: 40, pricing: 0.5 });
		const shares = kindShares(scaleUp);
		expect(shares.roadmap + shares.backlog + shares.pricing).toBeCloseTo(1, 9);
		// Developers (81% of the cost) spend all their hours on backlog items.
		expect(shares.backlog).toBeGreaterThan(0.81);
		const roadmap = cost.byKind.find((k) => k.kind === 'roadmap')!;
		expect(roadmap.deliveredPerYear).toBe(52);
		expect(roadmap.perDecision).toBe(Math.round((10_190_648 * shares.roadmap) / 52));
	});

	it('a model without pricing owners attributes nothing to pricing from people', () => {
		// PO-only: leadership absorbs strategy and pricing, and leadership is not counted.
		const shares = kindShares(presetScenario('po-only'));
		expect(shares.pricing).toBe(0);
		expect(shares.roadmap).toBeGreaterThan(0);
	});
});

describe('spanOfControl(scenario)', () => {
	it.each([
		{
			name: 'scale-up: 3 PMs over 8 teams, a PO per team',
			input: scaleUp,
			expected: [
				{ role: 'pm', count: 3, teams: 2.7, people: 16, maxTeams: 3 },
				{ role: 'po', count: 8, teams: 1, people: 6, maxTeams: 1 }
			]
		},
		{
			name: 'enterprise: a PM per train of four teams of seven',
			input: presetScenario('enterprise'),
			expected: [
				{ role: 'pm', count: 6, teams: 4, people: 28, maxTeams: 4 },
				{ role: 'po', count: 24, teams: 1, people: 7, maxTeams: 1 }
			]
		},
		{
			name: 'combined, a PM/PO per two teams',
			input: { ...presetScenario('combined'), teamsPerPo: 2 },
			expected: [{ role: 'pmpo', count: 4, teams: 2, people: 12, maxTeams: 2 }]
		}
	])('$name', ({ input, expected }) => {
		expect(spanOfControl(input)).toEqual(expected);
	});
});

describe('cost settings in links', () => {
	it('an old link without them opens with the defaults and writes none of them back', () => {
		const { scenario, issues } = parseScenarioParams('v=2&preset=scale-up&teams=9');
		expect(issues).toEqual([]);
		expect(scenario.devSalary).toBe(132_270);
		expect(scenario.onCost).toBe(1.3);
		expect(scenario.currency).toBe('USD');
		expect(toQueryString(scenario)).toBe('v=2&preset=scale-up&teams=9');
	});

	it('reads salaries and the currency, and rejects a bad one with a message', () => {
		const { scenario, issues } = parseScenarioParams(
			'preset=scale-up&devSalary=90000&currency=eur&onCost=9'
		);
		expect(scenario.devSalary).toBe(90_000);
		expect(scenario.currency).toBe('EUR');
		expect(scenario.onCost).toBe(1.3);
		expect(issues.map((i) => i.message)).toEqual([
			'onCost must be between 1 and 3; got "9"; using 1.3'
		]);
	});
});

describe('formatMoney(value, currency, compact)', () => {
	it.each([
		{ input: [10_190_648, 'USD', false], expected: '$10,190,648' },
		{ input: [10_190_648, 'USD', true], expected: '$10,191k' },
		{ input: [4381.4, 'EUR', false], expected: '€4,381' },
		{ input: [9_999, 'GBP', true], expected: '£9,999' },
		{ input: [1234, 'CHF', false], expected: 'CHF 1,234' },
		{ input: [-195_000, 'USD', true], expected: '−$195k' }
	] as const)('formatMoney($input) is $expected', ({ input, expected }) => {
		expect(formatMoney(input[0], input[1], input[2])).toBe(expected);
	});

	it('formatMoneyChange signs the change', () => {
		expect(formatMoneyChange(169_000, 'USD')).toBe('+$169k');
		expect(formatMoneyChange(-1300, 'USD')).toBe('−$1,300');
		expect(formatMoneyChange(0.2, 'USD')).toBe('no change');
	});
});
