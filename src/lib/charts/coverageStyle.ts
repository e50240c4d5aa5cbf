/** How each coverage state is drawn: a colour and a symbol, so it never rests on colour alone. */
import type { CellCoverage } from './coverageGrid';

export const COVERAGE_STYLE: Record<
	Exclude<CellCoverage, 'none'>,
	{ color: string; symbol: string; label: string; tint: string }
> = {
	covered: { color: 'var(--ok)', symbol: '✓', label: 'Covered', tint: 'transparent' },
	starved: {
		color: 'var(--warn)',
		symbol: '!',
		label: 'Starved: held, but without the hours or crowded out',
		tint: 'rgb(230 159 0 / 0.14)'
	},
	duplicated: {
		color: 'var(--info)',
		symbol: '2',
		label: 'Duplicated: two roles both do it',
		tint: 'rgb(0 114 178 / 0.1)'
	},
	uncovered: {
		color: 'var(--danger)',
		symbol: '✕',
		label: 'Uncovered: nobody holds it',
		tint: 'rgb(213 94 0 / 0.14)'
	}
};
