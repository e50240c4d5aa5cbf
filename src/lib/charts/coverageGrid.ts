/**
 * The coverage matrix as rows (responsibilities, in PRODUCT.md order) and columns (role kinds
 * that appear in the result), with each row's worst state so the gaps can be named, and whether
 * the engine simulates the row's work: a responsibility with no work step in the flows (vision
 * and strategy, say) shows who holds it but is never reported as a gap. Pure.
 */
import {
	RESPONSIBILITIES,
	ROLE_KINDS,
	type Coverage,
	type CoverageCell,
	type Responsibility,
	type RoleKind
} from '$lib/sim/types';

export type CellCoverage = Coverage | 'none';

export interface CoverageRow {
	responsibility: Responsibility;
	label: string;
	cells: { role: RoleKind; coverage: CellCoverage }[];
	/** The most serious state in the row: uncovered > starved > duplicated > covered > none. */
	worst: CellCoverage;
	/** The flows give this responsibility work that costs its holder hours; only then a gap. */
	simulated: boolean;
}

export interface CoverageGrid {
	columns: RoleKind[];
	rows: CoverageRow[];
}

export const RESPONSIBILITY_LABELS: Record<Responsibility, string> = {
	'vision-strategy': 'Vision and strategy',
	roadmap: 'Roadmap',
	'market-research': 'Market research',
	pricing: 'Pricing',
	'go-to-market': 'Go-to-market',
	'stakeholder-alignment': 'Stakeholder alignment',
	'backlog-refinement': 'Backlog refinement',
	'backlog-ordering': 'Backlog ordering',
	'sprint-planning': 'Sprint planning',
	'clarifying-questions': 'Clarifying questions',
	acceptance: 'Accepting work'
};

const SEVERITY: Record<CellCoverage, number> = {
	none: 0,
	covered: 1,
	duplicated: 2,
	starved: 3,
	uncovered: 4
};

/**
 * `simulated`: the responsibilities the engine gives work to (SIMULATED_RESPONSIBILITIES from
 * $lib/sim, passed in so this helper stays free of the engine); by default all of them.
 */
export function coverageGrid(
	cells: readonly CoverageCell[],
	simulated: readonly Responsibility[] = RESPONSIBILITIES
): CoverageGrid {
	const present = new Set(cells.map((c) => c.role));
	const columns = ROLE_KINDS.filter((k) => present.has(k));
	const lookup = new Map(cells.map((c) => [`${c.responsibility}|${c.role}`, c.coverage]));
	const rows = RESPONSIBILITIES.map((responsibility) => {
		const rowCells = columns.map((role) => ({
			role,
			coverage: lookup.get(`${responsibility}|${role}`) ?? ('none' as const)
		}));
		const worst = rowCells.reduce<CellCoverage>(
			(w, c) => (SEVERITY[c.coverage] > SEVERITY[w] ? c.coverage : w),
			'none'
		);
		return {
			responsibility,
			label: RESPONSIBILITY_LABELS[responsibility],
			cells: rowCells,
			worst,
			simulated: simulated.includes(responsibility)
		};
	});
	return { columns, rows };
}
