import { scaleBand, scaleLinear } from 'd3';
import type { HiddenWorkByRole } from '$lib/sim/metrics/hiddenWork';
import { ROLE_KIND_LABELS, type RoleKind } from '$lib/sim/types';

/** The three parts of hidden work, in the order they are stacked. */
export const HIDDEN_PARTS = [
	{ key: 'coordinationHours', label: 'Coordination', color: 'var(--info)' },
	{ key: 'reworkHours', label: 'Rework', color: 'var(--danger)' },
	{ key: 'decisionWaitHours', label: 'Waiting for decisions', color: 'var(--warn)' }
] as const;

export interface HiddenSegment {
	label: string;
	color: string;
	hours: number;
	x: number;
	width: number;
}

export interface HiddenRow {
	kind: RoleKind;
	label: string;
	total: number;
	y: number;
	height: number;
	segments: HiddenSegment[];
}

export interface HiddenBarsLayout {
	rows: HiddenRow[];
	ticks: number[];
	x: (hours: number) => number;
}

/**
 * A stacked bar per role kind: coordination, rework and waiting for decisions in hours a week.
 * D3 computes the scales; the component draws. Kinds with no hidden work are left out.
 */
/** Pixels between x-axis tick labels at least (a four-digit number is about 30 px). */
const MIN_TICK_SPACING = 60;

export function hiddenWorkBars(
	byRole: readonly HiddenWorkByRole[],
	width: number,
	height: number
): HiddenBarsLayout {
	const shown = byRole.filter((r) => HIDDEN_PARTS.some((p) => r[p.key] > 0));
	const totals = shown.map((r) => HIDDEN_PARTS.reduce((s, p) => s + r[p.key], 0));
	const x = scaleLinear()
		.domain([0, Math.max(1, ...totals)])
		.range([0, width])
		.nice();
	const y = scaleBand<RoleKind>()
		.domain(shown.map((r) => r.kind))
		.range([0, height])
		.padding(0.3);
	const rows = shown.map((r, i) => {
		let start = 0;
		const segments = HIDDEN_PARTS.map((p) => {
			const hours = r[p.key];
			const segment = {
				label: p.label,
				color: p.color,
				hours,
				x: x(start),
				width: x(start + hours) - x(start)
			};
			start += hours;
			return segment;
		}).filter((s) => s.hours > 0);
		return {
			kind: r.kind,
			label: ROLE_KIND_LABELS[r.kind],
			total: totals[i],
			y: y(r.kind) ?? 0,
			height: y.bandwidth(),
			segments
		};
	});
	// A tick label every 60 px at most, so numbers never meet on a phone.
	return {
		rows,
		ticks: x.ticks(Math.max(2, Math.min(5, Math.floor(width / MIN_TICK_SPACING)))),
		x
	};
}
