import type { RunTotals } from '../engine';
import { COMPILED } from '../machines/index';
import { HOURS_PER_DAY } from '../org';
import type { Bottleneck, DecisionKind, RoleKind, RoleStats } from '../types';
import { DECISION_NOUNS, KIND_ENTRIES, roleGroupName, servingKind } from './roleKinds';

/** Roles listed as bottlenecks: the ones causing the most waiting. */
export const MAX_BOTTLENECKS = 5;

import { days, percent } from './format';
export { days, percent };
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Where a role kind makes decisions wait most: the step, mean wait per task, share of lead time. */
export interface WorstStep {
	kind: DecisionKind;
	state: number;
	waitFor: string;
	/** Mean queue wait per task of the step, days, including tasks still waiting at the horizon. */
	meanWaitDays: number;
	/** That step's waiting as a share of the lead time of completed decisions; null if none did. */
	shareOfLeadTime: number | null;
	/** Tasks of the step still waiting at the horizon are counted in `meanWaitDays`. */
	tasks: number;
}

function totalLeadTime(totals: RunTotals, index: number): number {
	return totals.kinds[index].leadTimeSum;
}

/** The step served by `role` kind where decisions waited longest in total. */
export function worstStep(totals: RunTotals, role: RoleKind): WorstStep | null {
	let best: WorstStep | null = null;
	let bestWait = 0;
	for (const { kind, index } of KIND_ENTRIES) {
		const k = totals.kinds[index];
		const machine = COMPILED[kind];
		const lead = totalLeadTime(totals, index);
		machine.meta.forEach((meta, s) => {
			if (meta.step === 'delay' || servingKind(totals.org, kind, s) !== role) return;
			if (k.stepWait[s] <= bestWait || k.stepTasks[s] === 0) return;
			bestWait = k.stepWait[s];
			best = {
				kind,
				state: s,
				waitFor: meta.waitFor ?? meta.label.toLowerCase(),
				meanWaitDays: k.stepWait[s] / k.stepTasks[s] / HOURS_PER_DAY,
				shareOfLeadTime: k.completed > 0 && lead > 0 ? k.stateWait[s] / lead : null,
				tasks: k.stepTasks[s]
			};
		});
	}
	return best;
}

function stakeholderMessage(totals: RunTotals): string {
	let bestKind: DecisionKind | null = null;
	let bestShare = 0;
	for (const { kind, index } of KIND_ENTRIES) {
		const lead = totalLeadTime(totals, index);
		if (lead <= 0) continue;
		let wait = 0;
		COMPILED[kind].meta.forEach((meta, s) => {
			if (meta.step === 'delay') wait += totals.kinds[index].stateWait[s];
		});
		if (wait / lead > bestShare) {
			bestShare = wait / lead;
			bestKind = kind;
		}
	}
	const mean = totals.scenario.stakeholderDays;
	const head = `Stakeholder responses (alignment, consultation, approval) take ${days(mean)} each on average`;
	return bestKind
		? `${head}; they are ${percent(bestShare)} of the lead time of ${DECISION_NOUNS[bestKind]}.`
		: `${head}.`;
}

function stationMessage(totals: RunTotals, roles: RoleStats[], role: RoleStats): string {
	const group = roles.filter((r) => r.kind === role.kind);
	let head: string;
	if (role.kind === 'leadership') {
		head = `Leadership, absorbing PM work in ${totals.scenario.leadershipHours} h a week, is at ${percent(role.load)} load`;
	} else if (group.length === 1) {
		head = `${capitalise(roleGroupName(role.kind, 1))} (${role.id}) is at ${percent(role.load)} load`;
	} else {
		const mean = group.reduce((sum, r) => sum + r.load, 0) / group.length;
		const busiest = group.reduce((a, b) => (b.load > a.load ? b : a));
		head = `${capitalise(roleGroupName(role.kind, group.length))} are at ${percent(mean)} load on average (${busiest.id} the busiest at ${percent(busiest.load)})`;
	}
	const step = worstStep(totals, role.kind);
	if (!step) return `${head}; ${role.id} caused ${days(role.waitCausedDays)} of waiting.`;
	const nouns = DECISION_NOUNS[step.kind];
	const tail =
		step.shareOfLeadTime === null
			? `and none has finished yet`
			: `${percent(step.shareOfLeadTime)} of their lead time`;
	return `${head}; ${nouns} wait ${days(step.meanWaitDays)} for ${step.waitFor}, ${tail}.`;
}

/**
 * Role kinds ranked by the waiting they caused (queue waits, including work still queued at the
 * horizon, and stakeholder response delays), one entry per kind so that each sentence says
 * something new. `role` names the person (or team) of that kind who caused the most waiting,
 * which is the node the views mark; `share` and `waitDays` are the whole kind's.
 */
export function rankBottlenecks(totals: RunTotals, roles: RoleStats[]): Bottleneck[] {
	const total = roles.reduce((sum, r) => sum + r.waitCausedDays, 0);
	if (total <= 0) return [];
	const byKind = new Map<RoleKind, { wait: number; worst: RoleStats; order: number }>();
	roles.forEach((role, order) => {
		if (role.waitCausedDays <= 0) return;
		const entry = byKind.get(role.kind);
		if (!entry) byKind.set(role.kind, { wait: role.waitCausedDays, worst: role, order });
		else {
			entry.wait += role.waitCausedDays;
			if (role.waitCausedDays > entry.worst.waitCausedDays) entry.worst = role;
		}
	});
	return [...byKind.values()]
		.sort((a, b) => b.wait - a.wait || a.order - b.order)
		.slice(0, MAX_BOTTLENECKS)
		.map(({ wait, worst }) => ({
			role: worst.id,
			kind: worst.kind,
			share: wait / total,
			waitDays: wait,
			message:
				worst.kind === 'stakeholders'
					? stakeholderMessage(totals)
					: stationMessage(totals, roles, worst)
		}));
}
