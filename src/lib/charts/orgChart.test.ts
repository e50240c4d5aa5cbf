import { describe, expect, it } from 'vitest';
import { presetScenario, type Scenario } from '$lib/scenario';
import { buildOrganisation } from '$lib/sim/org';
import type { RoleStats } from '$lib/sim/types';
import {
	BOLD_CHAR_WIDTH,
	boxLines,
	CHAR_WIDTH,
	foldOrg,
	layoutOrg,
	loadLabel,
	orgTree,
	rowCount,
	type OrgNode
} from './orgChart';

/** The roles the engine builds for a scenario, with a made-up load per role (1-based teams, as results carry). */
function rolesOf(s: Scenario, load: (id: string, i: number) => number = () => 0.5): RoleStats[] {
	return buildOrganisation(s).roles.map((r, i) => ({
		id: r.id,
		kind: r.kind,
		label: r.label,
		teams: r.teams.map((t) => t + 1),
		servers: r.servers,
		productiveHoursPerWeek: r.productiveHoursPerWeek,
		utilisation: Math.min(1, load(r.id, i)),
		load: load(r.id, i),
		measuredLoad: load(r.id, i),
		offeredHoursPerWeek: 0,
		demandHoursPerWeek: 0,
		queueMean: 0,
		waitCausedDays: 0,
		utilisationByWeek: [],
		queueByWeek: []
	}));
}

function all(node: OrgNode): OrgNode[] {
	return [node, ...node.children.flatMap(all)];
}

const ids = (nodes: OrgNode[]) => nodes.map((n) => n.id);

describe('orgTree(roles)', () => {
	it.each([
		{ preset: 'startup', kinds: { stakeholders: 1, pmpo: 1, team: 1 }, depth: 3 },
		{ preset: 'scale-up', kinds: { stakeholders: 1, pm: 3, po: 8, team: 8 }, depth: 4 },
		{ preset: 'combined', kinds: { stakeholders: 1, pmpo: 8, team: 8 }, depth: 3 },
		{ preset: 'pm-only', kinds: { stakeholders: 1, pm: 2, team: 6 }, depth: 3 },
		{ preset: 'po-only', kinds: { leadership: 1, po: 6, team: 6 }, depth: 3 }
	] as const)('$preset: one box per person and team, $depth levels', ({ preset, kinds, depth }) => {
		const root = orgTree(rolesOf(presetScenario(preset)));
		const counts: Record<string, number> = {};
		for (const n of all(root)) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
		expect(counts).toEqual(kinds);
		const deepest = (n: OrgNode): number => 1 + Math.max(0, ...n.children.map(deepest));
		expect(deepest(root)).toBe(depth);
	});

	it('scale-up: POs report to the PM of their area, teams to their PO', () => {
		const root = orgTree(rolesOf(presetScenario('scale-up')));
		expect(root.id).toBe('stakeholders');
		expect(ids(root.children)).toEqual(['pm-1', 'pm-2', 'pm-3']);
		expect(ids(root.children[0].children)).toEqual(['po-1', 'po-2', 'po-3']);
		expect(ids(root.children[2].children)).toEqual(['po-7', 'po-8']);
		expect(ids(root.children[2].children[1].children)).toEqual(['team-8']);
		expect(root.children[0].span).toEqual({ po: 3, team: 3 });
		expect(root.children[0].people).toBe(18);
	});

	it('combined: the PM/PO is one person over its own team; po-only: POs report to leadership', () => {
		const combined = orgTree(rolesOf(presetScenario('combined')));
		expect(ids(combined.children)).toEqual(Array.from({ length: 8 }, (_, i) => `pmpo-${i + 1}`));
		expect(ids(combined.children[4].children)).toEqual(['team-5']);
		const poOnly = orgTree(rolesOf(presetScenario('po-only')));
		expect(poOnly.id).toBe('leadership');
		expect(poOnly.load).toBe(0.5);
		expect(ids(poOnly.children[0].children)).toEqual(['team-1']);
	});

	it('pm-only: teams report to their PM directly', () => {
		const root = orgTree(rolesOf(presetScenario('pm-only')));
		expect(ids(root.children[1].children)).toEqual(['team-4', 'team-5', 'team-6']);
		expect(root.load).toBeNull();
	});

	it('a PO of two teams straddling two PM areas reports to the PM of its first team', () => {
		const s = { ...presetScenario('scale-up'), teams: 6, teamsPerPm: 3, teamsPerPo: 2 };
		const root = orgTree(rolesOf(s));
		expect(ids(root.children[0].children)).toEqual(['po-1', 'po-2']);
		expect(ids(root.children[1].children)).toEqual(['po-3']);
		expect(ids(root.children[0].children[1].children)).toEqual(['team-3', 'team-4']);
	});
});

describe('foldOrg(root, maxRows)', () => {
	it('leaves an organisation that fits alone', () => {
		const root = orgTree(rolesOf(presetScenario('enterprise')));
		expect(rowCount(foldOrg(root, 24))).toBe(24);
		expect(all(foldOrg(root, 24)).some((n) => n.isGroup)).toBe(false);
	});

	it('folds 200 teams (67 PMs) into the row budget, PMs first, keeping the most loaded', () => {
		const s = { ...presetScenario('scale-up'), teams: 200 };
		const roles = rolesOf(s, (id) => (id === 'pm-40' ? 1.3 : 0.4));
		const folded = foldOrg(orgTree(roles), 24);
		expect(rowCount(folded)).toBeLessThanOrEqual(24);
		const group = folded.children.find((n) => n.isGroup)!;
		expect(group.label).toBe(`+${67 - (folded.children.length - 1)} other PMs`);
		expect(group.members.length + folded.children.length - 1).toBe(67);
		expect(ids(folded.children)).toContain('pm-40');
		// Each shown PM keeps its three POs and their teams.
		expect(folded.children[0].children.length).toBe(3);
		expect(group.span).toEqual({
			po: 3 * 66 - 1 - 3 * (folded.children.length - 2),
			team: group.span.po
		});
	});

	it('folds one PO of 200 teams into a few teams and "+N other teams"', () => {
		const s = { ...presetScenario('scale-up'), teams: 200, teamsPerPm: 200, teamsPerPo: 200 };
		const folded = foldOrg(orgTree(rolesOf(s)), 16);
		const po = folded.children[0].children[0];
		expect(po.id).toBe('po-1');
		expect(po.children.length).toBe(16);
		expect(po.children[15].label).toBe('+185 other teams');
		expect(po.children[15].people).toBe(185 * 6);
	});

	it('a group shows the mean load and remembers the highest', () => {
		const s = { ...presetScenario('combined'), teams: 40 };
		const folded = foldOrg(
			orgTree(rolesOf(s, (id) => (id.startsWith('pmpo') ? (id === 'pmpo-2' ? 0.9 : 0.5) : 0.2))),
			10
		);
		// pmpo-2 is the most loaded, so it stays on its own; the group holds the rest.
		expect(ids(folded.children)).toContain('pmpo-2');
		const group = folded.children.find((n) => n.isGroup)!;
		expect(group.load).toBeCloseTo(0.5);
		expect(group.maxLoad).toBe(0.5);
	});
});

describe('layoutOrg(roles, options)', () => {
	it.each([336, 360, 1280])(
		'at %i px, 200 teams: boxes inside the width, no two overlapping',
		(width) => {
			const s = { ...presetScenario('enterprise'), teams: 200 };
			const layout = layoutOrg(rolesOf(s), { width, maxRows: width < 560 ? 16 : 24 });
			for (const n of layout.nodes) {
				expect(n.x).toBeGreaterThanOrEqual(0);
				expect(n.x + layout.boxWidth).toBeLessThanOrEqual(width);
				for (const line of n.lines) {
					expect(
						line.length * (line === n.lines[0] ? BOLD_CHAR_WIDTH : CHAR_WIDTH)
					).toBeLessThanOrEqual(layout.boxWidth - 6);
				}
			}
			for (const a of layout.nodes) {
				for (const b of layout.nodes) {
					if (a === b) continue;
					const apart =
						a.x + layout.boxWidth <= b.x ||
						b.x + layout.boxWidth <= a.x ||
						a.y + layout.boxHeight <= b.y ||
						b.y + layout.boxHeight <= a.y;
					expect(apart).toBe(true);
				}
			}
			expect(layout.columns.map((c) => c.title)).toEqual(
				width < 560
					? ['Leaders', 'PMs', 'POs', 'Teams']
					: ['Leadership', 'Product Managers', 'Product Owners', 'Teams']
			);
		}
	);

	it('startup: three boxes in three columns, parent centred on its report', () => {
		const layout = layoutOrg(rolesOf(presetScenario('startup')), { width: 360 });
		expect(layout.nodes.map((n) => n.node.id)).toEqual(['stakeholders', 'pmpo-1', 'team-1']);
		expect(new Set(layout.nodes.map((n) => n.y)).size).toBe(1);
		expect(layout.links.map((l) => l.id)).toEqual(['stakeholders>pmpo-1', 'pmpo-1>team-1']);
	});
});

describe('boxLines and loadLabel', () => {
	it('prints loads as whole percentages, past 100% when overloaded', () => {
		expect(loadLabel(0.424)).toBe('42%');
		expect(loadLabel(4.95)).toBe('495%');
		expect(loadLabel(null)).toBe('no queue');
	});

	it('splits "+ 17 other teams" over two lines in a narrow box', () => {
		const root = foldOrg(
			orgTree(rolesOf({ ...presetScenario('startup'), teams: 20, teamsPerPo: 20 })),
			4
		);
		const group = root.children[0].children.find((n) => n.isGroup)!;
		expect(group.label).toBe('+17 other teams');
		expect(boxLines(group, 76)).toEqual(['+17 other', 'teams 50%']);
		expect(boxLines(group, 160)).toEqual(['+17 other teams', '50% mean load']);
		expect(boxLines(group, 66)).toEqual(['+17 more', 'teams 50%']);
	});
});
