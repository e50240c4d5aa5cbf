/**
 * The organisation as an org chart: leadership → Product Managers → Product Owners → teams, as
 * the scenario builds it (a combined PM/PO is one person; PM-only and PO-only organisations skip
 * the level they lack). Large organisations are folded: each parent keeps its most loaded
 * reports and the rest become one "+N other …" box, so the chart stays within a row budget
 * from 1 team to 200. Laid out with d3-hierarchy's tidy tree, levels as columns (so the chart
 * reads at 360 px), parents centred on their reports. Pure: no DOM.
 */
import { hierarchy, tree } from 'd3';
import { LOAD_CAP } from '$lib/sim/metrics/verdict';
import type { RoleKind, RoleStats } from '$lib/sim/types';
import { formatValue } from './format';
import { roleNoun } from './roleNouns';
import { shortLabel } from './shortLabel';

/** The person levels under leadership, top to bottom; the kinds a scenario lacks are skipped. */
const PERSON_LEVELS: RoleKind[][] = [['pm', 'pmpo'], ['po']];

export interface OrgNode {
	/** The role id (as in the network view), or `group-<parent id>-<kind>` for folded reports. */
	id: string;
	kind: RoleKind;
	/** The full label ("PM 1 (teams 1–3)"), for tooltips and the table. */
	label: string;
	/** The roles this box stands for: one, or the folded reports of a parent. */
	members: RoleStats[];
	isGroup: boolean;
	/** Offered work ÷ capacity (mean over members for a group); null for the stakeholders delay. */
	load: number | null;
	/** The highest member load, which a folded box must not hide. */
	maxLoad: number | null;
	utilisation: number;
	/** Every role under this one, folded or not, by kind (its span of control). */
	span: Partial<Record<RoleKind, number>>;
	/** Developers in the teams under this role. */
	people: number;
	reportsTo: string | null;
	children: OrgNode[];
}

/** The root when a result carries no stakeholders role (hand-made results only). */
const STAND_IN_ROOT: RoleStats = {
	id: 'stakeholders',
	kind: 'stakeholders',
	label: 'Leadership and stakeholders',
	teams: [],
	servers: 0,
	productiveHoursPerWeek: 0,
	utilisation: 0,
	load: 0,
	measuredLoad: 0,
	offeredHoursPerWeek: 0,
	demandHoursPerWeek: 0,
	queueMean: 0,
	waitCausedDays: 0,
	utilisationByWeek: [],
	queueByWeek: []
};

function leaf(role: RoleStats): OrgNode {
	const load = role.kind === 'stakeholders' ? null : role.load;
	return {
		id: role.id,
		kind: role.kind,
		label: role.kind === 'stakeholders' ? 'Leadership and stakeholders' : role.label,
		members: [role],
		isGroup: false,
		load,
		maxLoad: load,
		utilisation: role.utilisation,
		span: {},
		people: role.kind === 'team' ? role.servers : 0,
		reportsTo: null,
		children: []
	};
}

function adopt(parent: OrgNode, child: OrgNode) {
	child.reportsTo = parent.id;
	parent.children.push(child);
}

/** Fills in span and people bottom-up. */
function sumSpan(node: OrgNode): void {
	for (const child of node.children) {
		sumSpan(child);
		node.span[child.kind] = (node.span[child.kind] ?? 0) + 1;
		for (const [kind, n] of Object.entries(child.span) as [RoleKind, number][]) {
			node.span[kind] = (node.span[kind] ?? 0) + n;
		}
		node.people += child.people;
	}
}

/**
 * Who reports to whom. The root is leadership when the scenario has a leadership role (PM work
 * absorbed), else the stakeholders delay standing for leadership (the leaders who align and
 * approve, hidden work, are not drawn: they are a queue of meetings, not a line manager). A person reports to the person
 * one level up who serves their first team (a PO whose teams straddle two PMs' areas reports to
 * the first); a team reports to the lowest person serving it, or to the root.
 */
export function orgTree(roles: readonly RoleStats[]): OrgNode {
	const rootRole =
		roles.find((r) => r.id === 'leadership') ?? roles.find((r) => r.kind === 'stakeholders');
	const root: OrgNode = rootRole ? leaf(rootRole) : { ...leaf(STAND_IN_ROOT), members: [] };
	const levels = PERSON_LEVELS.map((kinds) =>
		roles.filter((r) => kinds.includes(r.kind)).map(leaf)
	).filter((level) => level.length > 0);
	const serving = (level: OrgNode[], team: number) =>
		level.find((n) => n.members[0].teams.includes(team));

	levels.forEach((level, i) => {
		for (const node of level) {
			const above = i > 0 ? serving(levels[i - 1], node.members[0].teams[0]) : undefined;
			adopt(above ?? root, node);
		}
	});
	for (const team of roles.filter((r) => r.kind === 'team')) {
		const number = team.teams[0];
		let parent: OrgNode | undefined;
		for (let i = levels.length - 1; i >= 0 && !parent; i--) parent = serving(levels[i], number);
		adopt(parent ?? root, leaf(team));
	}
	sumSpan(root);
	return root;
}

/** "+17 other teams". */
export function otherLabel(kind: RoleKind, count: number): string {
	return `+${count} other ${roleNoun(kind, count)}`;
}

function groupOf(parent: OrgNode, rest: OrgNode[]): OrgNode {
	const kind = rest[0].kind;
	const loads = rest.map((n) => n.load).filter((l): l is number => l !== null);
	const maxes = rest.map((n) => n.maxLoad).filter((l): l is number => l !== null);
	const span: Partial<Record<RoleKind, number>> = {};
	for (const n of rest) {
		for (const [k, v] of Object.entries(n.span) as [RoleKind, number][])
			span[k] = (span[k] ?? 0) + v;
	}
	return {
		id: `group-${parent.id}-${kind}`,
		kind,
		label: otherLabel(kind, rest.length),
		members: rest.flatMap((n) => n.members),
		isGroup: true,
		load: loads.length ? loads.reduce((s, l) => s + l, 0) / loads.length : null,
		maxLoad: maxes.length ? Math.max(...maxes) : null,
		utilisation: rest.reduce((s, n) => s + n.utilisation, 0) / rest.length,
		span,
		people: rest.reduce((s, n) => s + n.people, 0),
		reportsTo: parent.id,
		children: []
	};
}

/** Keeps at most `caps[depth]` boxes under each parent: the most loaded, in their order, then one for the rest. */
function foldTree(node: OrgNode, caps: readonly number[], depth = 0): OrgNode {
	const cap = caps[depth] ?? Infinity;
	let children = node.children;
	if (children.length > cap) {
		const keep = new Set(
			[...children]
				.sort((a, b) => (b.maxLoad ?? 0) - (a.maxLoad ?? 0))
				.slice(0, Math.max(1, cap - 1))
		);
		const rest = children.filter((c) => !keep.has(c));
		const kinds = [...new Set(rest.map((c) => c.kind))];
		children = [
			...children.filter((c) => keep.has(c)),
			...kinds.map((k) =>
				groupOf(
					node,
					rest.filter((c) => c.kind === k)
				)
			)
		];
	}
	return { ...node, children: children.map((c) => foldTree(c, caps, depth + 1)) };
}

/** Rows a tree takes: one per box without reports. */
export function rowCount(node: OrgNode): number {
	return node.children.length ? node.children.reduce((s, c) => s + rowCount(c), 0) : 1;
}

function fanOuts(node: OrgNode, depth = 0, out: number[] = []): number[] {
	out[depth] = Math.max(out[depth] ?? 0, node.children.length);
	for (const c of node.children) fanOuts(c, depth + 1, out);
	return out;
}

/**
 * Folds the tree until it takes at most `maxRows` rows: the widest level gives up a box first
 * (so 67 PMs fold before each PM's three POs do), down to one box and a "+ N other" per parent.
 */
export function foldOrg(root: OrgNode, maxRows: number): OrgNode {
	const caps = fanOuts(root);
	let folded = root;
	while (rowCount(folded) > maxRows) {
		let widest = -1;
		caps.forEach((c, d) => {
			if (c > 2 && (widest < 0 || c > caps[widest])) widest = d;
		});
		if (widest < 0) break;
		caps[widest] -= 1;
		folded = foldTree(root, caps);
	}
	return folded;
}

export interface PlacedOrgNode {
	node: OrgNode;
	depth: number;
	/** Top-left corner of the box. */
	x: number;
	y: number;
	/** The box's text, each line fitted to its width. */
	lines: string[];
}

export interface OrgLayout {
	nodes: PlacedOrgNode[];
	/** Elbow connectors from each parent's right edge to its reports' left edges. */
	links: { id: string; d: string }[];
	columns: { depth: number; x: number; title: string }[];
	boxWidth: number;
	boxHeight: number;
	width: number;
	height: number;
}

export interface OrgLayoutOptions {
	width: number;
	/** Rows before large groups fold (a screen reads about 24 boxes in a column). */
	maxRows?: number;
	/** Vertical distance between rows. */
	rowGap?: number;
	/** Room above the boxes for the column titles. */
	top?: number;
}

/** Average width of a character of the 11 px label font, in px: SVG text is not measured. */
export const CHAR_WIDTH = 6.4;
/** The same for the bold first line and the 12 px bold column titles. */
export const BOLD_CHAR_WIDTH = 7;
const TITLE_CHAR_WIDTH = 7.6;
const BOX_HEIGHT = 36;
const GUTTER = 10;

function fit(text: string, maxChars: number): string {
	return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1))}…`;
}

/** A load as the boxes print it: whole percent, past 100% when overloaded. */
export function loadLabel(load: number | null): string {
	if (load === null) return 'no queue';
	if (load >= LOAD_CAP) return 'no hours';
	return formatValue('share', load);
}

/** The two lines of a box: who, then the load (with " load" when there is room). */
export function boxLines(node: OrgNode, boxWidth: number): string[] {
	const maxChars = Math.floor((boxWidth - 8) / CHAR_WIDTH);
	const maxBold = Math.floor((boxWidth - 8) / BOLD_CHAR_WIDTH);
	const pct = loadLabel(node.load);
	const name = node.isGroup ? node.label : shortLabel(node.label);
	if (node.isGroup) {
		const [first, ...rest] = name.split(' other ');
		if (name.length <= maxBold) return [name, fit(`${pct} mean load`, maxChars)];
		// "+47 other" / "PMs 86%"; in the narrowest boxes "+47 more", then "+47".
		const head = [`${first} other`, `${first} more`, first].find((t) => t.length <= maxBold);
		return [head ?? fit(first, maxBold), fit(`${rest.join(' ')} ${pct}`, maxChars)];
	}
	const second = `${pct} load`.length <= maxChars && node.load !== null ? `${pct} load` : pct;
	const root = 'Leadership'.length <= maxBold ? 'Leadership' : 'Leaders';
	return [fit(node.kind === 'stakeholders' ? root : name, maxBold), fit(second, maxChars)];
}

const COLUMN_TITLES: Partial<Record<RoleKind, [string, string]>> = {
	leadership: ['Leadership', 'Leaders'],
	stakeholders: ['Leadership', 'Leaders'],
	pm: ['Product Managers', 'PMs'],
	pmpo: ['Combined PM/POs', 'PM/POs'],
	po: ['Product Owners', 'POs'],
	team: ['Teams', 'Teams']
};

/** Places the folded tree: levels as columns across the width, one row per box without reports. */
export function layoutOrg(roles: readonly RoleStats[], options: OrgLayoutOptions): OrgLayout {
	const { width, maxRows = 24, rowGap = BOX_HEIGHT + 10, top = 24 } = options;
	const root = foldOrg(orgTree(roles), maxRows);
	const h = hierarchy(root, (n) => n.children);
	const levels = h.height + 1;
	const step = width / levels;
	const boxWidth = Math.max(40, Math.min(200, step - GUTTER));
	tree<OrgNode>()
		.nodeSize([rowGap, step])
		.separation(() => 1)(h);
	let minY = Infinity;
	let maxY = -Infinity;
	h.each((n) => {
		minY = Math.min(minY, n.x!);
		maxY = Math.max(maxY, n.x!);
	});
	const narrow = width < 560;
	const xOf = (depth: number) => depth * step + (step - boxWidth) / 2;
	const yOf = (breadth: number) => top + breadth - minY;
	const nodes: PlacedOrgNode[] = h.descendants().map((n) => ({
		node: n.data,
		depth: n.depth,
		x: xOf(n.depth),
		y: yOf(n.x!),
		lines: boxLines(n.data, boxWidth)
	}));
	const links = h.links().map(({ source, target }) => {
		const x0 = xOf(source.depth) + boxWidth;
		const y0 = yOf(source.x!) + BOX_HEIGHT / 2;
		const x1 = xOf(target.depth);
		const y1 = yOf(target.x!) + BOX_HEIGHT / 2;
		const mid = (x0 + x1) / 2;
		return { id: `${source.data.id}>${target.data.id}`, d: `M${x0},${y0}H${mid}V${y1}H${x1}` };
	});
	const columns: OrgLayout['columns'] = [];
	for (let depth = 0; depth < levels; depth++) {
		const kind = nodes.find((n) => n.depth === depth)!.node.kind;
		const titles = COLUMN_TITLES[kind] ?? ['', ''];
		const title = narrow ? titles[1] : titles[0];
		columns.push({ depth, x: xOf(depth), title: fit(title, Math.floor(step / TITLE_CHAR_WIDTH)) });
	}
	return {
		nodes,
		links,
		columns,
		boxWidth,
		boxHeight: BOX_HEIGHT,
		width,
		height: top + (maxY - minY) + BOX_HEIGHT + 4
	};
}
