/**
 * Lays out one decision flow's statechart: states ranked along the main path from the initial
 * state (longest path, ignoring loops), loops drawn as arcs beside the line. Left to right when
 * the width allows, top to bottom on a phone. Pure; it reads the machine's own description, so
 * the picture cannot drift from the flow the engine runs.
 */
import { linkHorizontal, linkVertical, path as d3path } from 'd3';
import { wrapText } from './wrapText';

export interface ChartState {
	id: string;
	label: string;
	final?: boolean;
}

export interface ChartTransition {
	from: string;
	to: string;
	event: string;
}

export interface PlacedState<S extends ChartState = ChartState> {
	state: S;
	/** The label broken into lines that fit the box. */
	lines: string[];
	rank: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/**
	 * The holder and the share do not fit side by side at the foot of the box: the holder goes on
	 * its own lines above the share (every box of the chart then gets that much more height).
	 */
	footerStacked: boolean;
	/** Who holds the state, broken into lines that fit the box (none: nobody). */
	holderLines: string[];
}

export interface PlacedTransition<T extends ChartTransition = ChartTransition> {
	transition: T;
	d: string;
	/** A loop back to an earlier (or the same) state, drawn as an arc. */
	isLoop: boolean;
	labelX: number;
	labelY: number;
}

export interface StatechartLayout<S extends ChartState, T extends ChartTransition> {
	orientation: 'horizontal' | 'vertical';
	states: PlacedState<S>[];
	transitions: PlacedTransition<T>[];
	width: number;
	height: number;
}

/** Rank of each state: the longest loop-free path from `initial`; unreachable states go last. */
export function rankStates(
	ids: readonly string[],
	initial: string,
	transitions: readonly ChartTransition[]
): Map<string, number> {
	const out = new Map<string, string[]>();
	for (const id of ids) out.set(id, []);
	for (const t of transitions) if (out.has(t.from) && out.has(t.to)) out.get(t.from)!.push(t.to);

	// Depth-first from the initial state; an edge to a state still on the stack closes a loop.
	const back = new Set<string>();
	const onStack = new Set<string>();
	const seen = new Set<string>();
	const visit = (id: string) => {
		seen.add(id);
		onStack.add(id);
		for (const next of out.get(id) ?? []) {
			if (onStack.has(next)) back.add(`${id}>${next}`);
			else if (!seen.has(next)) visit(next);
		}
		onStack.delete(id);
	};
	if (out.has(initial)) visit(initial);
	for (const id of ids) if (!seen.has(id)) visit(id);

	const rank = new Map<string, number>(ids.map((id) => [id, 0]));
	// Longest path over the acyclic remainder: relax |V| times (flows have a handful of states).
	for (let pass = 0; pass < ids.length; pass++) {
		let changed = false;
		for (const [from, targets] of out) {
			for (const to of targets) {
				if (back.has(`${from}>${to}`) || from === to) continue;
				const r = rank.get(from)! + 1;
				if (r > rank.get(to)!) {
					rank.set(to, r);
					changed = true;
				}
			}
		}
		if (!changed) break;
	}
	return rank;
}

export interface StatechartLayoutOptions {
	width: number;
	/** Narrowest state box drawn side by side; below it the chart turns vertical. */
	minBoxWidth?: number;
	/** Estimated width of one character of a state label (12 px semibold sans-serif). */
	charWidth?: number;
	/** Who holds each state, written at the foot of its box beside the share (none: nobody). */
	holder?: (stateId: string) => string | null;
}

/** Estimated width of one character of the holder (11 px sans-serif). */
const HOLDER_CHAR_WIDTH = 6.3;
/** The widest share shown ("100%", 12 px bold) and the room kept between it and the holder. */
const SHARE_WIDTH = 32;
const FOOTER_GAP = 8;
/** Inset of the footer texts from the box's left and right edges. */
const FOOTER_INSET = 8;
/** The holder's own line when it is stacked above the share. */
export const FOOTER_LINE = 14;

/** Whether a holder label and the widest share fit side by side in a box this wide. */
export function footerFits(holder: string | null, boxWidth: number): boolean {
	const holderWidth = (holder ?? '').length * HOLDER_CHAR_WIDTH;
	return holderWidth + FOOTER_GAP + SHARE_WIDTH <= boxWidth - 2 * FOOTER_INSET;
}

export function layoutStatechart<S extends ChartState, T extends ChartTransition>(
	states: readonly S[],
	initial: string,
	transitions: readonly T[],
	options: StatechartLayoutOptions
): StatechartLayout<S, T> {
	const { width, minBoxWidth = 104, charWidth = 7.1, holder = () => null } = options;
	const holderLines = (id: string, boxWidth: number): string[] => {
		const who = holder(id);
		if (!who) return [];
		return footerFits(who, boxWidth)
			? [who]
			: wrapText(who, (boxWidth - 2 * FOOTER_INSET) / HOLDER_CHAR_WIDTH, 2);
	};
	// The lines a chart's boxes add for holders stacked above their share.
	const stackedLines = (boxes: readonly S[], boxWidth: number) =>
		Math.max(
			0,
			...boxes.map((s) =>
				footerFits(holder(s.id), boxWidth) ? 0 : holderLines(s.id, boxWidth).length
			)
		);
	const rank = rankStates(
		states.map((s) => s.id),
		initial,
		transitions
	);
	const ranks = Math.max(0, ...rank.values()) + 1;
	const byRank: S[][] = Array.from({ length: ranks }, () => []);
	for (const s of states) byRank[rank.get(s.id)!].push(s);
	// States whose only way on is back (a clarification loop) go below the main line.
	const loopOnly = (id: string) => {
		const outs = transitions.filter((t) => t.from === id);
		return outs.length > 0 && outs.every((t) => rank.get(t.to)! <= rank.get(id)!);
	};
	for (const column of byRank)
		column.sort((a, b) => Number(loopOnly(a.id)) - Number(loopOnly(b.id)));
	const tallestRank = Math.max(1, ...byRank.map((r) => r.length));
	const gap = 28;
	const horizontal = (width - gap * (ranks - 1)) / ranks >= minBoxWidth;

	const placed = new Map<string, PlacedState<S>>();
	let chartHeight: number;
	// Loops need room below (horizontal) or to the right (vertical).
	const loopCount = transitions.filter((t) => rank.get(t.to)! <= rank.get(t.from)!).length;
	const loopRoom = loopCount ? 18 + 12 * Math.min(loopCount, 4) : 6;
	if (horizontal) {
		const boxW = Math.min(180, (width - gap * (ranks - 1)) / ranks);
		const maxLines = Math.max(
			1,
			...states.map((s) => wrapText(s.label, (boxW - 14) / charWidth, 3).length)
		);
		const extra = stackedLines(states, boxW);
		const boxH = 38 + 15 * maxLines + FOOTER_LINE * extra;
		const rowGap = 16;
		const stepX = ranks > 1 ? (width - boxW) / (ranks - 1) : 0;
		byRank.forEach((column, r) => {
			const top = ((tallestRank - column.length) * (boxH + rowGap)) / 2;
			column.forEach((s, i) => {
				placed.set(s.id, {
					state: s,
					lines: wrapText(s.label, (boxW - 14) / charWidth, 3),
					rank: r,
					x: ranks > 1 ? boxW / 2 + stepX * r : width / 2,
					y: top + boxH / 2 + i * (boxH + rowGap) + 4,
					width: boxW,
					height: boxH,
					footerStacked: !footerFits(holder(s.id), boxW),
					holderLines: holderLines(s.id, boxW)
				});
			});
		});
		chartHeight = tallestRank * (boxH + rowGap) - rowGap + 8 + loopRoom;
	} else {
		const boxW = Math.max(120, width - loopRoom - 8);
		const colGap = 8;
		const boxWidth = (row: S[]) => (boxW - colGap * (row.length - 1)) / row.length;
		const maxLines = Math.max(
			1,
			...byRank.flatMap((row) =>
				row.map((s) => wrapText(s.label, (boxWidth(row) - 14) / charWidth, 2).length)
			)
		);
		const extra = Math.max(0, ...byRank.map((row) => stackedLines(row, boxWidth(row))));
		const boxH = 38 + 15 * maxLines + FOOTER_LINE * extra;
		const stepY = boxH + 22;
		byRank.forEach((row, r) => {
			const w = boxWidth(row);
			row.forEach((s, i) => {
				placed.set(s.id, {
					state: s,
					lines: wrapText(s.label, (w - 14) / charWidth, 2),
					rank: r,
					x: w / 2 + i * (w + colGap),
					y: 4 + boxH / 2 + r * stepY,
					width: w,
					height: boxH,
					footerStacked: !footerFits(holder(s.id), w),
					holderLines: holderLines(s.id, w)
				});
			});
		});
		chartHeight = ranks * stepY - 22 + 8;
	}

	const linkH = linkHorizontal<{ s: [number, number]; t: [number, number] }, [number, number]>()
		.source((d) => d.s)
		.target((d) => d.t);
	const linkV = linkVertical<{ s: [number, number]; t: [number, number] }, [number, number]>()
		.source((d) => d.s)
		.target((d) => d.t);

	let loopIndex = 0;
	const placedTransitions: PlacedTransition<T>[] = [];
	for (const t of transitions) {
		const a = placed.get(t.from);
		const b = placed.get(t.to);
		if (!a || !b) continue;
		const isLoop = b.rank <= a.rank;
		if (!isLoop) {
			const s: [number, number] = horizontal ? [a.x + a.width / 2, a.y] : [a.x, a.y + a.height / 2];
			const e: [number, number] = horizontal
				? [b.x - b.width / 2 - 5, b.y]
				: [b.x, b.y - b.height / 2 - 5];
			const d = (horizontal ? linkH : linkV)({ s, t: e }) ?? '';
			placedTransitions.push({
				transition: t,
				d,
				isLoop,
				labelX: (s[0] + e[0]) / 2,
				labelY: (s[1] + e[1]) / 2
			});
			continue;
		}
		const depth = 16 + 12 * (loopIndex++ % 4);
		const p = d3path();
		let labelX: number;
		let labelY: number;
		if (horizontal) {
			const sy = a.y + a.height / 2;
			const ty = b.y + b.height / 2 + 5;
			const sx = a.x - (a === b ? a.width / 4 : 0);
			const tx = b.x + (a === b ? b.width / 4 : 0);
			p.moveTo(sx, sy);
			p.bezierCurveTo(sx, sy + depth * 1.6, tx, ty + depth * 1.6, tx, ty);
			labelX = (sx + tx) / 2;
			labelY = Math.max(sy, ty) + depth * 1.2;
		} else {
			const sx = a.x + a.width / 2;
			const tx = b.x + b.width / 2 + 5;
			const sy = a.y + (a === b ? a.height / 4 : 0);
			const ty = b.y - (a === b ? b.height / 4 : 0);
			p.moveTo(sx, sy);
			p.bezierCurveTo(sx + depth * 1.6, sy, tx + depth * 1.6, ty, tx, ty);
			labelX = Math.max(sx, tx) + depth * 1.2;
			labelY = (sy + ty) / 2;
		}
		placedTransitions.push({ transition: t, d: p.toString(), isLoop, labelX, labelY });
	}

	return {
		orientation: horizontal ? 'horizontal' : 'vertical',
		states: states.map((s) => placed.get(s.id)!),
		transitions: placedTransitions,
		width,
		height: chartHeight
	};
}
