/**
 * The comparison charts' numbers as tables (their text alternative): a header row and one row of
 * cells per chart row, in the same words the charts use.
 */
import { formatValue } from '$lib/charts/format';
import type { RangeChartData, RangeValue } from './compareCharts';

export interface ChartTable {
	columns: string[];
	rows: string[][];
}

const days = (v: number) => formatValue('days', v);
const pct = (v: number) => formatValue('share', v);

/** The median of a lead time, or what is known when there is none ("none finished; 4 open"). */
export function leadTimeCell(v: RangeValue): string {
	if (v.value === null) return [v.missing ?? '–', v.missingNote].filter(Boolean).join('; ');
	return `${v.atLeast ? 'at least ' : ''}${days(v.value)}`;
}

/** The 5–95% range of the runs; "or more" when its top is a run without the figure. */
export function rangeCell(v: RangeValue): string {
	if (v.low === null) return '–';
	if (v.openHigh || v.high === null) return `${days(v.low)} or more`;
	return `${days(v.low)}–${days(v.high)}`;
}

/** Lead time by kind: each side's median and 5–95% range; one side's columns carry no letter. */
export function leadTimeTable(data: RangeChartData): ChartTable {
	const sides = data.rows[0]?.values.map((v) => v.side) ?? [];
	const two = sides.length === 2;
	return {
		columns: [
			'Kind',
			...sides.flatMap((s) =>
				two ? [`${s.label} median`, `${s.label} 5–95%`] : ['Median', '5–95%']
			)
		],
		rows: data.rows.map((r) => [
			r.label,
			...r.values.flatMap((v) => [leadTimeCell(v), rangeCell(v)])
		])
	};
}

/** Load by role kind: each side's mean load, "–" where the side has none of those roles. */
export function loadTable(data: RangeChartData): ChartTable {
	const sides = data.rows[0]?.values.map((v) => v.side) ?? [];
	const two = sides.length === 2;
	return {
		columns: ['Role', ...sides.map((s) => (two ? s.label : 'Utilisation'))],
		rows: data.rows.map((r) => [
			r.label,
			...r.values.map((v) => (v.value === null ? '–' : pct(v.value)))
		])
	};
}
