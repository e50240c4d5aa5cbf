/**
 * A compare sweep: a number setting along x and a choice (`model:combined,separate`) as lines;
 * each line's breaking point is found on its own and named in one sentence, the same for the
 * page (settledBreakingPoint, as points stream in) and `npm run sweep --json` (SweepJsonWriter).
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioParams } from '../scenario/index';
import { SweepBreakingPointFinder } from './lineBreakingPoints';
import { lineLabel } from './lineLabel';
import { settledBreakingPoint } from './settledBreakingPoint';
import { SweepJsonWriter, type SweepJson } from './sweepOutput';
import { pointCount, pointScenario, pointValues, runOrder } from './sweepPoints';
import { runSweepPoint, type SweepPoint } from './sweepPoint';
import { parseVaries, parseVary, VaryError, type SweepValues } from './varySpec';

function point(values: SweepValues, overloaded = false): SweepPoint {
	const fast = { leadTimeDays: { p50: 5, p85: 10 }, throughputPerWeek: 1 };
	return {
		values,
		verdict: overloaded ? 'overloaded' : 'healthy',
		decisions: { roadmap: fast, backlog: fast, pricing: fast },
		busiest: { role: overloaded ? 'PM/PO 1' : 'Team 1', load: overloaded ? 1.2 : 0.7 },
		costPerDecision: 4000
	};
}

describe('parseVary(spec) of a choice setting', () => {
	it('reads model:combined,separate as two lines', () => {
		expect(parseVary('model:combined,separate')).toEqual({
			key: 'model',
			values: ['combined', 'separate']
		});
		expect(parseVary('planning=sprint,flow').values).toEqual(['sprint', 'flow']);
	});

	it.each([
		{
			input: 'model:combined,matrix',
			message:
				'model is one of combined, separate, pm-only, po-only; the sweep asks for "matrix" (e.g. model=combined,separate)'
		},
		{
			input: 'model:combined',
			message: 'comparing model needs two options or more, e.g. model=combined,separate'
		},
		{ input: 'model:separate,separate', message: 'model lists separate twice' }
	])('refuses $input', ({ input, message }) => {
		expect(() => parseVary(input)).toThrow(new VaryError(message));
	});

	it('needs a number setting first, and the choice second', () => {
		expect(() => parseVaries(['model:combined,separate'])).toThrow(
			/^model is a choice, drawn as one line per option along a number setting/
		);
		expect(() => parseVaries(['model:combined,separate', 'teams:2..8'])).toThrow(
			'model is drawn as lines along the other setting, so it comes second: teams first, then model'
		);
		const vary = parseVaries(['teams:2..8:3', 'model:combined,separate']);
		expect(pointCount(vary)).toBe(6);
		expect(pointValues(vary, 4)).toEqual({ teams: 5, model: 'separate' });
	});

	it('runs the lines side by side in the page, every point once', () => {
		const vary = parseVaries(['teams:2..8:3', 'model:combined,separate']);
		expect(runOrder(vary)).toEqual([0, 3, 1, 4, 2, 5]);
		expect(runOrder(parseVaries(['teams:2..4', 'teamSize:5..6']))).toEqual([0, 1, 2, 3, 4, 5]);
	});
});

describe('lineLabel(key, option)', () => {
	it.each([
		{ key: 'model', option: 'combined', expected: 'Combined PM/PO' },
		{ key: 'model', option: 'separate', expected: 'Separate PM and PO' },
		{ key: 'planning', option: 'flow', expected: 'Continuous flow (Kanban)' },
		{ key: 'switchRule', option: 'weinberg', expected: 'Rule of thumb' }
	])('$key $option → $expected', ({ key, option, expected }) => {
		expect(lineLabel(key, option)).toBe(expected);
	});
});

describe('the breaking point of a compare sweep', () => {
	const vary = parseVaries(['teams:2..5', 'model:combined,separate']);
	// Combined breaks at 4 teams, separate never.
	const points = Array.from({ length: pointCount(vary) }, (_, i) => {
		const values = pointValues(vary, i);
		return point(values, values.model === 'combined' && (values.teams as number) >= 4);
	});

	it('names each line: where it breaks, or that it does not', () => {
		const finder = new SweepBreakingPointFinder(vary, 'separate');
		for (const p of points) finder.add(p);
		expect(finder.result).toEqual({
			key: 'teams',
			value: 4,
			message:
				'Combined PM/PO: beyond 3 teams, PM/PO 1 is overloaded (120% load). Separate PM and PO: no breaking point in this range.',
			lines: [
				{
					option: 'combined',
					label: 'Combined PM/PO',
					breakingPoint: {
						key: 'teams',
						value: 4,
						message: 'Beyond 3 teams, PM/PO 1 is overloaded (120% load).'
					}
				},
				{ option: 'separate', label: 'Separate PM and PO', breakingPoint: null }
			]
		});
	});

	it('on the page: settled only when every line is, with each line’s breaking index', () => {
		const some = new Map(points.slice(0, 6).map((p, i) => [i, p]));
		const early = settledBreakingPoint(vary, some, false, 'separate');
		expect(early).toEqual({ found: null, settled: false, indexes: [2, null] });
		const all = new Map(points.map((p, i) => [i, p]));
		const late = settledBreakingPoint(vary, all, false, 'separate');
		expect(late.settled).toBe(true);
		expect(late.indexes).toEqual([2, null]);
		const finder = new SweepBreakingPointFinder(vary, 'separate');
		for (const p of points) finder.add(p);
		expect(late.found).toEqual(finder.result);
	});

	it('a one-line sweep keeps its breaking point and index as before', () => {
		const line = parseVaries(['teams:2..5']);
		const pts = new Map([2, 3, 4, 5].map((teams, i) => [i, point({ teams }, teams >= 4)] as const));
		const result = settledBreakingPoint(line, pts, true, 'separate');
		expect(result.indexes).toEqual([2]);
		expect(result.found?.message).toBe('Beyond 3 teams, PM/PO 1 is overloaded (120% load).');
	});

	it('a line is settled only with all its points: it may still recover after breaking', () => {
		const line = parseVaries(['teams:2..5']);
		// Overloaded at 3 teams, within limits again at 5.
		const pts = [2, 3, 4, 5].map((teams) => point({ teams }, teams === 3 || teams === 4));
		const early = settledBreakingPoint(line, new Map(pts.slice(0, 3).entries()), false, 'separate');
		expect(early).toEqual({ found: null, settled: false, indexes: [1] });
		const late = settledBreakingPoint(line, new Map(pts.entries()), false, 'separate');
		expect(late.settled).toBe(true);
		expect(late.found?.message).toBe(
			'Beyond 2 teams, PM/PO 1 is overloaded (120% load); recovers at 5 teams.'
		);
		const compare = parseVaries(['teams:2..5', 'model:combined,separate']);
		const both = [...pts, ...[2, 3, 4, 5].map((teams) => point({ teams, model: 'separate' }))];
		const partial = new Map(both.slice(0, 7).entries());
		expect(settledBreakingPoint(compare, partial, false, 'separate').settled).toBe(false);
		expect(
			settledBreakingPoint(compare, new Map(both.entries()), false, 'separate').found?.message
		).toBe(
			'Combined PM/PO: beyond 2 teams, PM/PO 1 is overloaded (120% load); recovers at 5 teams. Separate PM and PO: no breaking point in this range.'
		);
	});

	it('names teams per PO after the role each line has: PM/PO when combined, PO when separate', () => {
		const perPo = parseVaries(['teamsPerPo:1..3', 'model:combined,separate']);
		const finder = new SweepBreakingPointFinder(perPo, 'separate');
		for (let i = 0; i < pointCount(perPo); i++) {
			const values = pointValues(perPo, i);
			finder.add(point(values, (values.teamsPerPo as number) >= 2));
		}
		expect(finder.result?.message).toBe(
			'Combined PM/PO: beyond 1 team per PM/PO, PM/PO 1 is overloaded (120% load). Separate PM and PO: beyond 1 team per PO, PM/PO 1 is overloaded (120% load).'
		);
		// One line in the combined scenario (the startup grows to six teams).
		const startup = new SweepBreakingPointFinder(parseVaries(['teamsPerPo:1..3']), 'combined');
		[1, 2, 3].forEach((n) => startup.add(point({ teamsPerPo: n }, n >= 2)));
		expect(startup.result?.message).toBe(
			'Beyond 1 team per PM/PO, PM/PO 1 is overloaded (120% load).'
		);
	});

	it('runs the real model per point, and --json carries both lines', () => {
		const scenario = parseScenarioParams('preset=scale-up&weeks=13').scenario;
		const real = parseVaries(['teams:2..3', 'model:combined,separate']);
		let text = '';
		const writer = new SweepJsonWriter({ scenario, vary: real, runs: 2 }, (t) => (text += t));
		for (let i = 0; i < pointCount(real); i++) {
			const values = pointValues(real, i);
			const p = runSweepPoint(scenario, values, 2);
			expect(pointScenario(scenario, values, 2).model).toBe(values.model);
			writer.add(p);
		}
		writer.finish(0);
		const json = JSON.parse(text) as SweepJson;
		expect(json.vary).toEqual([
			{ key: 'teams', values: [2, 3] },
			{ key: 'model', values: ['combined', 'separate'] }
		]);
		expect(json.points.map((p) => p.values)).toEqual([
			{ teams: 2, model: 'combined' },
			{ teams: 3, model: 'combined' },
			{ teams: 2, model: 'separate' },
			{ teams: 3, model: 'separate' }
		]);
		// The busiest role shows which model ran: a combined PM/PO, or someone in the separate model.
		expect(json.points[0].busiest?.role).toMatch(/^PM\/PO/);
		expect(json.points[2].busiest?.role).not.toMatch(/^PM\/PO/);
	});
});
