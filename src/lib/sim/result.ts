import { notSimulatedAges, notSimulatedNote } from './admission';
import type { KindTotals, RunTotals } from './engine';
import { COMPILED } from './machines/index';
import { rankBottlenecks, waitingShares, waitingSummary } from './metrics/bottlenecks';
import { coverageMatrix, toGaps } from './metrics/coverage';
import { hiddenWorkOf } from './metrics/hiddenWork';
import { sampleOfSorted, sortedScaled, survivalPercentiles } from './metrics/leadTime';
import { scenarioDemand } from './demand';
import { LOAD_CAP, loadOf, roleDemandFigures, verdictOf } from './metrics/verdict';
import { KIND_ENTRIES, servingKind } from './metrics/roleKinds';
import { NONE, leanDecision, withoutSentences } from './replicaStore';
import { HOURS_PER_DAY, HOURS_PER_WEEK } from './org';
import {
	DECISION_KINDS,
	type DecisionKind,
	type DecisionStats,
	type Handoff,
	type OpenDecisions,
	type RoleDemandFigure,
	type RoleKind,
	type RoleStats,
	type SimulationResult,
	type StepTime,
	type Verdict
} from './types';

export { LOAD_CAP };

/**
 * Lead times, throughput, WIP and where time goes, per decision kind. Without `detail` (a
 * replication's bands need no more) the week-by-week counts, the lead-time sample and the shares
 * by state are left out, as `leanDecision` leaves them out.
 */
export function decisionStats(
	totals: RunTotals,
	detail = true
): Record<DecisionKind, DecisionStats> {
	const out = {} as Record<DecisionKind, DecisionStats>;
	for (const { kind, index } of KIND_ENTRIES) {
		const k = totals.kinds[index];
		const machine = COMPILED[kind];
		const totalLead = k.leadTimeSum;
		const sortedDays = sortedScaled(k.leadTimes, 1 / HOURS_PER_DAY);
		const openDays = sortedScaled(k.openAges, 1 / HOURS_PER_DAY);
		const steps: StepTime[] = [];
		const unsimulated = notSimulatedAges(k, totals.horizon);
		const unsimulatedDays = {
			ages: sortedScaled(unsimulated.ages, 1 / HOURS_PER_DAY),
			counts: unsimulated.counts
		};
		const leadTimeDays = survivalPercentiles(sortedDays, openDays, unsimulatedDays);
		const stateShare: Record<string, number> = {};
		const waitShareByRole: Partial<Record<RoleKind, number>> = {};
		const openByState: Record<string, number> = {};
		let stalled = 0;
		machine.states.forEach((state, s) => {
			if (machine.final[s] === 1) return;
			stalled += k.stalledByState[s];
			if (k.completed > 0) {
				const perDecision = 1 / (k.completed * HOURS_PER_DAY);
				steps.push({
					state,
					meanWaitDays: k.stateWait[s] * perDecision,
					meanWorkDays: Math.max(0, k.stateTime[s] - k.stateWait[s]) * perDecision
				});
			}
			if (!detail) return;
			stateShare[state] = totalLead > 0 ? k.stateTime[s] / totalLead : 0;
			openByState[state] = k.openByState[s];
			const role = servingKind(totals.org, kind, s);
			if (role && totalLead > 0 && k.stateWait[s] > 0) {
				waitShareByRole[role] = (waitShareByRole[role] ?? 0) + k.stateWait[s] / totalLead;
			}
		});
		const stats: DecisionStats = {
			created: k.created,
			completed: k.completed,
			inProgress: k.created - k.completed,
			throughputPerWeek: k.completed / totals.weeks,
			wipMean: k.wipArea / totals.horizon,
			leadTimeDays,
			stateShare,
			waitShareByRole,
			leadTimeSample: detail ? sampleOfSorted(sortedDays) : NONE,
			createdByWeek: detail ? Array.from(k.createdByWeek) : NONE,
			completedByWeek: detail ? Array.from(k.completedByWeek) : NONE,
			stalled,
			openByState,
			open: openDecisions(k, openDays, totals.horizon),
			leadTimeMeanIsLowerBound: leadTimeDays.mean !== null && leadTimeDays.p95 === null,
			steps
		};
		out[kind] = detail ? stats : leanDecision(stats);
	}
	return out;
}

/** Open decisions: simulated ones by their exact age, those not simulated (if any) counted. */
function openDecisions(k: KindTotals, openDays: Float64Array, horizon: number): OpenDecisions {
	let oldest = openDays.length > 0 ? openDays[openDays.length - 1] : null;
	if (k.notSimulated === 0) return { count: k.created - k.completed, oldestDays: oldest };
	oldest = Math.max(oldest ?? 0, (horizon - k.notSimulatedFirst) / HOURS_PER_DAY);
	return { count: k.created - k.completed, oldestDays: oldest, notSimulated: k.notSimulated };
}

/**
 * Utilisation, load, queues and waiting caused, per person, team and the stakeholders. Without
 * `detail`, the week-by-week figures and team lists are left out, as `replicaFigures` leaves
 * them out.
 */
export function roleStats(
	totals: RunTotals,
	figures: RoleDemandFigure[] = roleDemandFigures(
		totals.org,
		scenarioDemand(totals.scenario, totals.org)
	),
	detail = true
): RoleStats[] {
	const { org, horizon, weeks, stations } = totals;
	return org.roles.map((role, i) => {
		const base = {
			id: role.id,
			kind: role.kind,
			label: role.label,
			teams: detail ? role.teams.map((t) => t + 1) : NONE,
			servers: role.servers,
			productiveHoursPerWeek: role.productiveHoursPerWeek
		};
		if (i === org.stakeholders) {
			const s = totals.stakeholders;
			return {
				...base,
				utilisation: 0,
				load: 0,
				measuredLoad: 0,
				offeredHoursPerWeek: 0,
				demandHoursPerWeek: 0,
				queueMean: s.delayArea / horizon,
				waitCausedDays: s.waitCaused / HOURS_PER_DAY,
				utilisationByWeek: detail ? new Array<number>(weeks).fill(0) : NONE,
				queueByWeek: detail ? Array.from(s.queueByWeek, (a) => a / HOURS_PER_WEEK) : NONE,
				blockedShare: 0
			};
		}
		const servers = org.stations[i].servers;
		const offered = stations.offered[i];
		const busy = (area: number, span: number) => (servers > 0 ? area / (servers * span) : 0);
		return {
			...base,
			utilisation: busy(stations.busyArea[i], horizon),
			load: figures[i].load,
			// Offered over the capacity of the whole run: the load, as measured.
			measuredLoad: loadOf(offered, role.productiveHoursPerWeek * weeks),
			offeredHoursPerWeek: offered / weeks,
			demandHoursPerWeek: figures[i].demandHoursPerWeek,
			queueMean: stations.queueArea[i] / horizon,
			waitCausedDays: stations.waitCaused[i] / HOURS_PER_DAY,
			utilisationByWeek: detail
				? Array.from(stations.busyByWeek.subarray(i * weeks, (i + 1) * weeks), (a) =>
						busy(a, HOURS_PER_WEEK)
					)
				: NONE,
			queueByWeek: detail
				? Array.from(
						stations.queueByWeek.subarray(i * weeks, (i + 1) * weeks),
						(a) => a / HOURS_PER_WEEK
					)
				: NONE,
			blockedShare: busy(stations.blockedArea[i], horizon)
		};
	});
}

/** Hand-offs between roles, most frequent first (ties by role order, then decision kind). */
export function handoffList(totals: RunTotals): Handoff[] {
	const roles = totals.org.roles;
	const n = roles.length;
	const kinds = DECISION_KINDS.length;
	return [...totals.handoffs.entries()]
		.sort((a, b) => b[1] - a[1] || a[0] - b[0])
		.map(([key, count]) => {
			const kind = key % kinds;
			const pair = (key - kind) / kinds;
			return {
				from: roles[Math.floor(pair / n)].id,
				to: roles[pair % n].id,
				decision: DECISION_KINDS[kind],
				count
			};
		});
}

/** The verdict with a sentence added to its message, when there is one. */
function withNote(verdict: Verdict, note: string | null): Verdict {
	return note === null ? verdict : { ...verdict, message: `${verdict.message} ${note}` };
}

/** A run's figures in full: what the charts draw, the first run of every replication set. */
export function toResult(totals: RunTotals): SimulationResult {
	return resultOf(totals, true);
}

/**
 * A run's figures as the replications' bands keep them: the same as
 * `replicaFigures(toResult(totals))` (a test holds them equal), without first building the
 * week-by-week series, samples and hand-offs only the first run's charts draw.
 */
export function replicaResult(totals: RunTotals): SimulationResult {
	return resultOf(totals, false);
}

function resultOf(totals: RunTotals, detail: boolean): SimulationResult {
	const { scenario, org } = totals;
	const decisions = decisionStats(totals, detail);
	const demand = scenarioDemand(scenario, org);
	const figures = roleDemandFigures(org, demand);
	const roles = roleStats(totals, figures, detail);
	const { coverage, gaps } = coverageMatrix(totals, figures);
	const bottlenecks = rankBottlenecks(totals, roles, figures);
	const verdict = withNote(verdictOf(scenario, demand, figures), notSimulatedNote(decisions));
	const waiting = waitingSummary(
		waitingShares(totals),
		bottlenecks.length,
		scenario,
		verdict.overloaded.some((f) => f.role === 'nobody')
	);
	const runGaps = toGaps(gaps, scenario, org);
	const result: SimulationResult = {
		seed: totals.seed,
		weeks: totals.weeks,
		events: totals.events,
		verdict,
		decisions,
		roles,
		handoffs: detail ? handoffList(totals) : NONE,
		bottlenecks,
		waiting,
		gaps: runGaps,
		coverage: detail ? coverage : NONE,
		hiddenWork: hiddenWorkOf(totals)
	};
	return detail ? result : withoutSentences(result);
}
