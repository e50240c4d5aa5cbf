import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, presetScenario, roleCounts, type Scenario } from '../scenario/index';
import { scenarioDemand } from './demand';
import { PRIORITIES } from './machines/index';
import { STRAINED_LOAD } from './metrics/verdict';
import { buildOrganisation } from './org';
import { runReplications } from './replications';
import { runSimulation } from './runSimulation';
import { toSummaryJson } from './summary';
import { DECISION_KINDS } from './types';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('a strained verdict names every kind of role above the strain line', () => {
	it('PM-only: the PMs lead, and the teams the bottleneck names are there too', () => {
		const scenario = presetScenario('pm-only');
		const summary = toSummaryJson(scenario, runReplications(scenario, 3));
		expect(summary.verdict.message).toMatch(/^Strained: Both PMs are at 97% load/);
		expect(summary.verdict.message).toContain(' Also above 85% load: all 6 teams (88%).');
		// The population and figure the top bottleneck names are in the verdict.
		expect(summary.bottlenecks[0].message).toMatch(/^The 6 teams are at 88% load/);
	});

	it('says nothing more when one kind of role is strained', () => {
		const message = runSimulation(presetScenario('enterprise')).verdict.message;
		expect(message).toMatch(/^Strained: All 6 PMs are at 94% load/);
		expect(message).not.toContain('Also above');
	});

	it('names the other overloaded role with its load, not a bare kind', () => {
		// Two POs of two teams overloaded; the fifth team, behind a PO of its own, overloaded too.
		const scenario: Scenario = {
			...presetScenario('scale-up'),
			teams: 5,
			teamsPerPo: 2,
			teamsPerPm: 4,
			itemsPerWeek: 8
		};
		const message = runSimulation(scenario).verdict.message;
		expect(message).toMatch(/^Overloaded: 2 of the 3 POs each have/);
		expect(message).toMatch(/ Also overloaded: Team 5 \(116%\)\.$/);
	});
});

describe('the verdict: one per organisation, from the scenario alone', () => {
	it.each([
		{ name: 'startup', input: presetScenario('startup'), expected: 'strained' },
		{ name: 'scale-up', input: presetScenario('scale-up'), expected: 'healthy' },
		{ name: 'combined', input: presetScenario('combined'), expected: 'strained' },
		{ name: 'enterprise', input: presetScenario('enterprise'), expected: 'strained' },
		{ name: 'pm-only', input: presetScenario('pm-only'), expected: 'strained' },
		{ name: 'po-only', input: presetScenario('po-only'), expected: 'overloaded' },
		{
			name: 'the old startup: two teams on one PM/PO',
			input: { ...presetScenario('startup'), teams: 2, teamsPerPo: 2, teamsPerPm: 2 },
			expected: 'overloaded'
		},
		{
			name: 'nobody holds PM work and it stalls',
			input: { ...presetScenario('po-only'), fallback: 'stall' as const },
			expected: 'overloaded'
		}
	])('$name: $expected', ({ input, expected }) => {
		const r = runSimulation(input);
		expect(r.verdict.status).toBe(expected);
		expect(r.verdict.message.startsWith(expected.charAt(0).toUpperCase() + expected.slice(1))).toBe(
			true
		);
		// Every seed gives the same verdict: it is judged on demand, not on one run's luck.
		expect(runSimulation(input, { seed: 99 }).verdict).toEqual(r.verdict);
	});

	it('says who, with what figure, in one sentence', () => {
		expect(runSimulation(presetScenario('scale-up')).verdict.message).toBe(
			'Healthy: every role is below 85% load; the busiest are all 8 teams, at 79% load.'
		);
		expect(runSimulation(presetScenario('enterprise')).verdict.message).toBe(
			'Strained: All 6 PMs are at 94% load (28 h of work a week for 30 h each); above 85% waiting grows steeply, so a small rise in demand brings long delays.'
		);
		expect(runSimulation(presetScenario('po-only')).verdict.message).toMatch(
			/^Overloaded: Leadership has 68 h of work a week for 8\.0 h of productive time \(854% load\), so its queue grows by 1\.4 decisions a week: the work that comes first gets done, and what piles up is strategy work \(discovery, roadmap and pricing decisions\); its lead times keep growing the longer the organisation runs\.$/
		);
	});

	it('load has one definition: the role figures and the verdict agree in every run', () => {
		for (const seed of [1, 2]) {
			const r = runSimulation(presetScenario('combined'), { seed });
			const busiest = r.verdict.busiest!;
			const role = r.roles.find((x) => x.id === busiest.role)!;
			expect(role.load).toBe(busiest.load);
			expect(role.load).toBeCloseTo(role.demandHoursPerWeek / role.productiveHoursPerWeek, 12);
			// What this run happened to offer is beside it, not instead of it.
			expect(role.measuredLoad).not.toBe(role.load);
		}
	});

	it('names the work that piles up when more urgent work is still served', () => {
		const r = runSimulation({ ...presetScenario('scale-up'), teamsPerPo: 3 });
		expect(r.verdict.overloaded[0].pilesUp).toEqual(['refinement', 'roadmap cascades']);
		expect(r.verdict.message).toContain(
			'the work that comes first gets done, and what piles up is refinement and roadmap cascades'
		);
	});

	it('queue growth is arrivals minus what the capacity lets through: λ(1 − 1/ρ)', () => {
		// One class of work at leadership: no scope questions sent up to it (hidden work).
		const scenario = { ...presetScenario('po-only'), weeks: 52, scopeExceptionShare: 0 };
		const runs = [1, 2, 3, 4, 5].map((seed) => runSimulation(scenario, { seed }));
		const leadership = runs[0].verdict.overloaded.find((f) => f.role === 'leadership')!;
		const λ = leadership.decisionsPerWeek;
		expect(leadership.queueGrowthPerWeek).toBeCloseTo(λ * (1 - 1 / leadership.load), 12);
		// Measured: roadmap and pricing decisions left open pile up at about that rate.
		const open = mean(
			runs.map((r) => r.decisions.roadmap.open.count + r.decisions.pricing.open.count)
		);
		expect(open / 52).toBeGreaterThan(0.85 * leadership.queueGrowthPerWeek);
		expect(open / 52).toBeLessThan(1.15 * leadership.queueGrowthPerWeek);
	});

	it('work behind a starved step is not demand: a PM/PO over two teams starves strategy only', () => {
		const s = {
			...presetScenario('startup'),
			teams: 2,
			teamsPerPo: 2,
			teamsPerPm: 2,
			itemsPerWeek: 4
		};
		const r = runSimulation({ ...s, weeks: 52 });
		const pmpo = r.verdict.overloaded[0];
		// Strategy piles up, so its roadmap decisions add few cascade items; delivery still flows.
		expect(pmpo.pilesUp).toContain('strategy work (discovery, roadmap and pricing decisions)');
		expect(pmpo.pilesUp).not.toContain('refinement');
		expect(pmpo.queueGrowthPerWeek).toBeLessThan(0.62);
		const measured = r.roles.find((role) => role.kind === 'pmpo')!.offeredHoursPerWeek;
		expect(Math.abs(measured - pmpo.demandHoursPerWeek) / pmpo.demandHoursPerWeek).toBeLessThan(
			0.1
		);
		expect(r.decisions.backlog.leadTimeDays.p50).toBeLessThan(20);
	});

	it.each([
		{ name: 'scale-up', input: presetScenario('scale-up') },
		{ name: 'overloaded POs', input: { ...presetScenario('scale-up'), teamsPerPo: 3 } },
		{ name: 'po-only', input: presetScenario('po-only') }
	])('$name: the analytic demand is what the engine offers each kind of role', ({ input }) => {
		const scenario = { ...input, weeks: 104 };
		const runs = [1, 2, 3, 4, 5, 6].map((seed) => runSimulation(scenario, { seed }));
		const overloaded = new Set(runs[0].verdict.overloaded.map((f) => f.role));
		for (const kind of ['pm', 'po', 'team', 'leadership'] as const) {
			// The leaders' few hours a week of meetings are checked below, on their own.
			const ids = runs[0].roles.filter(
				(r) => r.kind === kind && !overloaded.has(r.id) && r.id !== 'leaders'
			);
			if (ids.length === 0) continue;
			const total = (r: (typeof runs)[number], pick: (role: (typeof ids)[number]) => number) =>
				r.roles
					.filter((role) => ids.some((x) => x.id === role.id))
					.reduce((a, role) => a + pick(role), 0);
			const demand = total(runs[0], (role) => role.demandHoursPerWeek);
			const measured = mean(runs.map((r) => total(r, (role) => role.offeredHoursPerWeek)));
			expect(Math.abs(measured - demand) / demand).toBeLessThan(0.05);
		}
		// An overloaded role is offered more than it can do, though less than asked: later steps
		// reach it only for decisions that got through the earlier ones.
		for (const id of overloaded) {
			const role = runs[0].roles.find((r) => r.id === id)!;
			const measured = mean(runs.map((r) => r.roles.find((x) => x.id === id)!.offeredHoursPerWeek));
			expect(measured).toBeGreaterThan(role.productiveHoursPerWeek);
		}
	});
});

describe('figures that do not depend on how long we watch', () => {
	it('a stable organisation: p50 lead times at 26 and 52 weeks agree within 15%', () => {
		const p50 = (weeks: number) =>
			runReplications({ ...DEFAULT_SCENARIO, weeks }, 20).bands.decisions;
		const short = p50(26);
		const long = p50(52);
		for (const kind of DECISION_KINDS) {
			const a = short[kind].leadTimeP50.p50!;
			const b = long[kind].leadTimeP50.p50!;
			expect(Math.abs(a - b) / b).toBeLessThan(0.15);
		}
	});

	it('an overloaded organisation is called so, because its lead times grow with the horizon', () => {
		const overloaded = { ...presetScenario('scale-up'), teamsPerPo: 3 };
		const p50 = (weeks: number) =>
			runSimulation({ ...overloaded, weeks }).decisions.backlog.leadTimeDays.p50!;
		expect(runSimulation(overloaded).verdict.status).toBe('overloaded');
		// Seed 1: 18.6, 24.1 and 34.1 days at 26, 52 and 104 weeks (lognormal effort, hidden work).
		expect(p50(52)).toBeGreaterThan(1.25 * p50(26));
		expect(p50(104)).toBeGreaterThan(1.3 * p50(52));
	});
});

describe('lead times account for what never finished', () => {
	it('nothing finished: lead time is null, with how many are open and the oldest age', () => {
		const r = runSimulation({ ...presetScenario('po-only'), leadershipHours: 0 });
		const roadmap = r.decisions.roadmap;
		expect(roadmap.completed).toBe(0);
		expect(roadmap.leadTimeDays).toEqual({ mean: null, p50: null, p85: null, p95: null });
		expect(roadmap.open.count).toBe(roadmap.created);
		expect(roadmap.open.oldestDays).toBeGreaterThan(100);
		expect(roadmap.open.oldestDays).toBeLessThanOrEqual(130);
		const text = toSummaryJson(presetScenario('po-only'), r);
		expect(text.decisions.roadmap.leadTimeDays.p50).toBeNull();
	});

	it('replications that finish nothing are counted, not dropped', () => {
		const scenario = { ...presetScenario('po-only'), fallback: 'stall' as const };
		const rep = runReplications(scenario, 5);
		expect(rep.bands.decisions.roadmap.runsWithNoneFinished).toBe(5);
		expect(rep.bands.decisions.roadmap.leadTimeP50).toEqual({ p5: null, p50: null, p95: null });
		const summary = toSummaryJson(scenario, rep);
		expect(summary.decisions.roadmap.leadTimeDays.p50).toBeNull();
		expect(summary.decisions.roadmap.open.count).toBe(summary.decisions.roadmap.created);
	});

	it('percentiles count open decisions: the overloaded roadmap p50 is longer than what finished says', () => {
		const r = runSimulation({ ...presetScenario('po-only'), weeks: 52 });
		const roadmap = r.decisions.roadmap;
		expect(roadmap.completed).toBeGreaterThan(0);
		expect(roadmap.open.count).toBeGreaterThan(roadmap.completed);
		// Most roadmap decisions are still open: the median is not known, only that it is long.
		expect(roadmap.leadTimeDays.p50).toBeNull();
		expect(Math.max(...roadmap.leadTimeSample)).toBeLessThan(roadmap.open.oldestDays!);
	});
});

describe('calibration: the default scenario looks like a healthy real organisation', () => {
	const runs = [1, 2, 3, 4, 5].map((seed) =>
		runSimulation({ ...DEFAULT_SCENARIO, weeks: 52 }, { seed })
	);

	it('developers are 65–85% busy', () => {
		const teams = runs.flatMap((r) => r.roles.filter((role) => role.kind === 'team'));
		const busy = mean(teams.map((t) => t.utilisation));
		expect(busy).toBeGreaterThan(0.65);
		expect(busy).toBeLessThan(0.85);
	});

	it('every role is below 85% load, by demand and as measured', () => {
		for (const role of runs[0].roles) {
			if (role.kind === 'stakeholders') continue;
			expect(role.demandHoursPerWeek / role.productiveHoursPerWeek).toBeLessThan(STRAINED_LOAD);
		}
		const people = runs[0].roles.filter((r) => r.kind !== 'stakeholders');
		people.forEach((role) => {
			const i = runs[0].roles.indexOf(role);
			expect(mean(runs.map((r) => r.roles[i].utilisation))).toBeLessThan(STRAINED_LOAD);
		});
	});

	it('engineers per PM fall in the TCGen range of large firms (10–20)', () => {
		const counts = roleCounts(DEFAULT_SCENARIO);
		const perPm = counts.developers / counts.productManagers;
		expect(perPm).toBeGreaterThanOrEqual(10);
		expect(perPm).toBeLessThanOrEqual(20);
	});

	it('a combined PM/PO spends about a quarter to a third of its work on strategy (Pragmatic: 27%)', () => {
		const s: Scenario = presetScenario('combined');
		const demand = scenarioDemand(s, buildOrganisation(s)).stations[0];
		const strategy = demand.hoursByClass[PRIORITIES.indexOf('strategy')] / demand.hoursPerWeek;
		expect(strategy).toBeGreaterThan(0.2);
		expect(strategy).toBeLessThan(0.4);
	});
});

describe('a mean that is only a lower bound says so', () => {
	it('po-only roadmap: most decisions are still open, so the mean is "at least"', () => {
		const r = runSimulation(presetScenario('po-only'));
		expect(r.decisions.roadmap.leadTimeMeanIsLowerBound).toBe(true);
		expect(r.decisions.backlog.leadTimeMeanIsLowerBound).toBe(false);
		expect(
			runSimulation(presetScenario('scale-up')).decisions.backlog.leadTimeMeanIsLowerBound
		).toBe(false);
	});
});
