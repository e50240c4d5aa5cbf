import type { Scenario } from '../scenario/index';
import { PRIORITIES, type Priority } from './machines/index';
import { HOURS_PER_WEEK, WEEKS_PER_QUARTER, type Organisation } from './org';

/**
 * What the scenario asks of each role, worked out from the settings alone (no random run): the
 * expected effort hours a week that reach each person and team, and how many decisions a week
 * need them. The engine's measured `offered` hours converge to these figures; the verdict is
 * judged on them, so it is the same in every run, on every screen and in the CLI.
 */
export interface StationDemand {
	/** Effort hours a week offered to the station, penalties of absorbed work included. */
	hoursPerWeek: number;
	/** Decisions a week that start work here (new items, roadmap and pricing decisions, cascades). */
	decisionsPerWeek: number;
	/** Effort hours a week by priority class (PRIORITIES order): who is served first. */
	hoursByClass: number[];
	/** Decisions a week that start work here, by priority class. */
	decisionsByClass: number[];
	/** Share of each class's work the capacity covers after the more urgent classes (1: all). */
	servedByClass: number[];
	/** Decisions a week that pile up unserved, in the classes where they start. */
	queueGrowthPerWeek: number;
}

export interface Demand {
	/** Per station (the organisation's role order; stakeholders have none). */
	stations: StationDemand[];
	/**
	 * Decisions a week that reach a step nobody holds (`fallback = stall`): they pile up for
	 * ever. Keyed by the role kind the seeds give the work to.
	 */
	stalled: { pm: StationDemand; po: StationDemand };
	/** Backlog items a week per team that reach it (new items plus cascade items that get through). */
	itemsPerTeamWeek: number[];
	/** Expected clarifying questions per backlog item. */
	questionsPerItem: number;
}

const CLASS = Object.fromEntries(PRIORITIES.map((p, i) => [p, i])) as Record<Priority, number>;
/** Classes where a decision starts its work at a station: their unserved part is queue growth. */
const ENTRY_CLASSES = [CLASS.strategy, CLASS.cascade, CLASS.refine, CLASS.build];
const MAX_ITERATIONS = 500;
/**
 * Each pass moves the served shares halfway to what the new flows imply: a station that gets
 * fewer cascade items because it starves cascades would otherwise flip between starving and not.
 */
const DAMPING = 0.5;

function emptyDemand(): StationDemand {
	return {
		hoursPerWeek: 0,
		decisionsPerWeek: 0,
		hoursByClass: PRIORITIES.map(() => 0),
		decisionsByClass: PRIORITIES.map(() => 0),
		servedByClass: PRIORITIES.map(() => 1),
		queueGrowthPerWeek: 0
	};
}

/**
 * Capacity goes to the classes in the engine's non-preemptive priority order; a class gets what
 * is left after the more urgent ones, and the rest of its work piles up.
 */
function serve(station: StationDemand, capacity: number): void {
	let left = capacity;
	station.queueGrowthPerWeek = 0;
	station.hoursByClass.forEach((need, c) => {
		const served = need > 0 ? Math.min(1, left / need) : 1;
		station.servedByClass[c] = served;
		left = Math.max(0, left - need);
		if (ENTRY_CLASSES.includes(c)) {
			station.queueGrowthPerWeek += station.decisionsByClass[c] * (1 - served);
		}
	});
}

/**
 * The expected demand of a scenario on its organisation. Per team: new items arrive at
 * `itemsPerWeek` a week; each team raises roadmap decisions at `roadmapPerQuarter / 13` a week,
 * and a decision cascades to its team and the next ones in team order, so each team receives
 * cascades at that rate × the number of teams a cascade reaches. Questions arrive at
 * `questionsPerDevWeek` per 40 hours of development, so an item of mean effort h raises
 * h × rate / 40 on average. Pricing triggers go to their owners in turn.
 *
 * Work downstream of a starved step arrives only as fast as that step lets it through: a roadmap
 * decision that is never decided adds no backlog items, an item never refined is never built.
 * So the flows are solved as a fixed point: each station's served share per priority class
 * scales what it passes on, until nothing changes.
 */
export function scenarioDemand(s: Scenario, org: Organisation): Demand {
	// Replications share one scenario object: solve its flows once.
	// The organisation is the scenario's own (buildOrganisation), so the scenario is the key.
	const known = solved.get(s);
	if (known) return known;
	const demand = solveDemand(s, org);
	solved.set(s, demand);
	return demand;
}

const solved = new WeakMap<Scenario, Demand>();

function solveDemand(s: Scenario, org: Organisation): Demand {
	const n = org.stations.length;
	const strategyMultiplier = s.model === 'po-only' ? s.leaderPenalty : 1;
	const m = s.model === 'pm-only' ? s.teamPenalty : 1;
	const roadmapPerTeam = s.roadmapPerQuarter / WEEKS_PER_QUARTER;
	const newItemsPerTeam = s.itemsPerWeek;
	const questionsPerItem = (s.devItemHours * s.questionsPerDevWeek) / HOURS_PER_WEEK;
	const pricingPerWeek = s.pricingPerQuarter / WEEKS_PER_QUARTER;
	const pricingHours = (s.pricingHours + s.gtmHours) * strategyMultiplier;
	const capacity = org.roles.slice(0, n).map((r) => r.productiveHoursPerWeek);
	const reach = Math.min(s.cascadeTeams, s.teams);
	// Hidden work (issue 9): rework passes at the base chance of failing acceptance (decisions by
	// default add more, which only a run measures), questions routed to their owners.
	const hidden = s.exceptions === 'vdt';
	const reworkPasses = hidden ? s.acceptFailChance / (1 - s.acceptFailChance) : 0;
	const devPerItem = s.devItemHours * (1 + reworkPasses * s.reworkShare);
	const scopeShare = hidden ? s.scopeExceptionShare : 0;

	let stations = org.stations.map(emptyDemand);
	let stalled = { pm: emptyDemand(), po: emptyDemand() };
	let itemsPerTeamWeek: number[] = [];
	const served = (station: number, cls: number) =>
		station >= 0 ? stations[station].servedByClass[cls] : 0;

	for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
		const next = org.stations.map(emptyDemand);
		const nextStalled = { pm: emptyDemand(), po: emptyDemand() };
		const add = (station: number, kind: 'pm' | 'po', cls: Priority, hours: number, count = 0) => {
			const target = station >= 0 ? next[station] : nextStalled[kind];
			target.hoursPerWeek += hours;
			target.decisionsPerWeek += count;
			target.hoursByClass[CLASS[cls]] += hours;
			target.decisionsByClass[CLASS[cls]] += count;
		};
		const items: number[] = [];
		for (let team = 0; team < s.teams; team++) {
			add(
				org.strategyStation[team],
				'pm',
				'strategy',
				roadmapPerTeam * (s.discoveryHours + s.decideHours) * strategyMultiplier,
				roadmapPerTeam
			);
			// Cascades into this team come from the decisions of the `reach` teams before it (itself
			// included), decided at the rate their strategy step lets through.
			let decided = 0;
			for (let j = 0; j < reach; j++) {
				const from = (team - j + s.teams) % s.teams;
				decided += served(org.strategyStation[from], CLASS.strategy);
			}
			const cascades = roadmapPerTeam * decided;
			const po = org.poStation[team];
			add(po, 'po', 'cascade', cascades * s.cascadeHours * m, cascades);
			const arriving = newItemsPerTeam + cascades * served(po, CLASS.cascade) * s.itemsPerCascade;
			items.push(arriving);
			add(po, 'po', 'refine', arriving * (s.refineHours + s.orderHours) * m, arriving);
			const refined = arriving * served(po, CLASS.refine);
			if (po < 0) continue;
			const own = po === org.teamStation[team];
			add(org.teamStation[team], 'po', 'build', refined * devPerItem, own ? 0 : refined);
			const built = refined * served(org.teamStation[team], CLASS.build);
			if (hidden) {
				// A story refined by the team itself raises more questions; with no PO they go up to
				// the PM, and scope questions to whoever holds strategy.
				const asked =
					built *
					questionsPerItem *
					(devPerItem / s.devItemHours) *
					(own ? s.hurriedExceptionFactor : 1);
				const strategy = org.strategyStation[team];
				const penalty = strategy >= 0 && strategy === org.leadership ? s.leaderPenalty : 1;
				const storyOwner = own ? strategy : po;
				// A question nobody can take is decided by default at once: no one's hours.
				if (storyOwner >= 0)
					add(storyOwner, 'pm', 'answer', asked * (1 - scopeShare) * s.answerHours);
				if (strategy >= 0)
					add(strategy, 'pm', 'answer', asked * scopeShare * s.answerHours * penalty);
			} else {
				add(po, 'po', 'answer', built * questionsPerItem * s.answerHours * m);
			}
			add(po, 'po', 'accept', built * (1 + reworkPasses) * s.acceptHours * m);
		}
		if (org.leaders >= 0) {
			// Leaders meet on every roadmap move that gets through discovery and every pricing change.
			let aligned = 0;
			for (let team = 0; team < s.teams; team++) {
				aligned += roadmapPerTeam * served(org.strategyStation[team], CLASS.strategy);
			}
			const priced = org.pricingOwners.reduce(
				(sum, owner) =>
					sum + (pricingPerWeek / org.pricingOwners.length) * served(owner, CLASS.strategy),
				0
			);
			add(org.leaders, 'pm', 'strategy', (aligned + priced) * s.alignHours, 0);
		}
		const owners = org.pricingOwners;
		if (owners.length === 0)
			add(-1, 'pm', 'strategy', pricingPerWeek * pricingHours, pricingPerWeek);
		for (const owner of owners) {
			const share = pricingPerWeek / owners.length;
			add(owner, 'pm', 'strategy', share * pricingHours, share);
		}
		next.forEach((station, i) => {
			serve(station, capacity[i]);
			if (iteration === 0) return;
			station.servedByClass = station.servedByClass.map(
				(v, c) => stations[i].servedByClass[c] + DAMPING * (v - stations[i].servedByClass[c])
			);
		});
		for (const kind of ['pm', 'po'] as const) {
			nextStalled[kind].queueGrowthPerWeek = nextStalled[kind].decisionsPerWeek;
			nextStalled[kind].servedByClass.fill(0);
		}
		const change = next.reduce(
			(max, st, i) =>
				Math.max(
					max,
					Math.abs(st.hoursPerWeek - stations[i].hoursPerWeek),
					...st.servedByClass.map((v, c) => Math.abs(v - stations[i].servedByClass[c]))
				),
			iteration === 0 ? Infinity : 0
		);
		stations = next;
		stalled = nextStalled;
		itemsPerTeamWeek = items;
		if (change < 1e-7) break;
	}
	return { stations, stalled, itemsPerTeamWeek, questionsPerItem };
}
