import type { Scenario } from '../../scenario/index';
import type { RunTotals } from '../engine';
import { COMPILED } from '../machines/index';
import { HOURS_PER_DAY } from '../org';
import { roleFunction } from '../roleFunctions';
import type {
	Bottleneck,
	DecisionKind,
	RoleDemandFigure,
	RoleKind,
	RoleStats,
	WaitingSummary
} from '../types';
import { capitalise, days, percent } from './format';
import { MIN_TASKS_FOR_WAIT } from './coverage';
import { DECISION_NOUNS, KIND_ENTRIES, roleGroupName, servingKind } from './roleKinds';
import { LOAD_CAP, STRAINED_LOAD, loadText } from './verdict';

export { days, percent };

/** Roles listed as bottlenecks: the ones causing the most waiting. */
export const MAX_BOTTLENECKS = 5;

/**
 * A role kind is named as a bottleneck only when one of its people is above this load, the
 * verdict's strain line (queues grow as ρ/(1 − ρ), 5.7 times the work at 85%). Below it, the
 * waiting a role causes is the ordinary waiting of a busy desk, and naming it would send a
 * leader after the wrong fix.
 */
export const BOTTLENECK_LOAD = STRAINED_LOAD;

/**
 * The step served by `role` kind where a task waited longest on average (tasks still queued at
 * the horizon count with their wait so far), among steps with at least MIN_TASKS_FOR_WAIT tasks
 * so that one unlucky task does not name the step; the step with the most waiting in total when
 * none has that many.
 */
function worstStep(
	totals: RunTotals,
	role: RoleKind
): { kind: DecisionKind; state: number } | null {
	let best: { kind: DecisionKind; state: number } | null = null;
	let bestScore = 0;
	for (const enough of [true, false]) {
		for (const { kind, index } of KIND_ENTRIES) {
			const k = totals.kinds[index];
			COMPILED[kind].meta.forEach((meta, s) => {
				if (meta.step === 'delay' || servingKind(totals.org, kind, s) !== role) return;
				if (enough && k.stepTasks[s] < MIN_TASKS_FOR_WAIT) return;
				const score = enough ? k.stepWait[s] / k.stepTasks[s] : k.stepWait[s];
				if (score <= bestScore) return;
				bestScore = score;
				best = { kind, state: s };
			});
		}
		if (best) return best;
	}
	return best;
}

/**
 * The roles of `busiest`'s own function, numbered alike ("po-1", "po-2"): the people a sentence's
 * average may speak of. Leadership's two roles (strategy work, and the leaders' alignment and
 * approval) share a kind but not a job, so an average of the two describes nobody.
 */
function sameFunction(group: RoleDemandFigure[], busiest: RoleDemandFigure): RoleDemandFigure[] {
	return group.filter((f) => roleFunction(f.role) === roleFunction(busiest.role));
}

/** The numbers of one bottleneck sentence, from one run. */
function bottleneckFigures(
	totals: RunTotals,
	group: RoleDemandFigure[],
	busiest: RoleDemandFigure
): Record<string, number> {
	const figures: Record<string, number> = {
		people: group.length,
		load: busiest.load,
		meanLoad: group.reduce((sum, f) => sum + f.load, 0) / group.length
	};
	const step = worstStep(totals, busiest.kind);
	if (!step) return figures;
	const index = KIND_ENTRIES.find((e) => e.kind === step.kind)!.index;
	const k = totals.kinds[index];
	figures.decisionKind = index;
	figures.state = step.state;
	figures.completed = k.completed;
	figures.created = k.created;
	// Finished decisions: their mean wait at the step and its share of their lead time.
	if (k.completed > 0) {
		figures.meanWaitDays = k.stateWait[step.state] / k.completed / HOURS_PER_DAY;
		figures.shareOfLeadTime = k.leadTimeSum > 0 ? k.stateWait[step.state] / k.leadTimeSum : 0;
	}
	// Still waiting there at the horizon.
	figures.stillWaiting = k.openByState[step.state];
	figures.oldestDays = k.openOldestByState[step.state] / HOURS_PER_DAY;
	return figures;
}

/** The sentence of a bottleneck, from its figures (one run's, or medians over runs). */
export function bottleneckMessage(role: RoleDemandFigure, figures: Record<string, number>): string {
	const f = figures;
	const people = Math.round(f.people);
	const uniform = Math.abs(f.load - f.meanLoad) < 0.005;
	const head =
		people <= 1
			? f.load >= LOAD_CAP
				? `${role.label} has work but no productive hours`
				: `${role.label} is at ${loadText(f.load)}`
			: uniform
				? `${capitalise(roleGroupName(role.kind, people))} are at ${loadText(f.load)}`
				: `${capitalise(roleGroupName(role.kind, people))} are at ${loadText(f.meanLoad)} on average (${role.label} the busiest at ${percent(f.load)})`;
	if (f.decisionKind === undefined) return `${head}.`;
	const kind = KIND_ENTRIES[f.decisionKind].kind;
	const meta = COMPILED[kind].meta[f.state];
	const waitFor = meta.waitFor ?? meta.label.toLowerCase();
	const nouns = DECISION_NOUNS[kind];
	const open =
		f.stillWaiting >= 0.5
			? `${Math.round(f.stillWaiting)} more ${f.stillWaiting >= 1.5 ? 'are' : 'is'} still waiting there, the oldest for ${days(f.oldestDays)}`
			: '';
	if (f.meanWaitDays === undefined) {
		const waiting =
			f.stillWaiting >= 0.5
				? `; ${Math.round(f.stillWaiting)} wait for ${waitFor}, the oldest for ${days(f.oldestDays)}`
				: '';
		return `${head}; no ${nouns} finished${waiting}.`;
	}
	const done = Math.round(f.completed);
	const one = done === 1;
	const finishedNouns = one ? nouns.replace(/s$/, '') : nouns;
	const averaged = `${days(f.meanWaitDays)}${one ? '' : ' on average'}`;
	const theirs = `${percent(f.shareOfLeadTime)} of ${one ? 'its' : 'their'} lead time`;
	if (f.created !== undefined && f.stillWaiting > f.completed) {
		// Most are still waiting: the few that got through are not the story, so they come last.
		const waiting = Math.round(f.stillWaiting);
		return (
			`${head}; ${waiting} of the ${Math.round(f.created)} ${nouns} ${waiting === 1 ? 'is' : 'are'} still waiting for ${waitFor}, ` +
			`the oldest for ${days(f.oldestDays)}; the ${done} finished ${finishedNouns} waited ${averaged} there, ${theirs}.`
		);
	}
	const finished =
		f.created !== undefined && f.completed < f.created
			? `the ${done} finished ${finishedNouns} (of ${Math.round(f.created)})`
			: `finished ${nouns}`;
	return (
		`${head}; ${finished} waited ${averaged} for ${waitFor}, ` +
		`${theirs}${open ? `; ${open}` : ''}.`
	);
}

/**
 * Role kinds with someone above BOTTLENECK_LOAD (by the scenario's demand, as in the verdict),
 * ranked by the waiting the kind caused in the run, one entry per kind. `role` is the busiest
 * person of the kind, the node the views mark; `share` and `waitDays` are the whole kind's.
 */
export function rankBottlenecks(
	totals: RunTotals,
	roles: RoleStats[],
	demand: RoleDemandFigure[]
): Bottleneck[] {
	const total = roles.reduce((sum, r) => sum + r.waitCausedDays, 0);
	const kinds = new Map<RoleKind, { wait: number; group: RoleDemandFigure[]; order: number }>();
	demand.forEach((figure, i) => {
		const entry = kinds.get(figure.kind) ?? { wait: 0, group: [], order: i };
		entry.wait += roles[i].waitCausedDays;
		entry.group.push(figure);
		kinds.set(figure.kind, entry);
	});
	return [...kinds.values()]
		.filter(({ group }) => group.some((f) => f.load > BOTTLENECK_LOAD))
		.sort((a, b) => b.wait - a.wait || a.order - b.order)
		.slice(0, MAX_BOTTLENECKS)
		.map(({ wait, group }) => {
			const busiest = group.reduce((a, b) => (b.load > a.load ? b : a));
			const figures = bottleneckFigures(totals, sameFunction(group, busiest), busiest);
			return {
				role: busiest.role,
				kind: busiest.kind,
				share: total > 0 ? wait / total : 0,
				waitDays: wait,
				figures,
				message: bottleneckMessage(busiest, figures)
			};
		});
}

/** Waiting shares of finished decisions' lead time: sprint, stakeholders, people's queues. */
export function waitingShares(totals: RunTotals): Record<string, number> {
	let lead = 0;
	let sprint = 0;
	let stakeholders = 0;
	let queues = 0;
	for (const { kind, index } of KIND_ENTRIES) {
		const k = totals.kinds[index];
		lead += k.leadTimeSum;
		COMPILED[kind].meta.forEach((meta, s) => {
			const wait = k.stateWait[s];
			if (meta.step === 'sprint') sprint += wait;
			else if (meta.step === 'delay') stakeholders += wait;
			else queues += wait;
		});
	}
	const share = (x: number) => (lead > 0 ? x / lead : 0);
	return {
		finished: totals.kinds.reduce((sum, k) => sum + k.completed, 0),
		shareOfLeadTime: share(sprint + stakeholders + queues),
		sprintShare: share(sprint),
		stakeholderShare: share(stakeholders),
		queueShare: share(queues)
	};
}

/**
 * The waiting sentence: "No bottleneck: …" when nobody is above the line, or, when some work has
 * no holder at all (fallback = stall), that no person is the bottleneck because the work stalls.
 */
export function waitingSummary(
	shares: Record<string, number>,
	bottlenecks: number,
	scenario: Scenario,
	stalled = false
): WaitingSummary {
	const parts = [
		scenario.planning === 'sprint' ? `${percent(shares.sprintShare)} for the next sprint` : '',
		`${percent(shares.stakeholderShare)} for stakeholders`,
		`${percent(shares.queueShare)} in people's queues`
	].filter(Boolean);
	const body =
		shares.finished > 0
			? `waiting is ${percent(shares.shareOfLeadTime)} of the lead time of finished decisions (${parts.join(', ')})`
			: 'nothing has finished yet, so there is no lead time to split into waiting';
	const head = stalled
		? `No person is the bottleneck: the work nobody holds stalls (see the verdict); `
		: bottlenecks === 0
			? `No bottleneck: no role is above ${percent(BOTTLENECK_LOAD)} load; `
			: '';
	return {
		shareOfLeadTime: shares.shareOfLeadTime,
		sprintShare: shares.sprintShare,
		stakeholderShare: shares.stakeholderShare,
		queueShare: shares.queueShare,
		message: head ? `${head}${body}.` : `${capitalise(body)}.`
	};
}
