import { describe, expect, it } from 'vitest';
import {
	atWeek,
	calloutSide,
	edgePath,
	flowGraph,
	groupLabel,
	handoffTotals,
	layoutNetwork
} from './flowNetwork';
import { fixtureHandoffs, fixtureRoles } from './testing/fixture';

describe('flowGraph(roles, handoffs)', () => {
	it('draws one node per role when the organisation is small', () => {
		const roles = fixtureRoles(8);
		const graph = flowGraph(roles, fixtureHandoffs(roles));
		expect(graph.nodes.map((n) => n.id).sort()).toEqual(roles.map((r) => r.id).sort());
		expect(graph.hiddenRoles).toBe(0);
	});

	it('orders layers as stakeholders, PMs, POs, teams and nodes by the team they serve', () => {
		const roles = fixtureRoles(4, 2);
		const graph = flowGraph(roles, []);
		expect(graph.layers).toEqual([
			['leadership', 'stakeholders'],
			['pm-1', 'pm-2'],
			['po-1', 'po-2', 'po-3', 'po-4'],
			['team-1', 'team-2', 'team-3', 'team-4']
		]);
	});

	it('drops empty layers (no PMs in a PO-only organisation)', () => {
		const roles = fixtureRoles(3).filter((r) => r.kind !== 'pm');
		expect(flowGraph(roles, []).layers.length).toBe(3);
	});

	it('folds a 200-team organisation to at most maxPerLayer nodes a layer, keeping the bottleneck', () => {
		const roles = fixtureRoles(200);
		const graph = flowGraph(roles, fixtureHandoffs(roles), { keep: ['po-150'], maxPerLayer: 8 });
		expect(Math.max(...graph.layers.map((l) => l.length))).toBeLessThanOrEqual(8);
		expect(graph.nodes.some((n) => n.id === 'po-150')).toBe(true);
		const members = graph.nodes.reduce((s, n) => s + n.members.length, 0);
		expect(members).toBe(roles.length);
		expect(graph.nodes.find((n) => n.id === 'group-po')?.label).toBe(groupLabel('po', 193));
	});

	it('shows a folded PO together with the team it serves, so they share a row', () => {
		const roles = fixtureRoles(24, 4);
		const graph = flowGraph(roles, fixtureHandoffs(roles), { maxPerLayer: 8 });
		const shownTeams = (kind: string) =>
			graph.nodes
				.filter((n) => n.kind === kind && !n.isGroup)
				.map((n) => n.members[0].teams[0])
				.sort((a, b) => a - b);
		expect(shownTeams('po').length).toBeGreaterThan(3);
		expect(shownTeams('po')).toEqual(shownTeams('team'));
	});

	it('sums the hand-offs of folded roles onto their group node', () => {
		const roles = fixtureRoles(60);
		const handoffs = fixtureHandoffs(roles);
		const graph = flowGraph(roles, handoffs, { maxPerLayer: 6 });
		const backlogTotal = handoffs
			.filter((h) => h.decision === 'backlog' && h.from.startsWith('po-'))
			.reduce((s, h) => s + h.count, 0);
		const drawn = graph.edges
			.filter(
				(e) => e.decision === 'backlog' && (e.source.startsWith('po-') || e.source === 'group-po')
			)
			.reduce((s, e) => s + e.count, 0);
		expect(drawn).toBe(backlogTotal);
	});

	it('ignores hand-offs to unknown roles and to itself', () => {
		const roles = fixtureRoles(1);
		const graph = flowGraph(roles, [
			{ from: 'po-1', to: 'nobody', decision: 'backlog', count: 3 },
			{ from: 'po-1', to: 'po-1', decision: 'backlog', count: 3 },
			{ from: 'po-1', to: 'team-1', decision: 'backlog', count: 3 }
		]);
		expect(graph.edges).toEqual([
			{ id: 'po-1>team-1:backlog', source: 'po-1', target: 'team-1', decision: 'backlog', count: 3 }
		]);
	});

	it('gives a group the mean utilisation and mean queue of its members', () => {
		const roles = fixtureRoles(60);
		const graph = flowGraph(roles, [], { maxPerLayer: 4 });
		const group = graph.nodes.find((n) => n.id === 'group-team')!;
		const mean = group.members.reduce((s, m) => s + m.utilisation, 0) / group.members.length;
		const queue = group.members.reduce((s, m) => s + m.queueMean, 0) / group.members.length;
		expect(group.utilisation).toBeCloseTo(mean, 10);
		expect(group.queueMean).toBeCloseTo(queue, 10);
		expect(group.queueByWeek[0]).toBeCloseTo(
			group.members.reduce((s, m) => s + m.queueByWeek[0], 0) / group.members.length,
			10
		);
	});
});

describe('layoutNetwork(graph, { width })', () => {
	it('places layers as evenly spaced columns inside the margins', () => {
		const graph = flowGraph(fixtureRoles(8), []);
		const layout = layoutNetwork(graph, { width: 800, margin: 50 });
		const xs = layout.columns.map((c) => c.x);
		[50, 283.333, 516.667, 750].forEach((x, i) => expect(xs[i]).toBeCloseTo(x, 2));
	});

	it('is deterministic and fits the tallest column', () => {
		const graph = flowGraph(fixtureRoles(8), []);
		const a = layoutNetwork(graph, { width: 360, rowGap: 40, top: 30 });
		const b = layoutNetwork(graph, { width: 360, rowGap: 40, top: 30 });
		expect(a).toEqual(b);
		expect(a.height).toBe(30 + 8 * 40 + 8);
		expect(Math.max(...a.nodes.map((n) => n.y))).toBeLessThan(a.height);
	});

	it('breaks a label wider than the gap between columns into two lines, and makes room for them', () => {
		const graph = flowGraph(fixtureRoles(40), fixtureHandoffs(fixtureRoles(40)), {
			maxPerLayer: 8
		});
		const phone = layoutNetwork(graph, { width: 330, rowGap: 50, top: 40, margin: 34 });
		const laptop = layoutNetwork(graph, { width: 880, rowGap: 50, top: 40, margin: 70 });
		const group = (l: typeof phone) => l.nodes.find((n) => n.isGroup && n.kind === 'team')!;
		expect(group(laptop).labelLines).toEqual(['+ 33 other teams']);
		expect(group(phone).labelLines).toEqual(['+ 33 other', 'teams']);
		expect(phone.height - laptop.height).toBe(13);
	});
});

describe('calloutSide(layout, node, radius, maxRadius)', () => {
	const graph = flowGraph(fixtureRoles(8), fixtureHandoffs(fixtureRoles(8)));
	const pm = (l: ReturnType<typeof layoutNetwork>) => l.nodes.find((n) => n.id === 'pm-1')!;
	const team = (l: ReturnType<typeof layoutNetwork>) => l.nodes.find((n) => n.id === 'team-1')!;

	it('puts "Top bottleneck" beside the node where the next column leaves room', () => {
		const wide = layoutNetwork(graph, { width: 880, margin: 70 });
		expect(calloutSide(wide, pm(wide), 20, 23)).toBe('right');
		expect(calloutSide(wide, team(wide), 20, 23)).toBe('left');
	});

	it('leaves it out on a phone, where it would run into the next column', () => {
		const phone = layoutNetwork(graph, { width: 330, margin: 34 });
		expect(calloutSide(phone, pm(phone), 16, 19)).toBeNull();
		expect(calloutSide(phone, team(phone), 16, 19)).toBeNull();
	});
});

describe('edgePath(source, target, decision)', () => {
	it('starts and ends on the node rims, leaving room for the arrowhead', () => {
		const { d } = edgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 10 }, 'backlog', 6);
		const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
		const [sx, , , , ex] = numbers;
		expect(sx).toBeGreaterThan(9);
		expect(ex).toBeLessThan(85);
	});

	it('bends A→B and B→A to opposite sides', () => {
		const ab = edgePath({ x: 0, y: 0, r: 5 }, { x: 100, y: 0, r: 5 }, 'backlog');
		const ba = edgePath({ x: 100, y: 0, r: 5 }, { x: 0, y: 0, r: 5 }, 'backlog');
		expect(Math.sign(ab.mid.y)).toBe(-Math.sign(ba.mid.y));
	});
});

describe('atWeek(series, week, whole)', () => {
	it.each([
		{ week: null, expected: 9 },
		{ week: 1, expected: 2 },
		{ week: 10, expected: 3 },
		{ week: -1, expected: 1 }
	])('at week $week gives $expected', ({ week, expected }) => {
		expect(atWeek([1, 2, 3], week, 9)).toBe(expected);
	});
});

describe('handoffTotals(edges)', () => {
	it('sums hand-offs in and out of each node over decision kinds', () => {
		const totals = handoffTotals([
			{ id: 'a', source: 'po-1', target: 'team-1', decision: 'backlog', count: 5 },
			{ id: 'b', source: 'team-1', target: 'po-1', decision: 'backlog', count: 2 },
			{ id: 'c', source: 'pm-1', target: 'po-1', decision: 'roadmap', count: 1 }
		]);
		expect(Object.fromEntries(totals)).toEqual({
			'po-1': { in: 3, out: 5 },
			'team-1': { in: 5, out: 2 },
			'pm-1': { in: 0, out: 1 }
		});
	});
});
