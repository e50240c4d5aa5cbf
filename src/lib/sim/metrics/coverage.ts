import type { Scenario } from '../../scenario/index';
import { STATE_STRIDE, type RunTotals } from '../engine';
import { COMPILED, PRIORITIES } from '../machines/index';
import { HOURS_PER_DAY, type Organisation } from '../org';
import {
	DECISION_KINDS,
	RESPONSIBILITIES,
	ROLE_KINDS,
	type Coverage,
	type CoverageCell,
	type DecisionKind,
	type Gap,
	type Responsibility,
	type RoleDemandFigure,
	type RoleKind
} from '../types';
import { capitalise, days, hoursText, percent } from './format';
import { DECISION_NOUNS, KIND_ENTRIES, MODEL_NAMES, someOfKind } from './roleKinds';
import { CLASS_WORK, STRAINED_LOAD } from './verdict';

/**
 * A holder's work on a responsibility is starved by waiting when its tasks wait longer, on
 * average, than any task would at the same desk run first come first served at the strain line:
 * by Pollaczek–Khinchine, Wq = ρ/(1 − ρ) × E[S²]/(2E[S]), so the limit is this ratio (5.7 at
 * ρ = 0.85) times the desk's mean residual work E[S²]/(2E[S]). Work that waits longer is being
 * pushed back behind other work (a combined PM/PO's strategy behind delivery), not merely queued
 * at a busy desk; work served first (answers, acceptance) never is, whatever its own size.
 */
export const STARVED_WAIT_RATIO = STRAINED_LOAD / (1 - STRAINED_LOAD);

/**
 * E[S²]/(2E[S]) of a station's tasks in clock hours, from each step's mean service time under
 * the model's exponential effort (E[S²] = 2m² per step): Σ nᵢmᵢ² / Σ nᵢmᵢ.
 */
function meanResidual(totals: RunTotals, station: number): number {
	const cells = DECISION_KINDS.length * STATE_STRIDE;
	const speed = totals.org.stations[station].speed;
	let first = 0;
	let second = 0;
	for (let c = station * cells; c < (station + 1) * cells; c++) {
		const n = totals.stationSteps.tasks[c];
		if (n === 0 || speed <= 0) continue;
		const service = totals.stationSteps.work[c] / speed;
		first += service;
		second += (service * service) / n;
	}
	return first > 0 ? second / first : 0;
}

/** Fewer tasks than this in a run are too few to call a step starved by its waiting. */
export const MIN_TASKS_FOR_WAIT = 5;

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

interface ResponsibilityStep {
	kind: DecisionKind;
	index: number;
	state: number;
}

/** The statechart steps of each responsibility, read from the machines' meta. */
export function responsibilitySteps(responsibility: Responsibility): ResponsibilityStep[] {
	const steps: ResponsibilityStep[] = [];
	for (const { kind, index } of KIND_ENTRIES) {
		COMPILED[kind].meta.forEach((meta, state) => {
			if (meta.responsibility === responsibility) steps.push({ kind, index, state });
		});
	}
	return steps;
}

/** Steps of a responsibility that are work for its holder: effort the engine charges someone. */
function workSteps(responsibility: Responsibility): ResponsibilityStep[] {
	return responsibilitySteps(responsibility).filter(({ kind, state }) => {
		const meta = COMPILED[kind].meta[state];
		return (
			(meta.step === 'work' || meta.step === 'fanout') &&
			meta.role === INTENDED_HOLDER[responsibility]
		);
	});
}

/**
 * Responsibilities the flows give work to. The others (vision and strategy, sprint planning as
 * a meeting, stakeholder alignment as the stakeholders' response time) have no step that costs
 * their holder hours here: the matrix shows who holds them, and no gap is reported for them.
 */
export const SIMULATED_RESPONSIBILITIES: readonly Responsibility[] = RESPONSIBILITIES.filter(
	(r) => workSteps(r).length > 0
);

/** What one station did on one responsibility's steps over a run. */
interface StationWork {
	station: number;
	tasks: number;
	/** Clock hours queued, tasks still queued at the horizon counted with their wait so far. */
	wait: number;
	/** Clock hours of service (effort / speed). */
	service: number;
	/** Effort hours a week the station gave it (tasks that got a server before the horizon). */
	hoursPerWeek: number;
}

function stationWork(totals: RunTotals, station: number, steps: ResponsibilityStep[]): StationWork {
	const kinds = DECISION_KINDS.length;
	const speed = totals.org.stations[station].speed;
	let tasks = 0;
	let wait = 0;
	let work = 0;
	let served = 0;
	for (const { index, state } of steps) {
		const cell = (station * kinds + index) * STATE_STRIDE + state;
		tasks += totals.stationSteps.tasks[cell];
		wait += totals.stationSteps.wait[cell];
		work += totals.stationSteps.work[cell];
		served += totals.stationSteps.served[cell];
	}
	return {
		station,
		tasks,
		wait,
		service: speed > 0 ? work / speed : 0,
		hoursPerWeek: served / totals.weeks
	};
}

/** The facts behind a gap sentence, so that replications can give the median of each. */
export interface GapFacts {
	responsibility: Responsibility;
	kind: Exclude<Coverage, 'covered'>;
	absorbedBy?: RoleKind;
	/** The person or team the sentence names. */
	role?: string;
	figures: Record<string, number>;
}

const stationsOfKind = (org: Organisation, kind: RoleKind) =>
	org.roles.flatMap((role, i) => (role.kind === kind && i < org.stations.length ? [i] : []));

/** True when `station` did work of a priority class more urgent than `rank` in the run. */
function servesMoreUrgent(totals: RunTotals, station: number, rank: number): boolean {
	for (const { kind, index } of KIND_ENTRIES) {
		const base = (station * DECISION_KINDS.length + index) * STATE_STRIDE;
		const found = COMPILED[kind].meta.some((meta, state) => {
			const p = meta.priority ? PRIORITIES.indexOf(meta.priority) : PRIORITIES.length;
			return p < rank && totals.stationSteps.tasks[base + state] > 0;
		});
		if (found) return true;
	}
	return false;
}

/** Starved holders of a responsibility: by hours (its work piles up), or by waiting. */
function starvedFacts(
	totals: RunTotals,
	demand: RoleDemandFigure[],
	responsibility: Responsibility,
	holder: RoleKind
): GapFacts | null {
	const steps = workSteps(responsibility);
	const priorities = steps.map(({ kind, state }) => COMPILED[kind].meta[state].priority ?? 'build');
	const classes = new Set(priorities.map((p) => CLASS_WORK[p]));
	const rank = Math.min(...priorities.map((p) => PRIORITIES.indexOf(p)));
	const people = stationsOfKind(totals.org, holder);
	const starved = people
		.map((station) => {
			const work = stationWork(totals, station, steps);
			const figure = demand[station];
			const byHours = figure.pilesUp.some((w) => classes.has(w));
			// Crowded out needs other work served first at the same desk; a desk of one kind of work
			// that waits long is busy, which the verdict and the bottlenecks already say.
			const limit = STARVED_WAIT_RATIO * meanResidual(totals, station);
			const byWait =
				servesMoreUrgent(totals, station, rank) &&
				work.tasks >= MIN_TASKS_FOR_WAIT &&
				work.wait / work.tasks > limit;
			return { work, figure, byHours, byWait, limit };
		})
		.filter((p) => p.byHours || p.byWait);
	if (starved.length === 0) return null;
	// The worst: a holder without the hours before one whose work merely waits; then the longest wait.
	const severity = (p: (typeof starved)[number]) =>
		(p.byHours ? 1e12 : 0) + p.work.wait / Math.max(p.work.tasks, 1);
	const worst = starved.reduce((a, b) => (severity(b) > severity(a) ? b : a));
	const tasks = Math.max(worst.work.tasks, 1);
	return {
		responsibility,
		kind: 'starved',
		role: totals.org.roles[worst.work.station].id,
		figures: {
			people: starved.length,
			of: people.length,
			byHours: worst.byHours ? 1 : 0,
			load: worst.figure.load,
			demandHoursPerWeek: worst.figure.demandHoursPerWeek,
			capacityHoursPerWeek: worst.figure.capacityHoursPerWeek,
			meanWaitDays: worst.work.wait / tasks / HOURS_PER_DAY,
			meanWorkDays: worst.work.service / tasks / HOURS_PER_DAY,
			limitDays: worst.limit / HOURS_PER_DAY,
			hoursPerWeek: worst.work.hoursPerWeek
		}
	};
}

function absorbedFacts(
	totals: RunTotals,
	responsibility: Responsibility,
	holder: RoleKind
): GapFacts {
	const steps = workSteps(responsibility);
	const people = stationsOfKind(totals.org, holder);
	const hours = people.map((st) => stationWork(totals, st, steps).hoursPerWeek);
	const worst = people[hours.indexOf(Math.max(...hours))];
	return {
		responsibility,
		kind: 'uncovered',
		absorbedBy: holder,
		role: totals.org.roles[worst].id,
		figures: {
			hoursPerWeek: hours.reduce((a, b) => a + b, 0) / Math.max(people.length, 1),
			stations: people.length
		}
	};
}

function stalledFacts(totals: RunTotals, responsibility: Responsibility): GapFacts {
	const figures: Record<string, number> = {};
	for (const { kind, index, state } of workSteps(responsibility)) {
		figures[`${kind}.${state}`] = totals.kinds[index].stalledByState[state];
	}
	return { responsibility, kind: 'uncovered', figures };
}

function duplicatedFacts(totals: RunTotals): GapFacts {
	const steps = workSteps('backlog-ordering');
	const pos = stationsOfKind(totals.org, 'po');
	const hours = pos.map((st) => stationWork(totals, st, steps).hoursPerWeek);
	return {
		responsibility: 'backlog-ordering',
		kind: 'duplicated',
		figures: { poHoursPerWeek: hours.reduce((a, b) => a + b, 0) / Math.max(pos.length, 1) }
	};
}

/** The sentence of a gap, from its facts: one run's, or medians over the runs it appeared in. */
export function gapMessage(facts: GapFacts, scenario: Scenario, org: Organisation): string {
	const label = RESPONSIBILITY_LABELS[facts.responsibility];
	const f = facts.figures;
	const model = MODEL_NAMES[scenario.model];
	if (facts.kind === 'duplicated') {
		return (
			`PMs and POs both order the backlog: a PM covers ${scenario.teamsPerPm} team${scenario.teamsPerPm === 1 ? '' : 's'}, no more than a PO does (${scenario.teamsPerPo}), so two people set one team's order. ` +
			`The simulation charges only the PO for it: ${hoursText(f.poHoursPerWeek)} a week each.`
		);
	}
	if (facts.kind === 'uncovered' && !facts.absorbedBy) {
		const stuck = Object.entries(f)
			.filter(([, n]) => n > 0)
			.map(([key, n]) => {
				const [kind, state] = key.split('.') as [DecisionKind, string];
				const meta = COMPILED[kind].meta[Number(state)];
				return `${Math.round(n)} ${DECISION_NOUNS[kind]} are stuck waiting for ${meta.waitFor ?? meta.label.toLowerCase()}`;
			});
		const tail =
			stuck.length > 0
				? stuck.join('; ')
				: 'no decision gets that far, they stall at an earlier step';
		return `Nobody holds ${label} in the ${model} model and it stalls: ${tail}.`;
	}
	if (
		facts.kind === 'uncovered' &&
		facts.responsibility === 'clarifying-questions' &&
		scenario.exceptions === 'vdt'
	) {
		// Hidden work: with no PO the questions go up the chain, not to the team (hiddenWorkFlow.ts).
		return `Nobody holds ${label} in the ${model} model: developers’ questions go up to the PM, who answers between strategy tasks, and those not answered within ${hoursText(scenario.patienceHours)} are decided by default, which causes rework (see hidden work).`;
	}
	if (facts.kind === 'uncovered') {
		const holder = facts.absorbedBy!;
		const penalty = holder === 'leadership' ? scenario.leaderPenalty : scenario.teamPenalty;
		const who =
			holder === 'leadership'
				? `leadership absorbs it in ${scenario.leadershipHours} h a week at ${penalty}× the effort, and spent ${hoursText(f.hoursPerWeek)} a week on it`
				: `each team absorbs it at ${penalty}× the effort, and spent ${hoursText(f.hoursPerWeek)} a week on it on average`;
		return `Nobody holds ${label} in the ${model} model: ${who}.`;
	}
	const role = org.roles.find((r) => r.id === facts.role);
	const name = role?.label ?? facts.role ?? '';
	const holder = role?.kind ?? 'pm';
	const many = f.people > 1;
	const plight = f.byHours >= 0.5 ? 'without the hours for it' : 'but other work crowds it out';
	const head = many
		? `${capitalise(someOfKind(holder, Math.round(f.people), Math.round(f.of)))} hold ${label} ${plight}; the worst is ${name}`
		: `${name} holds ${label} ${plight}`;
	const why =
		f.byHours >= 0.5
			? `asked for ${hoursText(f.demandHoursPerWeek)} of work a week for ${hoursText(f.capacityHoursPerWeek)} (${percent(f.load)} load), so ${label} piles up behind more urgent work`
			: `that work waited ${days(f.meanWaitDays)} on average for ${days(f.meanWorkDays)} of work, longer than the ${days(f.limitDays)} any task would wait at this desk first come first served at ${percent(STRAINED_LOAD)} load${holder === 'pmpo' ? ': urgent delivery work comes first' : ''}`;
	return `${head}: ${why}. It got ${hoursText(f.hoursPerWeek)} a week of ${many ? 'that person’s' : 'their'} time.`;
}

/**
 * The responsibility × role-kind coverage matrix and the gaps, per the rules in docs/model.md:
 * - covered: the seeds' holder (or the combined PM/PO) holds it with the hours for it;
 * - starved: some holder's work on it piles up (its demand exceeds the hours left after more
 *   urgent work), or waits more than STARVED_WAIT_RATIO times its own work;
 * - uncovered: the seeds' holder does not exist in this model; the intended role's cell says
 *   so, and the absorbing role's cell shows how well it copes (or nobody does it: stall);
 * - duplicated: backlog ordering in the separate model when a PM covers no more teams than a
 *   PO: both set the same team's order (seed 001: the PM prioritises features, the PO orders the
 *   backlog; seed 003: the PM decides what should be built first and breaks down work).
 * Responsibilities with no work step (SIMULATED_RESPONSIBILITIES) show who holds them and are
 * never a gap: the engine measures no hours for them.
 */
export function coverageMatrix(
	totals: RunTotals,
	demand: RoleDemandFigure[]
): { coverage: CoverageCell[]; gaps: GapFacts[] } {
	const { org, scenario: s } = totals;
	const coverage: CoverageCell[] = [];
	const gaps: GapFacts[] = [];
	for (const responsibility of RESPONSIBILITIES) {
		const intended = INTENDED_HOLDER[responsibility];
		const holder = intended === 'pm' ? org.strategyKind : org.deliveryKind;
		const absorbed = intended === 'pm' ? org.strategyAbsorbed : org.deliveryAbsorbed;
		const simulated = SIMULATED_RESPONSIBILITIES.includes(responsibility);
		const cells = new Map<RoleKind, Coverage | 'none'>(ROLE_KINDS.map((k) => [k, 'none']));
		const starved =
			holder && simulated ? starvedFacts(totals, demand, responsibility, holder) : null;
		if (holder) cells.set(holder, starved ? 'starved' : 'covered');

		if (absorbed) {
			cells.set(intended, 'uncovered');
			if (simulated) {
				gaps.push(
					holder
						? absorbedFacts(totals, responsibility, holder)
						: stalledFacts(totals, responsibility)
				);
			}
		} else if (starved) {
			gaps.push(starved);
		}

		if (
			responsibility === 'backlog-ordering' &&
			s.model === 'separate' &&
			s.teamsPerPm <= s.teamsPerPo
		) {
			cells.set('pm', 'duplicated');
			cells.set('po', 'duplicated');
			gaps.push(duplicatedFacts(totals));
		}
		for (const role of ROLE_KINDS) {
			coverage.push({ responsibility, role, coverage: cells.get(role)! });
		}
	}
	return { coverage, gaps };
}

/** Gaps with their sentences. */
export function toGaps(facts: GapFacts[], scenario: Scenario, org: Organisation): Gap[] {
	return facts.map((f) => ({
		responsibility: f.responsibility,
		kind: f.kind,
		...(f.absorbedBy ? { absorbedBy: f.absorbedBy } : {}),
		...(f.role ? { role: f.role } : {}),
		figures: f.figures,
		message: gapMessage(f, scenario, org)
	}));
}
