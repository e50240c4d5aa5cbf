import { noHiddenWork } from '$lib/sim/metrics/hiddenWork';
/**
 * A hand-made result for the layout helpers' unit tests: a scale-up organisation (3 PMs, 8 POs,
 * 8 teams, leadership, stakeholders) over 6 weeks, with PO 3 the top bottleneck. Tests only;
 * the app always shows the engine's own output.
 */
import {
	RESPONSIBILITIES,
	type CoverageCell,
	type DecisionStats,
	type Handoff,
	type RoleDemandFigure,
	type RoleKind,
	type RoleStats,
	type SimulationResult
} from '$lib/sim/types';

const WEEKS = 6;

function role(
	id: string,
	kind: RoleKind,
	label: string,
	teams: number[],
	utilisation: number,
	queueMean: number
): RoleStats {
	return {
		id,
		kind,
		label,
		teams,
		servers: kind === 'team' ? 6 : 1,
		productiveHoursPerWeek: kind === 'team' ? 198 : 35,
		utilisation,
		load: utilisation * 1.05,
		measuredLoad: utilisation * 1.05,
		offeredHoursPerWeek: (kind === 'team' ? 198 : 35) * utilisation * 1.05,
		demandHoursPerWeek: (kind === 'team' ? 198 : 35) * utilisation * 1.05,
		queueMean,
		waitCausedDays: queueMean * 10,
		utilisationByWeek: Array.from({ length: WEEKS }, (_, w) =>
			Math.min(1, utilisation * (0.7 + 0.1 * w))
		),
		queueByWeek: Array.from({ length: WEEKS }, (_, w) => queueMean * (0.5 + 0.2 * w))
	};
}

function decision(created: number, completed: number, sample: number[]): DecisionStats {
	return {
		created,
		completed,
		inProgress: created - completed,
		throughputPerWeek: completed / WEEKS,
		wipMean: (created - completed) / 2,
		leadTimeDays: { mean: 4.25, p50: 3.5, p85: 7.04, p95: 9.96 },
		leadTimeMeanIsLowerBound: false,
		stateShare: { inRefinement: 0.4, ordered: 0.1, inDevelopment: 0.5 },
		waitShareByRole: { po: 0.3 },
		leadTimeSample: sample,
		createdByWeek: Array.from({ length: WEEKS }, () => created / WEEKS),
		completedByWeek: Array.from({ length: WEEKS }, () => completed / WEEKS),
		open: { count: created - completed, oldestDays: created > completed ? 11.5 : null },
		steps: [
			{ state: 'inRefinement', meanWaitDays: 1.2, meanWorkDays: 0.3 },
			{ state: 'ordered', meanWaitDays: 0.4, meanWorkDays: 0 },
			{ state: 'inDevelopment', meanWaitDays: 0.5, meanWorkDays: 1.6 }
		]
	};
}

/** PO 3's demand against its hours: the overloaded role of the fixture's verdict. */
const PO_3: RoleDemandFigure = {
	role: 'po-3',
	kind: 'po',
	label: 'PO 3',
	demandHoursPerWeek: 36.4,
	capacityHoursPerWeek: 35,
	load: 1.04,
	decisionsPerWeek: 12,
	queueGrowthPerWeek: 0.46,
	pilesUp: ['refinement']
};

export function fixtureRoles(teams = 8, teamsPerPm = 3): RoleStats[] {
	const roles: RoleStats[] = [
		role('leadership', 'leadership', 'Leadership', [], 0.2, 0.1),
		role('stakeholders', 'stakeholders', 'Stakeholders', [], 0.3, 0.4)
	];
	for (let p = 1; p <= Math.ceil(teams / teamsPerPm); p++) {
		const served = Array.from(
			{ length: teamsPerPm },
			(_, i) => (p - 1) * teamsPerPm + i + 1
		).filter((t) => t <= teams);
		roles.push(role(`pm-${p}`, 'pm', `PM ${p}`, served, 0.6 + 0.01 * p, 1 + p / 10));
	}
	for (let t = 1; t <= teams; t++) {
		roles.push(
			role(`po-${t}`, 'po', `PO ${t}`, [t], t === 3 ? 0.99 : 0.5 + t / 100, t === 3 ? 9 : 1)
		);
	}
	for (let t = 1; t <= teams; t++) {
		roles.push(role(`team-${t}`, 'team', `Team ${t}`, [t], 0.8, 2 + t / 10));
	}
	return roles;
}

export function fixtureHandoffs(roles: RoleStats[]): Handoff[] {
	const handoffs: Handoff[] = [];
	const byKind = (k: RoleKind) => roles.filter((r) => r.kind === k);
	for (const pm of byKind('pm')) {
		handoffs.push({ from: 'stakeholders', to: pm.id, decision: 'roadmap', count: 3 });
		handoffs.push({ from: pm.id, to: 'leadership', decision: 'pricing', count: 1 });
		for (const po of byKind('po').filter((p) => pm.teams.includes(p.teams[0]))) {
			handoffs.push({ from: pm.id, to: po.id, decision: 'roadmap', count: 2 });
		}
	}
	for (const po of byKind('po')) {
		const team = roles.find((r) => r.kind === 'team' && r.teams[0] === po.teams[0]);
		if (!team) continue;
		handoffs.push({ from: po.id, to: team.id, decision: 'backlog', count: 20 + po.teams[0] });
		handoffs.push({ from: team.id, to: po.id, decision: 'backlog', count: 8 });
	}
	return handoffs;
}

export function fixtureCoverage(): CoverageCell[] {
	const cells: CoverageCell[] = [];
	for (const responsibility of RESPONSIBILITIES) {
		for (const r of ['pm', 'po', 'team', 'leadership'] as const) {
			const pmWork = [
				'vision-strategy',
				'roadmap',
				'market-research',
				'pricing',
				'go-to-market',
				'stakeholder-alignment'
			].includes(responsibility);
			let coverage: CoverageCell['coverage'] = 'none';
			if (r === 'pm' && pmWork)
				coverage = responsibility === 'market-research' ? 'starved' : 'covered';
			if (r === 'po' && !pmWork) coverage = 'covered';
			if (r === 'team' && responsibility === 'backlog-ordering') coverage = 'duplicated';
			if (r === 'po' && responsibility === 'backlog-ordering') coverage = 'duplicated';
			if (r === 'leadership' && responsibility === 'pricing') coverage = 'none';
			cells.push({ responsibility, role: r, coverage });
		}
	}
	return cells;
}

export function fixtureResult(teams = 8): SimulationResult {
	const roles = fixtureRoles(teams);
	return {
		seed: 1,
		weeks: WEEKS,
		events: 1234,
		verdict: {
			status: 'overloaded',
			overloaded: [PO_3],
			strained: [],
			busiest: PO_3,
			message: 'Overloaded: PO 3 has 36 h of work a week for 35 h of productive time (104% load).'
		},
		decisions: {
			roadmap: decision(12, 9, [5, 8, 9, 12, 14, 15, 20, 22, 30]),
			backlog: decision(400, 380, [0.5, 1, 1.5, 2, 2.5, 3, 3, 4, 4.5, 6, 9]),
			pricing: decision(2, 1, [12])
		},
		roles,
		hiddenWork: {
			...noHiddenWork(),
			coordinationHours: 12,
			reworkHours: 30,
			decisionWaitHours: 55,
			byRole: [
				{ kind: 'pm', coordinationHours: 2, reworkHours: 0, decisionWaitHours: 0 },
				{ kind: 'po', coordinationHours: 9, reworkHours: 0, decisionWaitHours: 0 },
				{ kind: 'team', coordinationHours: 0, reworkHours: 30, decisionWaitHours: 55 },
				{ kind: 'leadership', coordinationHours: 1, reworkHours: 0, decisionWaitHours: 0 }
			],
			exceptions: {
				story: { raised: 420, answeredByOwner: 380, escalated: 0, byDefault: 40 },
				scope: { raised: 100, answeredByOwner: 60, escalated: 0, byDefault: 40 }
			},
			defaultRate: 80 / 520,
			reviews: 420,
			reworkPasses: 40,
			reworkRate: 40 / 420
		},
		handoffs: fixtureHandoffs(roles),
		bottlenecks: [
			{
				role: 'po-3',
				kind: 'po',
				share: 0.46,
				waitDays: 90,
				figures: { load: 1.04 },
				message: 'PO 3 is at 104% load.'
			},
			{
				role: 'pm-1',
				kind: 'pm',
				share: 0.12,
				waitDays: 20,
				figures: { load: 0.88 },
				message: 'PM 1 delays roadmap work.'
			}
		],
		waiting: {
			shareOfLeadTime: 0.6,
			sprintShare: 0.2,
			stakeholderShare: 0.05,
			queueShare: 0.35,
			message: 'Waiting is 60% of the lead time of finished decisions.'
		},
		gaps: [
			{
				responsibility: 'market-research',
				kind: 'starved',
				figures: {},
				message: 'Market research is starved.'
			}
		],
		coverage: fixtureCoverage()
	};
}
