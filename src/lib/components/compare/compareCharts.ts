/**
 * The data of the comparison charts, from one or two evaluations. Each chart's domain is computed
 * over both sides, so A and B are drawn on the same scale and a longer bar is a longer time.
 */
import { readLeadTime } from '$lib/charts/leadTimeText';
import { groupByFunction } from '$lib/sim/roleFunctions';
import { DECISION_KINDS, type OptionalBand, type RoleKind } from '$lib/sim/types';
import type { Evaluation } from '$lib/whatif/evaluate';

export interface SideStyle {
	id: 'a' | 'b';
	label: string;
	color: string;
	/** The marker, so the sides differ by shape as well as by colour. */
	shape: 'circle' | 'diamond';
}

/** Grey for A (usually today) and Okabe–Ito blue for B (usually the proposal). */
export const SIDE_STYLES: Record<'a' | 'b', SideStyle> = {
	a: { id: 'a', label: 'A', color: '#5f6b7a', shape: 'circle' },
	b: { id: 'b', label: 'B', color: '#0072b2', shape: 'diamond' }
};

/** One side of a comparison as the views take it. */
export interface ComparedSide {
	side: SideStyle;
	/** The scenario's name, or its preset's label. */
	name: string;
	evaluation: Evaluation;
}

export interface RangeValue {
	side: SideStyle;
	/** The middle value (the median across runs, or the single run). */
	value: number | null;
	low: number | null;
	high: number | null;
	/**
	 * The range's top end is a run without the figure (a lead time where nothing finished, or too
	 * much was still open): the bar runs on past the axis, "or more".
	 */
	openHigh?: boolean;
	/** The value is a lower bound (a mean with the slowest decisions still open). */
	atLeast?: boolean;
	/** Shown instead of a mark when there is no value ("none finished"). */
	missing?: string;
	/** What else is known beside `missing` ("4 open, oldest 102.4 days"), shown where it fits. */
	missingNote?: string;
}

export interface RangeRow {
	id: string;
	label: string;
	/** For narrow charts. */
	short: string;
	values: RangeValue[];
}

export interface RangeChartData {
	rows: RangeRow[];
	/** [0, max] over every value and band of both sides. */
	domain: [number, number];
}

function rangeDomain(rows: RangeRow[], floor = 0): [number, number] {
	let max = floor;
	for (const r of rows) {
		for (const v of r.values) {
			for (const x of [v.value, v.high])
				if (x !== null && Number.isFinite(x)) max = Math.max(max, x);
		}
	}
	return [0, max > 0 ? max : 1];
}

const bandOrPoint = (band: OptionalBand | undefined, point: number | null) =>
	band && band.p5 !== null
		? { value: band.p50, low: band.p5, high: band.p95, openHigh: band.p95 === null }
		: { value: point, low: null, high: null };

/**
 * Mean lead time per decision kind: the median of the runs' means, with their 5–95% range. A side
 * whose median run finished nothing says so, with what is open, instead of a mark.
 */
export function leadTimeChart(sides: [SideStyle, Evaluation][]): RangeChartData {
	const rows = DECISION_KINDS.map((kind) => ({
		id: kind,
		label: kind.charAt(0).toUpperCase() + kind.slice(1),
		short: kind.charAt(0).toUpperCase() + kind.slice(1),
		values: sides.map(([side, e]): RangeValue => {
			const d = e.summary.decisions[kind];
			const reading = readLeadTime(d.leadTimeDays, 'mean', d);
			if (d.leadTimeDays.mean === null)
				return {
					side,
					value: null,
					low: null,
					high: null,
					missing: reading.figure,
					missingNote: reading.note
				};
			return {
				side,
				...bandOrPoint(d.bands?.leadTimeMean, d.leadTimeDays.mean),
				atLeast: reading.qualifier === 'at least'
			};
		})
	}));
	return { rows, domain: rangeDomain(rows) };
}

/** For narrow charts; a label in two parts ("Leaders (alignment)") is drawn on two lines. */
const SHORT_FUNCTION_LABELS: Record<string, string> = {
	pm: 'PMs',
	po: 'POs',
	pmpo: 'PM/POs',
	team: 'Teams',
	leadership: 'Leadership (PM work)',
	leaders: 'Leaders (alignment)'
};

/**
 * Mean load of the roles of each function either side has (stakeholders are not a capacity):
 * the engine's `load`, offered work over productive hours, the figure the verdict names. A row
 * is one function, the people a bottleneck sentence speaks of: leadership absorbing PM work
 * and the leaders' alignment and approval are two rows, not a mean of the two. It follows from
 * the scenario alone, so it is the same in every run and has no range.
 */
export function loadChart(sides: [SideStyle, Evaluation][]): RangeChartData {
	const bySide = sides.map(([, e]) =>
		groupByFunction(e.detail.roles.filter((r) => r.kind !== 'stakeholders'))
	);
	const functions = groupByFunction(bySide.flat().map((g) => ({ id: g.id, kind: g.kind })));
	const rows = functions.map((f) => ({
		id: f.id,
		label: f.label,
		short: SHORT_FUNCTION_LABELS[f.id] ?? f.label,
		values: sides.map(([side], i): RangeValue => {
			const roles = bySide[i].find((g) => g.id === f.id)?.roles ?? [];
			if (roles.length === 0) return { side, value: null, low: null, high: null, missing: 'none' };
			const mean = roles.reduce((s, r) => s + r.load, 0) / roles.length;
			return { side, value: mean, low: null, high: null };
		})
	}));
	// Load reads against 100%, so the axis always reaches it.
	return { rows, domain: rangeDomain(rows, 1) };
}

export interface LineSeries {
	side: SideStyle;
	values: number[];
}

export interface LineChartData {
	series: LineSeries[];
	weeks: number;
	max: number;
}

const PRODUCT_ROLES = new Set<RoleKind>(['pm', 'po', 'pmpo', 'leadership']);

/** Decisions waiting for a product role (PM, PO, combined, or leadership absorbing) each week, in the first run. */
export function productQueueChart(sides: [SideStyle, Evaluation][]): LineChartData {
	const series = sides.map(([side, e]) => {
		const weeks = e.detail.weeks;
		const values = Array.from({ length: weeks }, (_, w) =>
			e.detail.roles
				.filter((r) => PRODUCT_ROLES.has(r.kind))
				.reduce((s, r) => s + (r.queueByWeek[w] ?? 0), 0)
		);
		return { side, values };
	});
	const weeks = Math.max(1, ...series.map((s) => s.values.length));
	const max = Math.max(1, ...series.flatMap((s) => s.values));
	return { series, weeks, max };
}
