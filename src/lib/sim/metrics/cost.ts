import { roleCounts, type Currency, type Scenario } from '../../scenario/index';
import { PRIORITIES } from '../machines/index';
import { scenarioDemand } from '../demand';
import { buildOrganisation, WEEKS_PER_QUARTER } from '../org';
import { DECISION_KINDS, type DecisionKind } from '../types';

/**
 * What the organisation costs, and what a delivered decision costs (docs/model.md, "Cost").
 *
 * Annual cost = people × salary × on-cost, for the roles the scenario has (developers, PMs, POs,
 * combined PM/POs). Leadership and stakeholders are not counted: they are paid whatever the
 * product roles are, and the scenario only borrows hours of their week.
 *
 * A decision is delivered when it finished within the simulated weeks: a roadmap decision
 * cascaded into backlogs, a backlog item accepted, a pricing change taken to market. Every
 * finished decision counts once, whatever its kind; per year is the throughput a week × 52.
 */

/** Salaries are per year; the clock's weeks are working weeks, 52 of them to a year. */
export const WEEKS_PER_YEAR = 52;

export type CostRole = 'pm' | 'po' | 'pmpo' | 'developer';

export interface RoleCost {
	role: CostRole;
	people: number;
	/** people × salary × on-cost, whole currency units. */
	annual: number;
}

/** One decision kind's share of the cost (see `kindShares`). */
export interface KindCost {
	kind: DecisionKind;
	/** Share of the annual cost attributed to this kind, 0..1 (three decimals). */
	share: number;
	/** Decisions of this kind finished a year (throughput × 52, one decimal). */
	deliveredPerYear: number;
	/** Attributed cost ÷ delivered, whole units; null when none were delivered. */
	perDecision: number | null;
	/** Why there is no figure, when perDecision is null. */
	reason?: string;
}

/** The `cost` object of the CLI's JSON; the page and the exports read the same one. */
export interface CostSummary {
	currency: Currency;
	onCost: number;
	headcount: RoleCost[];
	/** Everyone counted: developers and product roles. */
	people: number;
	/** Whole currency units a year. */
	annual: number;
	/** Decisions of every kind finished a year (one decision counts once, whatever its kind). */
	deliveredPerYear: number;
	/** annual ÷ deliveredPerYear, whole units; null when nothing was delivered. */
	perDecision: number | null;
	/** Why there is no figure, when perDecision is null. */
	reason?: string;
	byKind: KindCost[];
}

export const COST_ROLE_LABELS: Record<CostRole, { one: string; many: string }> = {
	pm: { one: 'PM', many: 'PMs' },
	po: { one: 'PO', many: 'POs' },
	pmpo: { one: 'PM/PO', many: 'PM/POs' },
	developer: { one: 'developer', many: 'developers' }
};

type CostSettings = Pick<
	Scenario,
	| 'teams'
	| 'teamSize'
	| 'model'
	| 'teamsPerPm'
	| 'teamsPerPo'
	| 'devSalary'
	| 'pmSalary'
	| 'poSalary'
	| 'pmpoSalary'
	| 'onCost'
>;

/** What one person of a role costs a year, on-cost included (not rounded). */
export function loadedSalary(s: CostSettings, role: CostRole): number {
	const salary = {
		pm: s.pmSalary,
		po: s.poSalary,
		pmpo: s.pmpoSalary,
		developer: s.devSalary
	}[role];
	return salary * s.onCost;
}

/** Headcount and annual cost per role, in the order PMs, POs, PM/POs, developers; roles with nobody left out. */
export function headcountCost(s: CostSettings): RoleCost[] {
	const counts = roleCounts(s);
	const people: Record<CostRole, number> = {
		pm: counts.productManagers,
		po: counts.productOwners,
		pmpo: counts.combinedPmPo,
		developer: counts.developers
	};
	return (Object.keys(people) as CostRole[])
		.filter((role) => people[role] > 0)
		.map((role) => ({
			role,
			people: people[role],
			annual: Math.round(people[role] * loadedSalary(s, role))
		}));
}

/** The whole organisation's cost a year, whole currency units. */
export function annualCost(s: CostSettings): number {
	return Math.round(
		headcountCost(s).reduce((sum, r) => sum + r.people * loadedSalary(s, r.role), 0)
	);
}

const CLASS_KIND: Record<(typeof PRIORITIES)[number], DecisionKind | 'strategy'> = {
	answer: 'backlog',
	accept: 'backlog',
	refine: 'backlog',
	build: 'backlog',
	cascade: 'roadmap',
	strategy: 'strategy'
};

/**
 * The share of the annual cost each decision kind accounts for, by effort hours: each person's
 * or team's cost is split over the kinds in proportion to the hours a week the scenario sends
 * them for each kind (the demand the verdict judges). Strategy work is split into roadmap and
 * pricing by the hours each asks of that person. Idle capacity goes with the work, so the shares
 * add up to 1; a person with no work at all is split like the whole organisation.
 */
export function kindShares(s: Scenario): Record<DecisionKind, number> {
	const org = buildOrganisation(s);
	const demand = scenarioDemand(s, org);
	const strategyMultiplier = s.model === 'po-only' ? s.leaderPenalty : 1;
	const roadmapHours =
		(s.roadmapPerQuarter / WEEKS_PER_QUARTER) * (s.discoveryHours + s.decideHours);
	const pricingHours =
		((s.pricingPerQuarter / WEEKS_PER_QUARTER) * (s.pricingHours + s.gtmHours)) /
		Math.max(1, org.pricingOwners.length);

	const costOf = (station: number): number => {
		const role = org.roles[station];
		if (role.kind === 'team') return role.servers * loadedSalary(s, 'developer');
		if (role.kind === 'pm' || role.kind === 'po' || role.kind === 'pmpo')
			return loadedSalary(s, role.kind);
		return 0;
	};
	const hoursByKind = (station: number): Record<DecisionKind, number> => {
		const hours = { roadmap: 0, backlog: 0, pricing: 0 };
		const byClass = demand.stations[station].hoursByClass;
		PRIORITIES.forEach((cls, c) => {
			const kind = CLASS_KIND[cls];
			if (kind !== 'strategy') {
				hours[kind] += byClass[c];
				return;
			}
			const roadmap =
				roadmapHours *
				strategyMultiplier *
				org.strategyStation.filter((st) => st === station).length;
			const pricing = org.pricingOwners.includes(station) ? pricingHours * strategyMultiplier : 0;
			const both = roadmap + pricing;
			if (both <= 0) return;
			hours.roadmap += (byClass[c] * roadmap) / both;
			hours.pricing += (byClass[c] * pricing) / both;
		});
		return hours;
	};

	const stations = demand.stations.map((_, i) => ({ cost: costOf(i), hours: hoursByKind(i) }));
	const overall = { roadmap: 0, backlog: 0, pricing: 0 };
	for (const { hours } of stations) for (const k of DECISION_KINDS) overall[k] += hours[k];
	const attributed = { roadmap: 0, backlog: 0, pricing: 0 };
	let total = 0;
	for (const { cost, hours } of stations) {
		if (cost === 0) continue;
		const own = DECISION_KINDS.reduce((a, k) => a + hours[k], 0);
		const split = own > 0 ? hours : overall;
		const splitTotal = own > 0 ? own : DECISION_KINDS.reduce((a, k) => a + overall[k], 0);
		if (splitTotal <= 0) continue;
		for (const k of DECISION_KINDS) attributed[k] += (cost * split[k]) / splitTotal;
		total += cost;
	}
	return Object.fromEntries(
		DECISION_KINDS.map((k) => [k, total > 0 ? attributed[k] / total : 0])
	) as Record<DecisionKind, number>;
}

const NOTHING_DELIVERED =
	'no decision finished in the simulated weeks, so there is no cost per decision';

/**
 * The cost figures of a scenario, given the throughput a week of each decision kind (the same
 * figures the headline shows: one run's, or the medians over runs).
 */
export function costSummary(
	s: Scenario,
	throughputPerWeek: Record<DecisionKind, number>
): CostSummary {
	const headcount = headcountCost(s);
	const annual = annualCost(s);
	const shares = kindShares(s);
	const perYear = (k: DecisionKind) => Math.max(0, throughputPerWeek[k]) * WEEKS_PER_YEAR;
	const delivered = DECISION_KINDS.reduce((a, k) => a + perYear(k), 0);
	const byKind: KindCost[] = DECISION_KINDS.map((kind) => {
		const done = perYear(kind);
		const base = {
			kind,
			share: Math.round(shares[kind] * 1000) / 1000,
			deliveredPerYear: Math.round(done * 10) / 10
		};
		return done > 0
			? { ...base, perDecision: Math.round((annual * shares[kind]) / done) }
			: {
					...base,
					perDecision: null,
					reason: `no ${kind} decision finished in the simulated weeks`
				};
	});
	return {
		currency: s.currency,
		onCost: s.onCost,
		headcount,
		people: headcount.reduce((a, r) => a + r.people, 0),
		annual,
		deliveredPerYear: Math.round(delivered * 10) / 10,
		...(delivered > 0
			? { perDecision: Math.round(annual / delivered) }
			: { perDecision: null, reason: NOTHING_DELIVERED }),
		byKind
	};
}
