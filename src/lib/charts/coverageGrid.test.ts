import { describe, expect, it } from 'vitest';
import { SIMULATED_RESPONSIBILITIES } from '$lib/sim';
import { RESPONSIBILITIES } from '$lib/sim/types';
import { coverageGrid } from './coverageGrid';
import { fixtureCoverage } from './testing/fixture';

describe('coverageGrid(cells)', () => {
	it('has every responsibility as a row and only the role kinds present as columns', () => {
		const grid = coverageGrid(fixtureCoverage());
		expect(grid.rows.map((r) => r.responsibility)).toEqual([...RESPONSIBILITIES]);
		expect(grid.columns).toEqual(['pm', 'po', 'team', 'leadership']);
	});

	it('names the worst state of each row', () => {
		const grid = coverageGrid([
			{ responsibility: 'pricing', role: 'po', coverage: 'none' },
			{ responsibility: 'pricing', role: 'leadership', coverage: 'uncovered' },
			{ responsibility: 'roadmap', role: 'po', coverage: 'duplicated' },
			{ responsibility: 'roadmap', role: 'leadership', coverage: 'covered' }
		]);
		const worst = Object.fromEntries(grid.rows.map((r) => [r.responsibility, r.worst]));
		expect(worst.pricing).toBe('uncovered');
		expect(worst.roadmap).toBe('duplicated');
		expect(worst.acceptance).toBe('none');
	});

	it('marks the rows whose work the engine does not simulate', () => {
		const grid = coverageGrid(fixtureCoverage(), ['roadmap', 'pricing']);
		const simulated = grid.rows.filter((r) => r.simulated).map((r) => r.responsibility);
		expect(simulated).toEqual(['roadmap', 'pricing']);
		expect(coverageGrid(fixtureCoverage()).rows.every((r) => r.simulated)).toBe(true);
	});

	it('marks vision and strategy, stakeholder alignment and sprint planning as not simulated', () => {
		const grid = coverageGrid(fixtureCoverage(), SIMULATED_RESPONSIBILITIES);
		expect(grid.rows.filter((r) => !r.simulated).map((r) => r.responsibility)).toEqual([
			'vision-strategy',
			'stakeholder-alignment',
			'sprint-planning'
		]);
	});

	it('fills missing cells with none', () => {
		const grid = coverageGrid([{ responsibility: 'pricing', role: 'pm', coverage: 'covered' }]);
		expect(grid.rows[0].cells).toEqual([{ role: 'pm', coverage: 'none' }]);
	});
});
