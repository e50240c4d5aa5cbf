/**
 * Scales and paths of the sweep charts (D3 computes, Svelte draws): a line sweep's lead-time
 * bands, busiest load and cost per decision against the swept value, and a grid's heatmap cells
 * with the healthy/overloaded boundary.
 */
import { area, line, max, scaleBand, scaleLinear, scaleSequential, interpolateViridis } from 'd3';
import { LOAD_CAP } from '$lib/sim/metrics/verdict';
import { DECISION_KINDS, type DecisionKind } from '$lib/sim/types';
import type { DrawnPoint, SweepValue, Vary } from '$lib/sweep';

export interface Slot {
	index: number;
	value: SweepValue;
	x: number;
	width: number;
}

/** The x slots of a line sweep: one per value, equally spaced (a :log sweep reads evenly too). */
export function sweepSlots(vary: Vary, width: number): Slot[] {
	const x = scaleBand<number>()
		.domain(vary.values.map((_, i) => i))
		.range([0, width])
		.paddingInner(0.1);
	return vary.values.map((value, index) => ({
		index,
		value,
		x: x(index)!,
		width: x.bandwidth()
	}));
}

const centre = (s: Slot) => s.x + s.width / 2;

/** A y scale from 0 to the largest value (at least `floor`), with round ticks. */
export function yScale(values: (number | null)[], height: number, floor = 1) {
	const top = Math.max(floor, max(values.filter((v): v is number => v !== null)) ?? floor);
	return scaleLinear().domain([0, top]).nice().range([height, 0]);
}

/**
 * Per kind, the band between p50 and p85 and the p85 line, over the points that have both (an
 * outlook, whose runs are still going, has neither).
 */
export function leadTimePaths(
	slots: Slot[],
	points: ReadonlyMap<number, DrawnPoint>,
	y: (v: number) => number
): Record<DecisionKind, { band: string; p85: string }> {
	const out = {} as Record<DecisionKind, { band: string; p85: string }>;
	for (const kind of DECISION_KINDS) {
		const lead = (s: Slot) => points.get(s.index)?.decisions?.[kind].leadTimeDays;
		const has = (s: Slot) => lead(s)?.p50 != null && lead(s)?.p85 != null;
		const bandPath = area<Slot>()
			.defined(has)
			.x(centre)
			.y0((s) => y(lead(s)!.p50!))
			.y1((s) => y(lead(s)!.p85!));
		const p85Path = line<Slot>()
			.defined(has)
			.x(centre)
			.y((s) => y(lead(s)!.p85!));
		out[kind] = { band: bandPath(slots) ?? '', p85: p85Path(slots) ?? '' };
	}
	return out;
}

/** A line through one figure of every point that has it. */
export function figurePath(
	slots: Slot[],
	points: ReadonlyMap<number, DrawnPoint>,
	figure: (p: DrawnPoint) => number | null,
	y: (v: number) => number
): string {
	const value = (s: Slot) => {
		const p = points.get(s.index);
		return p ? figure(p) : null;
	};
	return (
		line<Slot>()
			.defined((s) => value(s) !== null)
			.x(centre)
			.y((s) => y(value(s)!))(slots) ?? ''
	);
}

/**
 * The busiest role's load as a chart can scale it: none for a role with work and no productive
 * hours (LOAD_CAP, "infinitely" overloaded), which would squash every finite load to the floor.
 */
export function plottedLoad(p: DrawnPoint): number | null {
	const load = p.busiest?.load ?? null;
	return load === null || load >= LOAD_CAP ? null : load;
}

/**
 * The figures a heatmap can colour its cells by; `fromSettings`: an outlook (runs still going)
 * has it already; `missing`: what a point without the figure stands for.
 */
export const HEATMAP_METRICS = {
	load: {
		label: 'Busiest role’s load',
		fromSettings: true,
		missing: 'no productive hours',
		of: plottedLoad
	},
	roadmap: {
		label: 'Roadmap p85 (days)',
		fromSettings: false,
		missing: 'none finished',
		of: (p: DrawnPoint) => p.decisions?.roadmap.leadTimeDays.p85 ?? null
	},
	backlog: {
		label: 'Backlog p85 (days)',
		fromSettings: false,
		missing: 'none finished',
		of: (p: DrawnPoint) => p.decisions?.backlog.leadTimeDays.p85 ?? null
	},
	pricing: {
		label: 'Pricing p85 (days)',
		fromSettings: false,
		missing: 'none finished',
		of: (p: DrawnPoint) => p.decisions?.pricing.leadTimeDays.p85 ?? null
	},
	cost: {
		label: 'Cost per decision',
		fromSettings: false,
		missing: 'none delivered',
		of: (p: DrawnPoint) => p.costPerDecision
	}
} as const;
export type HeatmapMetric = keyof typeof HEATMAP_METRICS;

export interface Cell {
	index: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The cells of a grid: the first setting along x, the second up the y axis (first value low). */
export function heatmapCells(vary: readonly Vary[], width: number, height: number): Cell[] {
	const [across, up] = vary;
	const w = width / across.values.length;
	const h = height / up.values.length;
	return up.values.flatMap((_, r) =>
		across.values.map((_, c) => ({
			index: r * across.values.length + c,
			x: c * w,
			y: height - (r + 1) * h,
			width: w,
			height: h
		}))
	);
}

/** The colour scale of a metric over the points in: viridis (readable in greyscale). */
export function heatmapColor(points: ReadonlyMap<number, DrawnPoint>, metric: HeatmapMetric) {
	const values = [...points.values()]
		.map(HEATMAP_METRICS[metric].of)
		.filter((v): v is number => v !== null);
	const low = Math.min(...values, Infinity);
	const high = Math.max(...values, -Infinity);
	// One value so far (the first points in): a range around it, so the key brackets it.
	const spread = Math.abs(low) / 10 || 1;
	return scaleSequential(interpolateViridis).domain(
		values.length === 0 ? [0, 1] : low === high ? [low - spread, low + spread] : [low, high]
	);
}

/**
 * The healthy/overloaded boundary: every edge between two neighbouring cells of which exactly
 * one is overloaded, so the line separates the overloaded region wherever it lies.
 */
export function boundaryPath(
	vary: readonly Vary[],
	points: ReadonlyMap<number, DrawnPoint>,
	width: number,
	height: number
): string {
	const columns = vary[0].values.length;
	const rows = vary[1].values.length;
	const w = width / columns;
	const h = height / rows;
	const over = (c: number, r: number) => points.get(r * columns + c)?.verdict === 'overloaded';
	const known = (c: number, r: number) => points.has(r * columns + c);
	const parts: string[] = [];
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < columns; c++) {
			if (!known(c, r)) continue;
			const top = height - (r + 1) * h;
			if (c + 1 < columns && known(c + 1, r) && over(c, r) !== over(c + 1, r)) {
				parts.push(`M${(c + 1) * w},${top}V${top + h}`);
			}
			if (r + 1 < rows && known(c, r + 1) && over(c, r) !== over(c, r + 1)) {
				parts.push(`M${c * w},${top}H${(c + 1) * w}`);
			}
		}
	}
	return parts.join('');
}
