import type { Scenario } from '../../scenario/index';
import type { Demand, StationDemand } from '../demand';
import { PRIORITIES, type Priority } from '../machines/index';
import type { Organisation } from '../org';
import type { RoleDemandFigure, RoleKind, Verdict } from '../types';
import { capitalise, hoursText, percent } from './format';
import { MODEL_NAMES, someOfKind } from './roleKinds';

/**
 * Above this load a role is strained. Queues grow as ρ/(1 − ρ) (Reinertsen, The Principles of
 * Product Development Flow, 2009): an M/M/1 queue holds 5.7 times the work in waiting at 85% and
 * 19 times at 95%, so past 85% a small rise in demand brings long waits. PRODUCT.md: a healthy
 * organisation has no role above about 85% load.
 */
export const STRAINED_LOAD = 0.85;

/**
 * At or above this load a role's work arrives faster than it can be done: its queue grows every
 * week without limit, and any lead time measured only tells how long the run was.
 */
export const OVERLOADED_LOAD = 1;

/**
 * Load reported for a role with no capacity that still gets work (leadership with 0 hours a
 * week, or work nobody holds): a finite stand-in for "infinitely overloaded" that survives JSON.
 */
export const LOAD_CAP = 1000;

/** A class served to within this share is served: the demand solver converges to about 1e-7. */
const SERVED_SLACK = 1e-6;

/** The work of each priority class, for "… piles up". */
export const CLASS_WORK: Record<Priority, string> = {
	answer: "answers to developers' questions",
	accept: 'acceptance',
	refine: 'refinement',
	cascade: 'roadmap cascades',
	strategy: 'strategy work (discovery, roadmap and pricing decisions)',
	build: 'development'
};

const rate = (x: number) =>
	x < 0.05 ? 'less than 0.1' : x < 10 ? x.toFixed(1) : String(Math.round(x));

/**
 * A load as a sentence reads it: "93% load"; one decimal within a point of the strain line, so
 * that 85.3% does not read as the line itself; "load with no productive hours" at LOAD_CAP.
 */
export function loadText(x: number): string {
	if (x >= LOAD_CAP) return 'load with no productive hours';
	const shown = Math.abs(x - STRAINED_LOAD) < 0.01 ? `${(x * 100).toFixed(1)}%` : percent(x);
	return `${shown} load`;
}

/**
 * Load: the effort hours a week the scenario sends a role on average, over its productive hours.
 * One definition everywhere (verdict, role figures, views); LOAD_CAP when there is work and no
 * capacity. A run's own offered hours are reported beside it as `measuredLoad`.
 */
export function loadOf(demandHoursPerWeek: number, capacityHoursPerWeek: number): number {
	if (capacityHoursPerWeek > 0) return demandHoursPerWeek / capacityHoursPerWeek;
	return demandHoursPerWeek > 0 ? LOAD_CAP : 0;
}

/** Each role's expected demand against its productive hours, from the scenario alone. */
export function roleDemandFigures(org: Organisation, demand: Demand): RoleDemandFigure[] {
	return org.stations.map((_, i) => {
		const role = org.roles[i];
		const capacity = role.productiveHoursPerWeek;
		const station = demand.stations[i];
		const { hoursPerWeek, decisionsPerWeek } = station;
		const load = loadOf(hoursPerWeek, capacity);
		return {
			role: role.id,
			kind: role.kind,
			label: role.label,
			demandHoursPerWeek: hoursPerWeek,
			capacityHoursPerWeek: capacity,
			load,
			decisionsPerWeek,
			queueGrowthPerWeek: station.queueGrowthPerWeek,
			pilesUp: PRIORITIES.flatMap((cls, c) =>
				station.hoursByClass[c] > 0 && station.servedByClass[c] < 1 - SERVED_SLACK
					? [CLASS_WORK[cls]]
					: []
			)
		};
	});
}

/** "PM 2 (teams 4–6)", or "all 8 POs" / "3 of the 8 POs" when several of a kind share the fate. */
function subject(worst: RoleDemandFigure, all: RoleDemandFigure[], matching: RoleDemandFigure[]) {
	const ofKind = (list: RoleDemandFigure[]) => list.filter((f) => f.kind === worst.kind);
	const total = ofKind(all).length;
	const same = ofKind(matching);
	if (same.length <= 1) return { text: worst.label, plural: false, uniform: true };
	const uniform = same.every((f) => Math.abs(f.load - worst.load) < 0.005);
	const who = someOfKind(worst.kind, same.length, total);
	return { text: who, plural: true, uniform, worst: worst.label };
}

function stalledFigure(kind: 'pm' | 'po', stalled: StationDemand): RoleDemandFigure {
	return {
		role: 'nobody',
		kind: kind as RoleKind,
		label: `Nobody (the ${kind === 'pm' ? 'PM' : 'PO'} work stalls)`,
		demandHoursPerWeek: stalled.hoursPerWeek,
		capacityHoursPerWeek: 0,
		load: LOAD_CAP,
		decisionsPerWeek: stalled.decisionsPerWeek,
		queueGrowthPerWeek: stalled.queueGrowthPerWeek,
		pilesUp: [kind === 'pm' ? CLASS_WORK.strategy : CLASS_WORK.refine]
	};
}

function overloadedMessage(
	scenario: Scenario,
	demand: Demand,
	figures: RoleDemandFigure[],
	overloaded: RoleDemandFigure[]
): string {
	const worst = overloaded[0];
	if (worst.role === 'nobody') {
		const work =
			worst.kind === 'pm'
				? 'PM work (discovery, roadmap, pricing)'
				: 'PO work (refinement, acceptance)';
		return `Overloaded: nobody holds the ${work} in the ${MODEL_NAMES[scenario.model]} model and it stalls, so ${rate(worst.queueGrowthPerWeek)} decisions a week pile up unfinished.`;
	}
	const who = subject(worst, figures, overloaded);
	const capacity =
		worst.capacityHoursPerWeek > 0
			? `for ${hoursText(worst.capacityHoursPerWeek)} of productive time (${loadText(worst.load)})`
			: 'and no productive hours';
	const each = who.plural
		? who.uniform
			? ' each'
			: ` are over capacity; the worst, ${who.worst},`
		: '';
	const verb = who.plural && who.uniform ? 'have' : 'has';
	let message =
		`Overloaded: ${capitalise(who.text)}${each} ${verb} ${hoursText(worst.demandHoursPerWeek)} of work a week ${capacity}, ` +
		`so ${who.plural && who.uniform ? 'each' : 'its'} queue grows by ${rate(worst.queueGrowthPerWeek)} decisions a week`;
	const station = figures.findIndex((f) => f.role === worst.role);
	const classes = demand.stations[station].hoursByClass.filter((h) => h > 0).length;
	if (worst.pilesUp.length > 0 && worst.pilesUp.length < classes) {
		const list = worst.pilesUp;
		const named =
			list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list[0];
		message += `: the work that comes first gets done, and what piles up is ${named}`;
	}
	message += '; its lead times keep growing the longer the organisation runs.';
	message += alsoText(
		'Also overloaded',
		worst,
		figures,
		overloaded.filter((f) => f.role !== 'nobody')
	);
	const nobody = overloaded.find((f) => f.role === 'nobody');
	if (nobody)
		message += ` And nobody holds some of the work: ${rate(nobody.queueGrowthPerWeek)} decisions a week stall.`;
	return message;
}

/** "the busiest, PM 2 (teams 4–6), is at 70% load", or "the busiest are all 8 teams, at 77% load". */
function busiestText(byLoad: RoleDemandFigure[]): string {
	const top = byLoad[0];
	const tied = byLoad.filter((f) => Math.abs(f.load - top.load) < 0.005);
	if (tied.length === 1) return `the busiest, ${top.label}, is at ${loadText(top.load)}`;
	const sameKind = tied.every((f) => f.kind === top.kind);
	const ofKind = byLoad.filter((f) => f.kind === top.kind).length;
	const who = sameKind
		? someOfKind(top.kind, tied.length, ofKind)
		: `${top.label} and ${tied.length - 1} more`;
	return `the busiest are ${who}, at ${loadText(top.load)}`;
}

/**
 * The other kinds of role in `list` (overloaded, or above the strain line), so the verdict names
 * every population a later sentence (a bottleneck, a what-if) may name: " Also above 85% load:
 * all 6 teams (88%)."
 */
function alsoText(
	heading: string,
	worst: RoleDemandFigure,
	all: RoleDemandFigure[],
	list: RoleDemandFigure[]
): string {
	const kinds = [...new Set(list.filter((f) => f.kind !== worst.kind).map((f) => f.kind))];
	if (kinds.length === 0) return '';
	const groups = kinds.map((kind) => {
		// `list` runs busiest first, so the first of a kind is its busiest.
		const top = list.find((f) => f.kind === kind)!;
		const who = subject(top, all, list);
		const load = top.load >= LOAD_CAP ? 'no productive hours' : percent(top.load);
		return `${who.text} (${who.uniform ? '' : 'up to '}${load})`;
	});
	return ` ${heading}: ${groups.join('; ')}.`;
}

/**
 * The organisation's verdict: `overloaded` when some role's demand reaches its capacity (or work
 * reaches a step nobody holds and stalls), `strained` when some role is above STRAINED_LOAD,
 * else `healthy`; with one sentence naming the role and the figure.
 */
export function verdictOf(
	scenario: Scenario,
	demand: Demand,
	figures: RoleDemandFigure[]
): Verdict {
	const byLoad = [...figures].sort((a, b) => b.load - a.load || a.role.localeCompare(b.role));
	const overloaded = byLoad.filter((f) => f.load >= OVERLOADED_LOAD || f.pilesUp.length > 0);
	for (const kind of ['pm', 'po'] as const) {
		if (demand.stalled[kind].decisionsPerWeek > 0) {
			overloaded.push(stalledFigure(kind, demand.stalled[kind]));
		}
	}
	const strained = byLoad.filter((f) => f.load > STRAINED_LOAD && !overloaded.includes(f));
	const busiest = byLoad[0] ?? null;

	if (overloaded.length > 0) {
		return {
			status: 'overloaded',
			overloaded,
			strained,
			busiest,
			message: overloadedMessage(scenario, demand, figures, overloaded)
		};
	}
	if (strained.length > 0) {
		const worst = strained[0];
		const who = subject(worst, figures, strained);
		const head =
			who.plural && who.uniform
				? `${capitalise(who.text)} are at ${loadText(worst.load)}`
				: who.plural
					? `${capitalise(who.text)} are above ${percent(STRAINED_LOAD)} load; the busiest, ${who.worst}, is at ${loadText(worst.load)}`
					: `${worst.label} is at ${loadText(worst.load)}`;
		return {
			status: 'strained',
			overloaded,
			strained,
			busiest,
			message:
				`Strained: ${head} (${hoursText(worst.demandHoursPerWeek)} of work a week for ${hoursText(worst.capacityHoursPerWeek)}${who.plural && who.uniform ? ' each' : ''}); ` +
				`above ${percent(STRAINED_LOAD)} waiting grows steeply, so a small rise in demand brings long delays.` +
				alsoText(`Also above ${percent(STRAINED_LOAD)} load`, worst, figures, strained)
		};
	}
	return {
		status: 'healthy',
		overloaded,
		strained,
		busiest,
		message: busiest
			? `Healthy: every role is below ${percent(STRAINED_LOAD)} load; ${busiestText(byLoad)}.`
			: 'Healthy: nothing is asked of anyone.'
	};
}
