/**
 * What a change costs in people: the difference in role counts between two scenarios, read from
 * `roleCounts`, the same count the panel shows. Positive numbers are people added. And in money:
 * the difference in annual cost (people × salary × on-cost, src/lib/sim/metrics/cost.ts).
 */
import { roleCounts, type Currency, type RoleCounts, type Scenario } from '$lib/scenario';
import { annualCost } from '$lib/sim/metrics/cost';
import { formatMoneyChange } from '$lib/sim/metrics/money';

export interface PeopleCost {
	productManagers: number;
	productOwners: number;
	combinedPmPo: number;
	developers: number;
	/** Every role together. */
	total: number;
	/** Change in annual cost, whole units of `currency` (the base scenario's). */
	annual: number;
	currency: Currency;
}

/** The people part of a change alone. */
type PeopleCount = Omit<PeopleCost, 'annual' | 'currency'>;

const ROLE_ORDER: { key: keyof RoleCounts; one: string; many: string }[] = [
	{ key: 'productManagers', one: 'PM', many: 'PMs' },
	{ key: 'productOwners', one: 'PO', many: 'POs' },
	{ key: 'combinedPmPo', one: 'PM/PO', many: 'PM/POs' },
	{ key: 'developers', one: 'developer', many: 'developers' }
];

export function peopleCost(base: Scenario, next: Scenario): PeopleCost {
	const a = roleCounts(base);
	const b = roleCounts(next);
	const cost = {
		productManagers: b.productManagers - a.productManagers,
		productOwners: b.productOwners - a.productOwners,
		combinedPmPo: b.combinedPmPo - a.combinedPmPo,
		developers: b.developers - a.developers
	};
	return {
		...cost,
		total: cost.productManagers + cost.productOwners + cost.combinedPmPo + cost.developers,
		annual: annualCost(next) - annualCost(base),
		currency: base.currency
	};
}

/** A signed count with a true minus sign: "+1", "−3", "0". */
export function signed(value: number): string {
	if (value > 0) return `+${value}`;
	if (value < 0) return `−${Math.abs(value)}`;
	return '0';
}

/** "+1 PO", "+3 POs, −3 PM/POs", "no change in people". */
export function costText(cost: PeopleCount): string {
	const parts = ROLE_ORDER.filter(({ key }) => cost[key] !== 0).map(
		({ key, one, many }) => `${signed(cost[key])} ${Math.abs(cost[key]) === 1 ? one : many}`
	);
	return parts.length ? parts.join(', ') : 'no change in people';
}

/** "+1 person", "−2 people", "same headcount". */
export function totalText(cost: PeopleCount): string {
	if (cost.total === 0) return 'same headcount';
	return `${signed(cost.total)} ${Math.abs(cost.total) === 1 ? 'person' : 'people'}`;
}

/** "+$195k a year", "−$1,300 a year", "no change in cost". */
export function moneyText(cost: PeopleCost): string {
	const change = formatMoneyChange(cost.annual, cost.currency);
	return change === 'no change' ? 'no change in cost' : `${change} a year`;
}
