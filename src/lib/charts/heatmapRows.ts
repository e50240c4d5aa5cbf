/**
 * Rows and columns of the role-load heatmap. A screen reads about 40 rows; beyond that the
 * heatmap shows the most loaded people on their own and the mean of each function (roles
 * numbered alike, roleFunctions.ts), so overload stays visible instead of being averaged away.
 * Long horizons are binned to at most `maxColumns` columns (means of consecutive weeks). Pure.
 */
import { groupByFunction } from '$lib/sim/roleFunctions';
import { ROLE_KINDS, type RoleKind, type RoleStats } from '$lib/sim/types';
import { shortLabel } from './shortLabel';

export interface HeatmapRow {
	id: string;
	/** The full label, for tooltips and tables. */
	label: string;
	/** What fits at the row's start. */
	shortLabel: string;
	kind: RoleKind;
	/** A "mean of all …" row rather than one role. */
	isGroup: boolean;
	members: number;
	/** Whole-run utilisation (mean over members for a group). */
	utilisation: number;
	load: number;
	/** Utilisation per column (per week, or per bin of weeks). */
	values: number[];
}

const SHORT_PLURAL: Record<RoleKind, string> = {
	pm: 'PMs',
	po: 'POs',
	pmpo: 'PM/POs',
	team: 'teams',
	leadership: 'leaders',
	stakeholders: 'stakeholders'
};

export interface HeatmapColumn {
	/** 0-based first and last week covered. */
	from: number;
	to: number;
	label: string;
}

export interface HeatmapData {
	rows: HeatmapRow[];
	columns: HeatmapColumn[];
	/** True when rows were folded into top-N plus per-function means. */
	folded: boolean;
}

export interface HeatmapOptions {
	maxRows?: number;
	/** When folding, how many of the most loaded roles keep their own row. */
	top?: number;
	maxColumns?: number;
}

/** Groups consecutive weeks so that at most `maxColumns` columns remain. */
export function weekColumns(weeks: number, maxColumns: number): HeatmapColumn[] {
	const size = Math.max(1, Math.ceil(weeks / Math.max(1, maxColumns)));
	const columns: HeatmapColumn[] = [];
	for (let from = 0; from < weeks; from += size) {
		const to = Math.min(weeks - 1, from + size - 1);
		columns.push({
			from,
			to,
			label: from === to ? `Week ${from + 1}` : `Weeks ${from + 1}–${to + 1}`
		});
	}
	return columns;
}

function binned(series: readonly number[], columns: readonly HeatmapColumn[]): number[] {
	return columns.map(({ from, to }) => {
		let sum = 0;
		let n = 0;
		for (let w = from; w <= to; w++) {
			if (w < series.length) {
				sum += series[w];
				n++;
			}
		}
		return n ? sum / n : 0;
	});
}

function meanSeries(roles: readonly RoleStats[], weeks: number): number[] {
	const out = new Array<number>(weeks).fill(0);
	for (const r of roles) for (let w = 0; w < weeks; w++) out[w] += r.utilisationByWeek[w] ?? 0;
	return out.map((v) => v / roles.length);
}

export function heatmapRows(
	roles: readonly RoleStats[],
	weeks: number,
	options: HeatmapOptions = {}
): HeatmapData {
	const { maxRows = 40, top = 12, maxColumns = 52 } = options;
	const columns = weekColumns(weeks, maxColumns);
	const kindOrder = (r: RoleStats) => ROLE_KINDS.indexOf(r.kind);
	const ordered = [...roles].sort((a, b) => kindOrder(a) - kindOrder(b));
	const row = (r: RoleStats): HeatmapRow => ({
		id: r.id,
		label: r.label,
		shortLabel: shortLabel(r.label),
		kind: r.kind,
		isGroup: false,
		members: 1,
		utilisation: r.utilisation,
		load: r.load,
		values: binned(r.utilisationByWeek, columns)
	});
	if (roles.length <= maxRows) return { rows: ordered.map(row), columns, folded: false };

	const busiest = [...roles]
		.sort((a, b) => b.utilisation - a.utilisation || b.load - a.load || kindOrder(a) - kindOrder(b))
		.slice(0, top)
		.sort((a, b) => kindOrder(a) - kindOrder(b) || b.utilisation - a.utilisation);
	const rows = busiest.map(row);
	// A mean over one function only: leadership's two roles are two jobs, not one population.
	for (const { id, kind, label, roles: members } of groupByFunction(ordered)) {
		if (members.length < 2) continue;
		rows.push({
			id: `all-${id}`,
			label: `All ${members.length} ${label} (mean)`,
			shortLabel: `All ${members.length} ${SHORT_PLURAL[kind]} (mean)`,
			kind,
			isGroup: true,
			members: members.length,
			utilisation: members.reduce((s, r) => s + r.utilisation, 0) / members.length,
			load: members.reduce((s, r) => s + r.load, 0) / members.length,
			values: binned(meanSeries(members, weeks), columns)
		});
	}
	return { rows, columns, folded: true };
}
