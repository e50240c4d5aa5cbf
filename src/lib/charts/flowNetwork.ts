/**
 * The decision-flow network as data: which nodes to draw (one per role, or groups when the
 * organisation is too large to read), the hand-offs between them, and a deterministic layered
 * layout. Pure: the same roles and width always give the same picture, and nothing here touches
 * the DOM, so a 200-team organisation costs a few sorts rather than a force simulation.
 */
import { path as d3path } from 'd3';
import type { DecisionKind, Handoff, RoleKind, RoleStats } from '$lib/sim/types';
import { roleNoun } from './roleNouns';
import { shortLabel } from './shortLabel';
import { wrapText } from './wrapText';

/** Left to right: who raises and approves, who decides strategy, who runs backlogs, who builds. */
export const LAYER_OF_KIND: Record<RoleKind, number> = {
	leadership: 0,
	stakeholders: 0,
	pm: 1,
	po: 2,
	pmpo: 2,
	team: 3
};

export interface FlowNode {
	/** The role id, or `group-<kind>` for the roles folded into one node. */
	id: string;
	kind: RoleKind;
	/** The full label ("PM 1 (teams 1–3)"), for tooltips and tables. */
	label: string;
	/** What fits under a node ("PM 1"). */
	shortLabel: string;
	layer: number;
	/** The roles this node stands for: one, or several for a group. */
	members: RoleStats[];
	isGroup: boolean;
	/** Mean over members. */
	utilisation: number;
	load: number;
	/** Mean over members: the work waiting at one of them (a group's total would dwarf the rest). */
	queueMean: number;
	waitCausedDays: number;
	utilisationByWeek: number[];
	queueByWeek: number[];
}

export interface FlowEdge {
	id: string;
	source: string;
	target: string;
	decision: DecisionKind;
	count: number;
}

export interface FlowGraph {
	nodes: FlowNode[];
	edges: FlowEdge[];
	/** Node ids per non-empty layer, in drawing order. */
	layers: string[][];
	/** Roles drawn inside group nodes rather than on their own. */
	hiddenRoles: number;
}

export interface FlowGraphOptions {
	/** Above this many roles, large layers are folded (a screen can show about 40 labelled nodes). */
	maxNodes?: number;
	/** When folding, each layer keeps this many nodes, the last being "+ N other …". */
	maxPerLayer?: number;
	/** Role ids that must stay visible on their own (the top bottleneck). */
	keep?: readonly string[];
}

function teamOrder(role: RoleStats): number {
	return role.teams.length ? Math.min(...role.teams) : -1;
}

function idNumber(id: string): number {
	const match = /(\d+)$/.exec(id);
	return match ? Number(match[1]) : 0;
}

/** Leadership before stakeholders, then by the first team served, then by id number. */
function compareRoles(a: RoleStats, b: RoleStats): number {
	if (a.kind !== b.kind) {
		const order: RoleKind[] = ['leadership', 'stakeholders', 'pm', 'pmpo', 'po', 'team'];
		return order.indexOf(a.kind) - order.indexOf(b.kind);
	}
	return teamOrder(a) - teamOrder(b) || idNumber(a.id) - idNumber(b.id) || (a.id < b.id ? -1 : 1);
}

function mean(values: number[]): number {
	return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}

function meanByWeek(series: number[][]): number[] {
	const weeks = Math.max(0, ...series.map((s) => s.length));
	const out = new Array<number>(weeks).fill(0);
	for (const s of series) for (let w = 0; w < s.length; w++) out[w] += s[w];
	return series.length ? out.map((v) => v / series.length) : out;
}

function nodeOf(role: RoleStats): FlowNode {
	return {
		id: role.id,
		kind: role.kind,
		label: role.label,
		shortLabel: shortLabel(role.label),
		layer: LAYER_OF_KIND[role.kind],
		members: [role],
		isGroup: false,
		utilisation: role.utilisation,
		load: role.load,
		queueMean: role.queueMean,
		waitCausedDays: role.waitCausedDays,
		utilisationByWeek: role.utilisationByWeek,
		queueByWeek: role.queueByWeek
	};
}

/** The label of a group node: "+ 13 other POs". */
export function groupLabel(kind: RoleKind, count: number): string {
	return `+ ${count} other ${roleNoun(kind, count)}`;
}

function groupOf(kind: RoleKind, members: RoleStats[]): FlowNode {
	return {
		id: `group-${kind}`,
		kind,
		label: groupLabel(kind, members.length),
		shortLabel: groupLabel(kind, members.length),
		layer: LAYER_OF_KIND[kind],
		members,
		isGroup: true,
		utilisation: mean(members.map((m) => m.utilisation)),
		load: mean(members.map((m) => m.load)),
		queueMean: mean(members.map((m) => m.queueMean)),
		waitCausedDays: members.reduce((s, m) => s + m.waitCausedDays, 0),
		utilisationByWeek: meanByWeek(members.map((m) => m.utilisationByWeek)),
		queueByWeek: meanByWeek(members.map((m) => m.queueByWeek))
	};
}

/**
 * The roles a folded network shows on their own. Folding picks teams, not roles, so that a
 * shown PO and the team it serves sit on the same row: teams are taken in order of the waiting
 * their busiest role causes (the teams of `keep` roles first) while every layer still has a
 * free row, and every role serving a taken team is shown. Roles serving no team (leadership,
 * stakeholders) are always shown.
 */
function focusRoles(
	roles: readonly RoleStats[],
	maxPerLayer: number,
	keep: ReadonlySet<string>
): Set<string> {
	const weight = new Map<number, number>();
	const forced = new Set<number>();
	for (const r of roles) {
		for (const t of r.teams) {
			weight.set(t, Math.max(weight.get(t) ?? 0, r.waitCausedDays));
			if (keep.has(r.id)) forced.add(t);
		}
	}
	const order = [...weight.keys()].sort(
		(a, b) =>
			Number(forced.has(b)) - Number(forced.has(a)) || weight.get(b)! - weight.get(a)! || a - b
	);
	const layers = new Map<number, RoleStats[]>();
	for (const r of roles) {
		const layer = LAYER_OF_KIND[r.kind];
		if (!layers.has(layer)) layers.set(layer, []);
		layers.get(layer)!.push(r);
	}
	// A layer keeps a row for each of its kinds' "+ N other" nodes.
	const slots = new Map(
		[...layers].map(([layer, rs]) => [
			layer,
			Math.max(1, maxPerLayer - new Set(rs.map((r) => r.kind)).size)
		])
	);
	const shown = new Set(
		roles.filter((r) => r.teams.length === 0 || keep.has(r.id)).map((r) => r.id)
	);
	const taken = new Set<number>();
	for (const team of order) {
		const next = new Set(shown);
		for (const r of roles) if (r.teams.includes(team)) next.add(r.id);
		const fits = [...layers].every(
			([layer, rs]) => rs.filter((r) => next.has(r.id)).length <= slots.get(layer)!
		);
		if (!fits && !forced.has(team)) break;
		taken.add(team);
		for (const id of next) shown.add(id);
	}
	return shown;
}

/**
 * Folds a layer down to `maxPerLayer` nodes: the most loaded roles (and any in `keep`) stay on
 * their own, in team order, and the rest of each kind become one group node.
 */
function foldLayer(
	roles: RoleStats[],
	maxPerLayer: number,
	shown: ReadonlySet<string>
): FlowNode[] {
	if (roles.length <= maxPerLayer) return roles.map(nodeOf);
	const kinds = [...new Set(roles.map((r) => r.kind))];
	const nodes = roles.filter((r) => shown.has(r.id)).map(nodeOf);
	for (const kind of kinds) {
		const rest = roles.filter((r) => r.kind === kind && !shown.has(r.id));
		if (rest.length === 1) nodes.push(nodeOf(rest[0]));
		else if (rest.length > 1) nodes.push(groupOf(kind, rest));
	}
	return nodes;
}

/**
 * The nodes and edges to draw. Up to `maxNodes` roles, one node per role; beyond that, each
 * layer keeps its most loaded roles and folds the rest into "+ N other …" nodes, and hand-offs
 * to folded roles are summed onto the group.
 */
export function flowGraph(
	roles: readonly RoleStats[],
	handoffs: readonly Handoff[],
	options: FlowGraphOptions = {}
): FlowGraph {
	const { maxNodes = 40, maxPerLayer = 10, keep = [] } = options;
	const keepSet = new Set(keep);
	const sorted = [...roles].sort(compareRoles);
	const layerIndexes = [...new Set(sorted.map((r) => LAYER_OF_KIND[r.kind]))].sort((a, b) => a - b);
	const fold = sorted.length > maxNodes;
	const shown = fold ? focusRoles(sorted, maxPerLayer, keepSet) : new Set<string>();

	const nodes: FlowNode[] = [];
	const layers: string[][] = [];
	for (const layer of layerIndexes) {
		const inLayer = sorted.filter((r) => LAYER_OF_KIND[r.kind] === layer);
		const layerNodes = fold ? foldLayer(inLayer, maxPerLayer, shown) : inLayer.map(nodeOf);
		nodes.push(...layerNodes);
		layers.push(layerNodes.map((n) => n.id));
	}

	const nodeOfRole = new Map<string, string>();
	for (const node of nodes) for (const m of node.members) nodeOfRole.set(m.id, node.id);

	const edgeMap = new Map<string, FlowEdge>();
	for (const h of handoffs) {
		const source = nodeOfRole.get(h.from);
		const target = nodeOfRole.get(h.to);
		if (!source || !target || source === target || h.count <= 0) continue;
		const id = `${source}>${target}:${h.decision}`;
		const edge = edgeMap.get(id);
		if (edge) edge.count += h.count;
		else edgeMap.set(id, { id, source, target, decision: h.decision, count: h.count });
	}
	const edges = [...edgeMap.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const hiddenRoles = nodes.reduce((s, n) => s + (n.isGroup ? n.members.length : 0), 0);
	return { nodes, edges, layers, hiddenRoles };
}

export interface PlacedNode extends FlowNode {
	x: number;
	y: number;
	/** The short label, broken into lines no wider than the gap between two columns. */
	labelLines: string[];
}

export interface NetworkLayout {
	nodes: PlacedNode[];
	width: number;
	height: number;
	/** Centre x of each layer, for column headings. */
	columns: { layer: number; x: number }[];
	rowGap: number;
}

export interface NetworkLayoutOptions {
	width: number;
	/** Vertical distance between node centres in a column. */
	rowGap?: number;
	/** Room at the top for column headings. */
	top?: number;
	/** Horizontal margin, room for the outer labels. */
	margin?: number;
}

/** Estimated width of one character of a node label (11 px sans-serif). */
const LABEL_CHAR_WIDTH = 6.3;
/** Room kept between the labels of two neighbouring columns. */
const LABEL_GAP = 8;
/** Line height of a node label. */
export const LABEL_LINE = 13;

/** The top bottleneck's callout text, and its estimated width (12 px bold). */
export const CALLOUT_TEXT = 'Top bottleneck';
export const CALLOUT_WIDTH = (CALLOUT_TEXT.length + 2) * 7.4;
/** Between the ring and the callout. */
const CALLOUT_OFFSET = 12;

/**
 * Which side of the top bottleneck its callout fits on without reaching the next column's nodes
 * or labels (or past the chart's edge): right first, then left, or none, when the ring and the
 * legend must say it alone (a phone's columns are too close for a label between them).
 */
export function calloutSide(
	layout: NetworkLayout,
	node: PlacedNode,
	radius: number,
	maxRadius: number
): 'right' | 'left' | null {
	const xs = layout.columns.map((c) => c.x);
	const right = xs.filter((x) => x > node.x + 1);
	const left = xs.filter((x) => x < node.x - 1);
	const widest = Math.max(
		0,
		...layout.nodes.map((n) => Math.max(...n.labelLines.map((l) => l.length)))
	);
	// A neighbour column reaches towards us by its largest node or half its widest label.
	const reach = Math.max(maxRadius + 7, (widest * LABEL_CHAR_WIDTH) / 2) + 4;
	const needed = radius + CALLOUT_OFFSET + CALLOUT_WIDTH;
	const roomRight = right.length ? Math.min(...right) - reach - node.x : layout.width - node.x;
	const roomLeft = left.length ? node.x - Math.max(...left) - reach : node.x;
	if (roomRight >= needed) return 'right';
	if (roomLeft >= needed) return 'left';
	return null;
}

/**
 * Places the layers as columns across the width and each layer's nodes down its column, centred
 * on the tallest column, so edges mostly run left to right in team order.
 */
export function layoutNetwork(graph: FlowGraph, options: NetworkLayoutOptions): NetworkLayout {
	const {
		width,
		rowGap = 56,
		top = 36,
		margin = Math.min(64, Math.max(36, width * 0.08))
	} = options;
	const tallest = Math.max(1, ...graph.layers.map((l) => l.length));
	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	const span = Math.max(0, width - 2 * margin);
	const columnCount = graph.layers.length;
	// Two neighbours' labels, each centred under its node, meet halfway between the columns.
	const labelChars =
		columnCount > 1
			? (span / (columnCount - 1) - LABEL_GAP) / LABEL_CHAR_WIDTH
			: Number.POSITIVE_INFINITY;
	const labelLines = (label: string) => wrapText(label, labelChars, 2);
	const twoLines = graph.nodes.some((n) => labelLines(n.shortLabel).length > 1);
	const height = top + tallest * rowGap + 8 + (twoLines ? LABEL_LINE : 0);
	const nodes: PlacedNode[] = [];
	const columns: { layer: number; x: number }[] = [];
	graph.layers.forEach((ids, i) => {
		const x = columnCount === 1 ? width / 2 : margin + (span * i) / (columnCount - 1);
		const offset = ((tallest - ids.length) * rowGap) / 2;
		ids.forEach((id, j) => {
			const node = byId.get(id)!;
			nodes.push({
				...node,
				x,
				y: top + offset + rowGap * (j + 0.5),
				labelLines: labelLines(node.shortLabel)
			});
		});
		columns.push({ layer: byId.get(ids[0])!.layer, x });
	});
	return { nodes, width, height, columns, rowGap };
}

/** Curvature per decision kind, so parallel hand-offs of different kinds stay apart. */
const BEND: Record<DecisionKind, number> = { roadmap: -0.18, backlog: 0.12, pricing: 0.3 };

/**
 * A hand-off as a quadratic curve from the edge of one node to the edge of the other, bending to
 * its left (so A→B and B→A never overlap), and the point at its middle for a label or tooltip.
 */
export function edgePath(
	source: { x: number; y: number; r: number },
	target: { x: number; y: number; r: number },
	decision: DecisionKind,
	arrowRoom = 6
): { d: string; mid: { x: number; y: number } } {
	const dx = target.x - source.x;
	const dy = target.y - source.y;
	const length = Math.hypot(dx, dy) || 1;
	const bend = BEND[decision] * Math.min(length, 240);
	// The left-hand normal of the direction of travel.
	const nx = dy / length;
	const ny = -dx / length;
	const cx = (source.x + target.x) / 2 + nx * bend;
	const cy = (source.y + target.y) / 2 + ny * bend;
	const start = towards(source, { x: cx, y: cy }, source.r + 1);
	const end = towards(target, { x: cx, y: cy }, target.r + arrowRoom);
	const p = d3path();
	p.moveTo(start.x, start.y);
	p.quadraticCurveTo(cx, cy, end.x, end.y);
	// The midpoint of a quadratic Bézier at t = 1/2.
	const mid = { x: (start.x + 2 * cx + end.x) / 4, y: (start.y + 2 * cy + end.y) / 4 };
	return { d: p.toString(), mid };
}

function towards(from: { x: number; y: number }, to: { x: number; y: number }, distance: number) {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy) || 1;
	return { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}

/** The value of a weekly series at a replay week, or the whole-run figure when not replaying. */
export function atWeek(series: readonly number[], week: number | null, whole: number): number {
	if (week === null) return whole;
	return series[Math.min(series.length - 1, Math.max(0, week))] ?? 0;
}

/** Hand-offs into and out of each node, summed over decision kinds. */
export function handoffTotals(
	edges: readonly FlowEdge[]
): Map<string, { in: number; out: number }> {
	const totals = new Map<string, { in: number; out: number }>();
	const entry = (id: string) => {
		let t = totals.get(id);
		if (!t) totals.set(id, (t = { in: 0, out: 0 }));
		return t;
	};
	for (const e of edges) {
		entry(e.source).out += e.count;
		entry(e.target).in += e.count;
	}
	return totals;
}
