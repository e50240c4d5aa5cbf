import type { Scenario } from '../scenario/index';
import type { StationSpec } from './resources';
import type { RoleKind } from './types';

/** Clock conventions (fields.ts): the clock counts working hours; a week is 5 days of 8 hours. */
export const HOURS_PER_WEEK = 40;
export const HOURS_PER_DAY = 8;
export const WEEKS_PER_QUARTER = 13;

/**
 * Weinberg's rule of thumb (Quality Software Management: Systems Thinking, 1992, p. 284): the
 * share of a person's time left for project work with n simultaneous projects. Each extra
 * project costs 20% to switching: 2 projects leave 80% (40% each), 3 leave 60%, 4 leave 40%, 5
 * leave 25%. Beyond five the table ends and we hold it at 25%.
 */
export const WEINBERG_FOCUS = [1, 0.8, 0.6, 0.4, 0.25] as const;

/** Weinberg's share of productive time for `contexts` simultaneous contexts. */
export function weinbergFocus(contexts: number): number {
	const n = Math.max(1, Math.floor(contexts));
	return WEINBERG_FOCUS[Math.min(n, WEINBERG_FOCUS.length) - 1];
}

/**
 * Tregubov, Boehm, Rodchenko and Lane, "Impact of Task Switching and Work Interruptions on
 * Software Development Processes" (ICSSP 2017): people working on two or more projects lost about
 * 17% of their effort to cross-project interruptions; the loss did not grow by 20% per extra
 * project as Weinberg's table has it. The share left is 0.83 from the second context on.
 */
export const TREGUBOV_LOSS = 0.17;

/** Tregubov et al.'s share of productive time for `contexts` simultaneous contexts. */
export function tregubovFocus(contexts: number): number {
	return Math.floor(contexts) >= 2 ? 1 - TREGUBOV_LOSS : 1;
}

export type SwitchRule = 'tregubov' | 'weinberg';

/** The switch rule's share of time for `contexts`, scaled by `switchCost` (0 switches it off). */
export function focusShare(
	contexts: number,
	switchCost: number,
	rule: SwitchRule = 'weinberg'
): number {
	const share = rule === 'tregubov' ? tregubovFocus(contexts) : weinbergFocus(contexts);
	return 1 - switchCost * (1 - share);
}

/** Productive hours a week: hours × (1 − meeting share) × focus. */
export function productiveHours(
	hours: number,
	meetings: number,
	contexts: number,
	switchCost: number,
	rule: SwitchRule = 'weinberg'
): number {
	return hours * (1 - meetings) * focusShare(contexts, switchCost, rule);
}

/** A person, a team or the stakeholders: one row of the role statistics. */
export interface OrgRole {
	id: string;
	kind: RoleKind;
	label: string;
	/** Teams served, 0-based. */
	teams: number[];
	servers: number;
	productiveHoursPerWeek: number;
	/**
	 * Simultaneous contexts for the switch rule: distinct backlogs the person orders, plus one
	 * for product strategy (docs/model.md, "Context switching").
	 */
	contexts: number;
	focus: number;
}

/**
 * The organisation a scenario describes: stations (people and teams) and who serves each team.
 * Roles are in a fixed order, PMs, POs, combined PM/POs, teams, leadership, the leaders who align
 * and approve, then the stakeholders pseudo-role; a role's index is its station index (stakeholders have no station,
 * they are delays with unlimited servers).
 */
export interface Organisation {
	roles: OrgRole[];
	stations: StationSpec[];
	/** Index of the stakeholders pseudo-role in `roles` (= number of stations). */
	stakeholders: number;
	/** Per team: its own station (the developers). */
	teamStation: Int32Array;
	/** Per team: who does its PO work; the team itself when absorbed, -1 when it stalls. */
	poStation: Int32Array;
	/** Per team: who does the PM work for its decisions; leadership when absorbed, -1 stalls. */
	strategyStation: Int32Array;
	/** Product areas: blocks of `teamsPerPm` teams, the scope of a roadmap decision. */
	areaOf: Int32Array;
	areas: number[][];
	/** Stations that own pricing triggers, in round-robin order; empty when pricing stalls. */
	pricingOwners: number[];
	/** Station of leadership when it absorbs PM work, else -1. */
	leadership: number;
	/**
	 * Station of the leaders whose time alignment and approval take (`leaders` people with
	 * `leaderAlignHours` a week each), or -1 when leadership capacity is not modelled (`leaders` 0).
	 */
	leaders: number;
	/** Who holds PM-side and PO-side work: the role kind, or null when it stalls. */
	strategyKind: RoleKind | null;
	deliveryKind: RoleKind | null;
	/** True when the holder is not the role the seeds give the work to. */
	strategyAbsorbed: boolean;
	deliveryAbsorbed: boolean;
}

/** Contiguous blocks of `size` teams: [[0,1,2],[3,4,5],[6,7]]. */
export function teamBlocks(teams: number, size: number): number[][] {
	const blocks: number[][] = [];
	for (let start = 0; start < teams; start += size) {
		blocks.push(Array.from({ length: Math.min(size, teams - start) }, (_, i) => start + i));
	}
	return blocks;
}

function teamList(teams: number[]): string {
	const shown = teams.map((t) => t + 1);
	if (shown.length === 1) return `team ${shown[0]}`;
	return `teams ${shown[0]}–${shown[shown.length - 1]}`;
}

export function buildOrganisation(s: Scenario): Organisation {
	const roles: OrgRole[] = [];
	const stations: StationSpec[] = [];
	const addStation = (role: OrgRole, speed: number): number => {
		roles.push(role);
		stations.push({ servers: speed > 0 ? role.servers : 0, speed });
		return stations.length - 1;
	};
	const person = (
		kind: RoleKind,
		prefix: string,
		name: string,
		index: number,
		teams: number[],
		hours: number,
		meetings: number,
		contexts: number
	): number => {
		const focus = focusShare(contexts, s.switchCost, s.switchRule);
		const productive = productiveHours(hours, meetings, contexts, s.switchCost, s.switchRule);
		return addStation(
			{
				id: `${prefix}-${index + 1}`,
				kind,
				label: `${name} ${index + 1} (${teamList(teams)})`,
				teams,
				servers: 1,
				productiveHoursPerWeek: productive,
				contexts,
				focus
			},
			productive / HOURS_PER_WEEK
		);
	};

	const hasPm = s.model === 'separate' || s.model === 'pm-only';
	const hasPo = s.model === 'separate' || s.model === 'po-only';
	const combined = s.model === 'combined';
	const areas = teamBlocks(s.teams, s.teamsPerPm);
	const areaOf = new Int32Array(s.teams);
	areas.forEach((block, a) => block.forEach((t) => (areaOf[t] = a)));
	const poBlocks = teamBlocks(s.teams, s.teamsPerPo);

	const strategyStation = new Int32Array(s.teams).fill(-1);
	const poStation = new Int32Array(s.teams).fill(-1);
	const teamStation = new Int32Array(s.teams);
	const pricingOwners: number[] = [];

	if (hasPm) {
		areas.forEach((block, a) => {
			// A PM owns one product area however many teams build it, and orders no team backlog:
			// one context (the teams share the PM's strategy; their backlogs are the POs').
			const st = person('pm', 'pm', 'PM', a, block, s.pmHours, s.pmMeetings, 1);
			for (const t of block) strategyStation[t] = st;
			pricingOwners.push(st);
		});
	}
	if (hasPo) {
		poBlocks.forEach((block, i) => {
			// Each team has its own backlog (its own sprint queue), so a PO of k teams orders k.
			const st = person('po', 'po', 'PO', i, block, s.poHours, s.poMeetings, block.length);
			for (const t of block) poStation[t] = st;
		});
	}
	if (combined) {
		poBlocks.forEach((block, i) => {
			// One context for strategy plus one per team's delivery.
			const st = person(
				'pmpo',
				'pmpo',
				'PM/PO',
				i,
				block,
				s.pmpoHours,
				s.pmpoMeetings,
				1 + block.length
			);
			for (const t of block) {
				poStation[t] = st;
				strategyStation[t] = st;
			}
			pricingOwners.push(st);
		});
	}
	const devProductive = productiveHours(s.devHours, s.devMeetings, 1, s.switchCost, s.switchRule);
	for (let t = 0; t < s.teams; t++) {
		teamStation[t] = addStation(
			{
				id: `team-${t + 1}`,
				kind: 'team',
				label: `Team ${t + 1}`,
				teams: [t],
				servers: s.teamSize,
				productiveHoursPerWeek: devProductive * s.teamSize,
				contexts: 1,
				focus: 1
			},
			devProductive / HOURS_PER_WEEK
		);
	}

	const absorb = s.fallback === 'absorb';
	let leadership = -1;
	if (!hasPm && !combined && absorb) {
		leadership = addStation(
			{
				id: 'leadership',
				kind: 'leadership',
				label: 'Leadership',
				teams: Array.from({ length: s.teams }, (_, t) => t),
				servers: 1,
				productiveHoursPerWeek: s.leadershipHours,
				contexts: 1,
				focus: 1
			},
			s.leadershipHours / HOURS_PER_WEEK
		);
		strategyStation.fill(leadership);
		pricingOwners.push(leadership);
	}
	if (!hasPo && !combined && absorb) {
		for (let t = 0; t < s.teams; t++) poStation[t] = teamStation[t];
	}

	let leaders = -1;
	if (s.leaders > 0) {
		leaders = addStation(
			{
				id: 'leaders',
				kind: 'leadership',
				label: `Leaders (${s.leaders}, alignment and approval)`,
				teams: Array.from({ length: s.teams }, (_, t) => t),
				servers: s.leaders,
				productiveHoursPerWeek: s.leaders * s.leaderAlignHours,
				contexts: 1,
				focus: 1
			},
			s.leaderAlignHours / HOURS_PER_WEEK
		);
	}

	const stakeholders = roles.length;
	roles.push({
		id: 'stakeholders',
		kind: 'stakeholders',
		label: 'Stakeholders (leadership, sales, marketing, finance)',
		teams: [],
		servers: 0,
		productiveHoursPerWeek: 0,
		contexts: 0,
		focus: 0
	});

	const strategyKind: RoleKind | null = hasPm
		? 'pm'
		: combined
			? 'pmpo'
			: absorb
				? 'leadership'
				: null;
	const deliveryKind: RoleKind | null = hasPo ? 'po' : combined ? 'pmpo' : absorb ? 'team' : null;

	return {
		roles,
		stations,
		stakeholders,
		teamStation,
		poStation,
		strategyStation,
		areaOf,
		areas,
		pricingOwners,
		leadership,
		leaders,
		strategyKind,
		deliveryKind,
		strategyAbsorbed: !hasPm && !combined,
		deliveryAbsorbed: !hasPo && !combined
	};
}
