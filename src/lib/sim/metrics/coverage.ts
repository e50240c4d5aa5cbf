import type { RunTotals } from '../engine';
import { COMPILED } from '../machines/index';
import { HOURS_PER_DAY } from '../org';
import {
	RESPONSIBILITIES,
	ROLE_KINDS,
	type Coverage,
	type CoverageCell,
	type DecisionKind,
	type Gap,
	type Responsibility,
	type RoleKind,
	type RoleStats
} from '../types';
import { days, percent } from './bottlenecks';
import { DECISION_NOUNS, KIND_ENTRIES, roleGroupName } from './roleKinds';

/**
 * Above this offered load a role holds its responsibilities in name only. In an M/M/1 queue
 * the mean wait is ρ/(1 − ρ) service times: 9 at ρ = 0.9 and rising steeply beyond (Kingman's
 * formula says the same for any service distribution), so work held by a role loaded past 90%
 * waits many times longer than it takes. Assumption, from queueing theory.
 */
export const STARVED_LOAD = 0.9;

/** Who holds each responsibility by the seeds (PRODUCT.md, "The domain, from the seeds"). */
export const INTENDED_HOLDER: Record<Responsibility, 'pm' | 'po'> = {
	'vision-strategy': 'pm',
	roadmap: 'pm',
	'market-research': 'pm',
	pricing: 'pm',
	'go-to-market': 'pm',
	'stakeholder-alignment': 'pm',
	'backlog-refinement': 'po',
	'backlog-ordering': 'po',
	'sprint-planning': 'po',
	'clarifying-questions': 'po',
	acceptance: 'po'
};

export const RESPONSIBILITY_LABELS: Record<Responsibility, string> = {
	'vision-strategy': 'vision and strategy',
	roadmap: 'the roadmap',
	'market-research': 'market research',
	pricing: 'pricing',
	'go-to-market': 'go-to-market',
	'stakeholder-alignment': 'stakeholder alignment',
	'backlog-refinement': 'backlog refinement',
	'backlog-ordering': 'backlog ordering',
	'sprint-planning': 'sprint planning',
	'clarifying-questions': 'clarifying questions',
	acceptance: 'acceptance'
};

const MODEL_NAMES: Record<string, string> = {
	combined: 'combined',
	separate: 'separate-roles',
	'pm-only': 'PM-only',
	'po-only': 'PO-only'
};

/** The statechart steps of each responsibility, read from the machines' meta. */
export function responsibilitySteps(
	responsibility: Responsibility
): { kind: DecisionKind; index: number; state: number }[] {
	const steps: { kind: DecisionKind; index: number; state: number }[] = [];
	for (const { kind, index } of KIND_ENTRIES) {
		COMPILED[kind].meta.forEach((meta, state) => {
			if (meta.responsibility === responsibility) steps.push({ kind, index, state });
		});
	}
	return steps;
}

interface Starvation {
	starved: boolean;
	byLoad: boolean;
	byWait: boolean;
	group: RoleStats[];
	worst: RoleStats | null;
	meanLoad: number;
	meanWaitDays: number;
	meanServiceDays: number;
}

function starvation(
	totals: RunTotals,
	roles: RoleStats[],
	responsibility: Responsibility,
	holder: RoleKind
): Starvation {
	const group = roles.filter((r) => r.kind === holder);
	const worst = group.length > 0 ? group.reduce((a, b) => (b.load > a.load ? b : a)) : null;
	const meanLoad = group.length > 0 ? group.reduce((s, r) => s + r.load, 0) / group.length : 0;
	// Strategy work is judged as a whole: a go-to-market task queued behind a discovery is not
	// starved by itself, but when all the role's strategy work waits longer than it takes, it is.
	let wait = 0;
	let service = 0;
	let tasks = 0;
	for (const r of RESPONSIBILITIES) {
		if (INTENDED_HOLDER[r] !== 'pm') continue;
		for (const step of responsibilitySteps(r)) {
			const meta = COMPILED[step.kind].meta[step.state];
			if (meta.step !== 'work') continue;
			const k = totals.kinds[step.index];
			wait += k.stepWait[step.state];
			service += k.stepService[step.state];
			tasks += k.stepTasks[step.state];
		}
	}
	const byLoad = worst !== null && worst.load > STARVED_LOAD;
	// Strategy work that waits longer than it takes is being crowded out (seeds: urgent delivery
	// work comes first for a combined PM/PO).
	const byWait = INTENDED_HOLDER[responsibility] === 'pm' && tasks > 0 && wait > service;
	return {
		starved: byLoad || byWait,
		byLoad,
		byWait,
		group,
		worst,
		meanLoad,
		meanWaitDays: tasks > 0 ? wait / tasks / HOURS_PER_DAY : 0,
		meanServiceDays: tasks > 0 ? service / tasks / HOURS_PER_DAY : 0
	};
}

function starvedMessage(label: string, holder: RoleKind, st: Starvation): string {
	const name = roleGroupName(holder, st.group.length);
	const who = name.charAt(0).toUpperCase() + name.slice(1);
	const verb = st.group.length === 1 || holder === 'leadership' ? 'holds' : 'hold';
	const parts: string[] = [];
	if (st.byLoad && st.worst) {
		parts.push(
			st.group.length === 1
				? `at ${percent(st.worst.load)} load`
				: `at ${percent(st.meanLoad)} load on average (${st.worst.id} at ${percent(st.worst.load)})`
		);
	}
	if (st.byWait) {
		const why = holder === 'pmpo' ? ': urgent delivery work comes first' : '';
		parts.push(
			`strategy work waits ${days(st.meanWaitDays)} on average for ${days(st.meanServiceDays)} of work${why}`
		);
	}
	return `${who} ${verb} ${label} but ${parts.join(', and ')}.`;
}

function stalledCount(totals: RunTotals, responsibility: Responsibility): string {
	const parts: string[] = [];
	for (const step of responsibilitySteps(responsibility)) {
		const n = totals.kinds[step.index].stalledByState[step.state];
		if (n === 0) continue;
		const meta = COMPILED[step.kind].meta[step.state];
		parts.push(
			`${n} ${DECISION_NOUNS[step.kind]} are stuck waiting for ${meta.waitFor ?? meta.label}`
		);
	}
	if (parts.length > 0) return parts.join('; ');
	return responsibilitySteps(responsibility).length > 0
		? 'no decision gets that far, they stall at an earlier step'
		: 'nobody sets the direction the roadmap follows';
}

/**
 * The responsibility × role-kind coverage matrix and the gaps, per the rules in docs/model.md:
 * - covered: the seeds' holder (or the combined PM/PO) holds it with hours to spare;
 * - starved: its holder is loaded above STARVED_LOAD, or its strategy work waits longer than it
 *   takes to do;
 * - uncovered: the seeds' holder does not exist in this model; the intended role's cell says
 *   so, and the absorbing role's cell shows how well it copes (or nobody does it: stall);
 * - duplicated: backlog ordering in the separate model when a PM covers no more teams than a
 *   PO: both set the same team's order (seed 001: the PM prioritises features, the PO orders the
 *   backlog; seed 003: the PM decides what should be built first and breaks down work).
 */
export function coverageMatrix(
	totals: RunTotals,
	roles: RoleStats[]
): { coverage: CoverageCell[]; gaps: Gap[] } {
	const { org, scenario: s } = totals;
	const coverage: CoverageCell[] = [];
	const gaps: Gap[] = [];
	for (const responsibility of RESPONSIBILITIES) {
		const intended = INTENDED_HOLDER[responsibility];
		const holder = intended === 'pm' ? org.strategyKind : org.deliveryKind;
		const absorbed = intended === 'pm' ? org.strategyAbsorbed : org.deliveryAbsorbed;
		const label = RESPONSIBILITY_LABELS[responsibility];
		const cells = new Map<RoleKind, Coverage | 'none'>(ROLE_KINDS.map((k) => [k, 'none']));
		const st = holder ? starvation(totals, roles, responsibility, holder) : null;
		if (holder && st) cells.set(holder, st.starved ? 'starved' : 'covered');

		if (absorbed) {
			cells.set(intended, 'uncovered');
			const model = MODEL_NAMES[s.model];
			let message: string;
			if (holder) {
				const penalty = holder === 'leadership' ? s.leaderPenalty : s.teamPenalty;
				const who = holder === 'leadership' ? `leadership` : `each team`;
				const hours = holder === 'leadership' ? ` in ${s.leadershipHours} h a week` : '';
				const load = st && st.worst ? `, at ${percent(st.worst.load)} load` : '';
				message = `Nobody holds ${label} in the ${model} model: ${who} absorbs it${hours} at ${penalty}× the effort${load}.`;
			} else {
				message = `Nobody holds ${label} in the ${model} model and it stalls: ${stalledCount(totals, responsibility)}.`;
			}
			gaps.push({
				responsibility,
				kind: 'uncovered',
				...(holder ? { absorbedBy: holder } : {}),
				message
			});
		} else if (holder && st?.starved) {
			gaps.push({ responsibility, kind: 'starved', message: starvedMessage(label, holder, st) });
		}

		if (
			responsibility === 'backlog-ordering' &&
			s.model === 'separate' &&
			s.teamsPerPm <= s.teamsPerPo
		) {
			cells.set('pm', 'duplicated');
			cells.set('po', 'duplicated');
			gaps.push({
				responsibility,
				kind: 'duplicated',
				message: `PMs and POs both order the backlog: a PM covers ${s.teamsPerPm} team${s.teamsPerPm === 1 ? '' : 's'}, no more than a PO does (${s.teamsPerPo}), so two people set one team's order.`
			});
		}
		for (const role of ROLE_KINDS) {
			coverage.push({ responsibility, role, coverage: cells.get(role)! });
		}
	}
	return { coverage, gaps };
}
