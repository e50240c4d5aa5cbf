import type { Scenario } from '../scenario/index';
import { scenarioDemand } from './demand';
import { PRIORITIES } from './machines/index';
import { WEEKS_PER_QUARTER, buildOrganisation } from './org';

/**
 * How much work a scenario asks of the engine, worked out from the settings before anything
 * runs: events ≈ decisions × the steps each one takes. The engine processes one event per
 * arrival, per finished work step, per stakeholder delay and per clarifying question; the share
 * of decisions that get through each step comes from the analytic demand (demand.ts), so an
 * overloaded organisation, whose queues swallow most arrivals, is not counted as if every
 * decision went the whole way.
 *
 * The estimate is within a factor of 2 of the events the engine processes on the presets and on
 * overloaded scenarios (workEstimate.test.ts); it is meant to say "seconds" or "half an hour",
 * not to time a run.
 */
export interface WorkEstimate {
	/** Events one run is expected to process. */
	eventsPerRun: number;
	/** Events of all the scenario's runs. */
	events: number;
	runs: number;
}

/**
 * Above this many events (all runs together) the page asks before it starts, and the CLI says
 * on stderr what is coming. 10 million events is about 20 s on both cores of a 2-core laptop at
 * ASSUMED_EVENTS_PER_SECOND: past that, a link should not take the machine without a word.
 */
export const HEAVY_WORK_EVENTS = 10_000_000;

/**
 * Events a second one core processes, measured with `npm run simulate` on the 2-core machine
 * this project is built on (200 teams over 52 weeks: 470,000 events in 1.9 s; overloaded
 * scenarios run slower, about 165,000 a second). Used only until the page has timed a run of
 * its own.
 */
export const ASSUMED_EVENTS_PER_SECOND = 200_000;

const CLASS = Object.fromEntries(PRIORITIES.map((p, i) => [p, i])) as Record<
	(typeof PRIORITIES)[number],
	number
>;

/** Events a backlog item causes from refinement on: refine and order, then build and accept. */
const REFINE_EVENTS = 2;
const BUILD_EVENTS = 2;
/** Each clarifying question: the developer stops, the answer ends. */
const EVENTS_PER_QUESTION = 2;
/** A roadmap decision: discovery, stakeholders, decide (then one cascade step per team reached). */
const ROADMAP_EVENTS = 3;
/** A pricing decision: pricing work, stakeholders, leadership, go-to-market. */
const PRICING_EVENTS = 4;

export function workEstimate(scenario: Scenario, runs: number = scenario.runs): WorkEstimate {
	const s = scenario;
	const org = buildOrganisation(s);
	const demand = scenarioDemand(s, org);
	const served = (station: number, cls: number) =>
		station >= 0 ? demand.stations[station].servedByClass[cls] : 0;
	const roadmapPerTeam = s.roadmapPerQuarter / WEEKS_PER_QUARTER;
	const reach = Math.min(s.cascadeTeams, s.teams);
	const itemEvents = BUILD_EVENTS + EVENTS_PER_QUESTION * demand.questionsPerItem;

	let perWeek = 0;
	for (let team = 0; team < s.teams; team++) {
		const po = org.poStation[team];
		const refined = demand.itemsPerTeamWeek[team] * served(po, CLASS.refine) * (po >= 0 ? 1 : 0);
		const built = refined * served(org.teamStation[team], CLASS.build);
		perWeek += s.itemsPerWeek + refined * REFINE_EVENTS + built * itemEvents;
		const decided = served(org.strategyStation[team], CLASS.strategy);
		perWeek += roadmapPerTeam * (1 + decided * (ROADMAP_EVENTS + reach));
	}
	const pricingPerWeek = s.pricingPerQuarter / WEEKS_PER_QUARTER;
	const owners = org.pricingOwners;
	const pricingServed =
		owners.length === 0
			? 0
			: owners.reduce((sum, o) => sum + served(o, CLASS.strategy), 0) / owners.length;
	perWeek += pricingPerWeek * (1 + pricingServed * PRICING_EVENTS);
	// The weekly books and the sprint boundaries.
	perWeek += 1 + (s.planning === 'flow' ? 0 : 1 / s.sprintWeeks);

	const eventsPerRun = Math.round(perWeek * s.weeks);
	const n = Math.max(1, runs);
	return { eventsPerRun, events: eventsPerRun * n, runs: n };
}

/** True when the scenario's runs together exceed HEAVY_WORK_EVENTS. */
export function isHeavy(estimate: WorkEstimate): boolean {
	return estimate.events > HEAVY_WORK_EVENTS;
}

/** Seconds the estimate takes on `cores` cores at `eventsPerSecond` each. */
export function estimatedSeconds(
	estimate: WorkEstimate,
	eventsPerSecond = ASSUMED_EVENTS_PER_SECOND,
	cores = 1
): number {
	return estimate.events / (eventsPerSecond * Math.max(1, Math.min(cores, estimate.runs)));
}

/** "about 40 million events", "about 2.3 million events", "about 850,000 events". */
export function eventsText(events: number): string {
	if (events >= 1e9) return `about ${round2(events / 1e9)} billion events`;
	if (events >= 1e6) return `about ${round2(events / 1e6)} million events`;
	const rounded = Math.round(events / 1000) * 1000;
	return `about ${(rounded > 0 ? rounded : Math.round(events)).toLocaleString('en-GB')} events`;
}

/** "roughly 40 seconds", "roughly 3 minutes", "roughly 2 hours". */
export function durationText(seconds: number): string {
	const whole = Math.max(1, Math.round(seconds));
	if (seconds < 90) return `roughly ${whole} ${whole === 1 ? 'second' : 'seconds'}`;
	const minutes = seconds / 60;
	if (minutes < 90) return `roughly ${Math.round(minutes)} minutes`;
	return `roughly ${round2(minutes / 60)} hours`;
}

/**
 * What a page says of heavy work before it asks to start it: "40 runs (about 2.3 million events
 * each): about 92 million events in all, roughly 4 minutes on this machine."
 */
export function estimateSentence(estimate: WorkEstimate, seconds: number): string {
	const runs = estimate.runs === 1 ? 'one run' : `${estimate.runs.toLocaleString('en-GB')} runs`;
	const each = estimate.runs === 1 ? '' : ` (${eventsText(estimate.eventsPerRun)} each)`;
	return `${runs}${each}: ${eventsText(estimate.events)} in all, ${durationText(seconds)} on this machine.`;
}

/**
 * The line a command prints on stderr before heavy work, or '' when the work is within the
 * budget: "a heavy scenario: about 14 million events over 1 run, roughly 70 seconds on one core
 * at 200,000 events a second".
 */
export function heavyWorkText(estimate: WorkEstimate, what = 'scenario'): string {
	if (!isHeavy(estimate)) return '';
	const seconds = estimatedSeconds(estimate, ASSUMED_EVENTS_PER_SECOND, 1);
	const runs = estimate.runs;
	return (
		`a heavy ${what}: ${eventsText(estimate.events)} over ${runs.toLocaleString('en-GB')} ${runs === 1 ? 'run' : 'runs'}, ` +
		`${durationText(seconds)} on one core at ${ASSUMED_EVENTS_PER_SECOND.toLocaleString('en-GB')} events a second`
	);
}

/** Two significant figures, as text: 41, 2.3, 0.85. */
function round2(x: number): string {
	return String(Number(x.toPrecision(2)));
}
