/**
 * A point's outlook (what its settings decide before any run) is what its runs report: the same
 * verdict and the same busiest role at the same load, for every point of the presets' own sweeps
 * and across the verdict's three states. The page draws the outlook at once and replaces it.
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioParams } from '$lib/scenario';
import { parseVaries, pointCount, pointOutlook, pointValues, runSweepPoint } from './index';

const RUNS = 2;

const cases = [
	{ link: '', vary: ['teamsPerPm=1..10:3'] },
	{ link: 'preset=combined', vary: ['teams=2..40:log'] },
	{ link: 'preset=po-only', vary: ['leadershipHours=0..200:40'] },
	{ link: 'preset=startup', vary: ['teamsPerPm=1..4', 'teamSize=3..9:3'] }
];

describe('pointOutlook', () => {
	for (const { link, vary: specs } of cases) {
		it(`gives each point's verdict and busiest role before its runs (${link || 'default'}, ${specs.join(' ')})`, () => {
			const scenario = parseScenarioParams(new URLSearchParams(link)).scenario;
			const vary = parseVaries(specs);
			const verdicts = new Set<string>();
			for (let index = 0; index < pointCount(vary); index++) {
				const values = pointValues(vary, index);
				const outlook = pointOutlook(scenario, values, RUNS);
				const point = runSweepPoint(scenario, values, RUNS);
				expect(outlook).toEqual({
					values,
					verdict: point.verdict,
					busiest: point.busiest,
					decisions: null,
					costPerDecision: null
				});
				verdicts.add(outlook.verdict);
			}
			// Each sweep crosses at least one verdict line, so equality is not of a constant.
			expect(verdicts.size).toBeGreaterThan(1);
		});
	}
});
