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
	/** Decisions a week that need this station at least once (a cascade counts per team). */
	decisionsPerWeek: number;
	/** Effort hours a week by priority class (PRIORITIES order): who is served first. */
	hoursByClass: number[];
}

export interface Demand {
	/** Per station (the organisation's role order; stakeholders have none). */
	stations: StationDemand[];
	/**
	 * Decisions a week that reach a step nobody holds (`fallback = stall`): they pile up for
	 * ever. Keyed by the role kind the seeds give the work to.
	 */
	stalled: { pm: StationDemand; po: StationDemand };
	/** Backlog items a week per team (new items plus the items roadmap cascades add). */
	itemsPerTeamWeek: number[];
	/** Expected clarifying questions per backlog item. */
	questionsPerItem: number;
}

/**
 * The expected demand of a scenario on its organisation. Per team: new items arrive at
 * `itemsPerSprint / sprintWeeks` a week; roadmap decisions are raised at `roadmapPerQuarter / 13`
 * a week and, because the raising team is drawn uniformly, each team of an area receives
 * cascades at that rate × the number of teams a cascade reaches. Questions arrive at
 * `questionsPerDevWeek` per 40 hours of development, so an item of mean effort h raises
 * h × rate / 40 on average. Pricing triggers go to their owners in turn.
 */
export function scenarioDemand(s: Scenario, org: Organisation): Demand {
	const empty = (): StationDemand => ({
		hoursPerWeek: 0,
		decisionsPerWeek: 0,
		hoursByClass: PRIORITIES.map(() => 0)
	});
	const stations = org.stations.map(empty);
	const stalled = { pm: empty(), po: empty() };
	const add = (
		station: number,
		kind: 'pm' | 'po',
		cls: Priority,
		hours: number,
		decisions: number
	) => {
		const target = station >= 0 ? stations[station] : stalled[kind];
		target.hoursPerWeek += hours;
		target.decisionsPerWeek += decisions;
		target.hoursByClass[PRIORITIES.indexOf(cls)] += hours;
	};
	const strategyMultiplier = s.model === 'po-only' ? s.leaderPenalty : 1;
	const m = s.model === 'pm-only' ? s.teamPenalty : 1;
	const roadmapPerTeam = s.roadmapPerQuarter / WEEKS_PER_QUARTER;
	const newItemsPerTeam = s.itemsPerSprint / s.sprintWeeks;
	const questionsPerItem = (s.devItemHours * s.questionsPerDevWeek) / HOURS_PER_WEEK;
	const itemsPerTeamWeek: number[] = [];

	for (let team = 0; team < s.teams; team++) {
		const areaSize = org.areas[org.areaOf[team]].length;
		const cascadesPerWeek = roadmapPerTeam * Math.min(s.cascadeTeams, areaSize);
		const items = newItemsPerTeam + cascadesPerWeek * s.itemsPerCascade;
		itemsPerTeamWeek.push(items);
		const strategy = org.strategyStation[team];
		const roadmapHours = roadmapPerTeam * (s.discoveryHours + s.decideHours) * strategyMultiplier;
		add(strategy, 'pm', 'strategy', roadmapHours, roadmapPerTeam);
		// A roadmap decision stalled before its cascade adds no items.
		const po = org.poStation[team];
		const cascades = strategy >= 0 ? cascadesPerWeek : 0;
		const reached = strategy >= 0 ? items : newItemsPerTeam;
		add(po, 'po', 'cascade', cascades * s.cascadeHours * m, cascades);
		add(po, 'po', 'refine', reached * (s.refineHours + s.orderHours) * m, reached);
		add(po, 'po', 'accept', reached * s.acceptHours * m, 0);
		add(po, 'po', 'answer', reached * questionsPerItem * s.answerHours * m, 0);
		if (po >= 0) {
			const own = po === org.teamStation[team];
			add(org.teamStation[team], 'po', 'build', reached * s.devItemHours, own ? 0 : reached);
		}
	}

	const pricingPerWeek = s.pricingPerQuarter / WEEKS_PER_QUARTER;
	const pricingHours = (s.pricingHours + s.gtmHours) * strategyMultiplier;
	const owners = org.pricingOwners;
	if (owners.length === 0) add(-1, 'pm', 'strategy', pricingPerWeek * pricingHours, pricingPerWeek);
	for (const owner of owners) {
		const share = pricingPerWeek / owners.length;
		add(owner, 'pm', 'strategy', share * pricingHours, share);
	}
	return { stations, stalled, itemsPerTeamWeek, questionsPerItem };
}
