import { describe, expect, it } from 'vitest';
import { presetScenario, roleCounts } from '$lib/scenario';
import type { Gap } from '$lib/sim/types';
import { evaluateScenario } from '$lib/whatif/evaluate';
import type { RunScenario } from '$lib/whatif/rankChanges';
import { fakeResult } from '$lib/whatif/testing/fakeResult';
import {
	clearDifference,
	comparisonRows,
	diffText,
	gapChanges,
	kindRows,
	overallRow,
	peopleRows,
	verdict
} from './comparison';

// Backlog lead time and work in progress fall as POs are added; throughput rises.
const run: RunScenario = (scenario, seed) => {
	const pos = roleCounts(scenario).productOwners || 1;
	return fakeResult(
		10,
		{
			backlog: { created: 100, completed: 60 + pos * 4, wipMean: 40 / pos, leadTimeMean: 32 / pos },
			pricing: { created: 2, completed: 0, wipMean: 2 }
		},
		seed
	);
};

const a = evaluateScenario({ ...presetScenario('scale-up'), teamsPerPo: 2, runs: 1 }, run); // 4 POs
const b = evaluateScenario({ ...presetScenario('scale-up'), runs: 1 }, run); // 8 POs

describe('comparison of two evaluations', () => {
	it('kindRows gives the CLI figures of both sides with the verdict', () => {
		const rows = kindRows(a, b, 'backlog');
		expect(rows.map((r) => [r.key, r.a, r.b, r.verdict])).toEqual([
			['decisions.backlog.leadTimeDays.mean', 8, 4, 'better'],
			['decisions.backlog.leadTimeDays.p85', 12, 6, 'better'],
			['decisions.backlog.throughputPerWeek', 7.6, 9.2, 'better'],
			['decisions.backlog.inProgress', 24, 8, 'better'],
			['whatif.backlog', 5, 2.5, 'better']
		]);
		expect(rows[0].diff).toBe(-4);
	});

	it('says what is open where nothing finished, and still counts open decisions', () => {
		const rows = kindRows(a, b, 'pricing');
		// Both sides finished none: no number, no difference, nothing to choose between them.
		expect(rows[0]).toMatchObject({ a: null, b: null, diff: null, verdict: 'same' });
		expect(rows[0].shownA).toEqual({ text: 'none finished', note: '2 open, oldest 10.0 days' });
		expect(rows[1].shownB.text).toBe('none finished');
		expect(rows.at(-1)).toMatchObject({ key: 'whatif.pricing', a: 50, b: 50, verdict: 'same' });
	});

	it('calls the side whose lead time does not exist the worse, as the engine’s bands count it', () => {
		// Roadmap decisions finish under separate roles and stall where nobody holds PM work.
		const stalls: RunScenario = (scenario, seed) =>
			fakeResult(
				10,
				{
					roadmap:
						scenario.model === 'po-only'
							? { created: 6, completed: 0, wipMean: 3, oldestOpenDays: 48 }
							: { created: 6, completed: 6, wipMean: 1, leadTimeMean: 9 }
				},
				seed
			);
		const today = evaluateScenario({ ...presetScenario('scale-up'), runs: 3 }, stalls);
		const poOnly = evaluateScenario({ ...presetScenario('po-only'), runs: 3 }, stalls);
		const [mean] = kindRows(today, poOnly, 'roadmap');
		expect(mean).toMatchObject({ a: 9, b: null, diff: null, verdict: 'worse' });
		expect(mean.shownA).toEqual({ text: '9.0', note: '' });
		expect(mean.shownB).toEqual({ text: 'none finished', note: '6 open, oldest 48.0 days' });
		expect(kindRows(poOnly, today, 'roadmap')[0].verdict).toBe('better');
	});

	it('reads a mean with the slowest still open as a lower bound, and so its difference', () => {
		const tail: RunScenario = (scenario, seed) =>
			fakeResult(
				10,
				{
					roadmap:
						scenario.teams > 8
							? { created: 8, completed: 3, wipMean: 4, leadTimeMean: 30, openTail: true }
							: { created: 8, completed: 8, wipMean: 1, leadTimeMean: 12 }
				},
				seed
			);
		const small = evaluateScenario({ ...presetScenario('scale-up'), runs: 1 }, tail);
		const large = evaluateScenario({ ...presetScenario('scale-up'), teams: 12, runs: 1 }, tail);
		const [mean, p85] = kindRows(small, large, 'roadmap');
		expect(mean).toMatchObject({ diff: 18, diffQualifier: 'or more', verdict: 'worse' });
		expect(mean.shownB).toEqual({ text: 'at least 30.0', note: '5 still open' });
		expect(p85.shownB).toEqual({ text: 'more than 60.0', note: '5 still open' });
		expect(p85.verdict).toBe('worse');
		// The other way round the bound says B is shorter, but not by how much A would be.
		expect(kindRows(large, small, 'roadmap')[0]).toMatchObject({
			diff: -18,
			diffQualifier: 'or less',
			verdict: 'better'
		});
		// Two lower bounds: neither the difference nor the better one is known.
		expect(kindRows(large, large, 'roadmap')[0]).toMatchObject({ diff: null, verdict: null });
	});

	it('overallRow averages the kinds that occur', () => {
		// Backlog 20/POs days (5 and 2.5) and pricing 50 days on both sides.
		expect(overallRow(a, b)).toMatchObject({ a: 27.5, b: 26.25, diff: -1.25, verdict: 'better' });
	});

	it('peopleRows lists the roles either side has, and everyone', () => {
		expect(peopleRows(a, b)).toEqual([
			{ label: 'Product Managers', a: 3, b: 3, diff: 0 },
			{ label: 'Product Owners', a: 4, b: 8, diff: 4 },
			{ label: 'Developers', a: 48, b: 48, diff: 0 },
			{ label: 'Everyone', a: 55, b: 59, diff: 4 }
		]);
	});
});

describe('gapChanges(a, b)', () => {
	const gap = (responsibility: Gap['responsibility'], kind: Gap['kind']): Gap => ({
		responsibility,
		kind,
		figures: {},
		message: `${responsibility} ${kind}`
	});
	it('sorts gaps into opened, closed and kept by responsibility and kind', () => {
		const result = gapChanges(
			[gap('pricing', 'uncovered'), gap('roadmap', 'starved')],
			[
				gap('pricing', 'uncovered'),
				gap('roadmap', 'uncovered'),
				gap('backlog-refinement', 'duplicated')
			]
		);
		expect(result.opened.map((g) => g.message)).toEqual([
			'roadmap uncovered',
			'backlog-refinement duplicated'
		]);
		expect(result.closed.map((g) => g.message)).toEqual(['roadmap starved']);
		expect(result.kept.map((g) => g.message)).toEqual(['pricing uncovered']);
	});
});

describe('clearDifference(aRuns, bRuns, paired)', () => {
	it.each([
		{
			name: 'paired, always a day shorter',
			a: [10, 12, 9, 11],
			b: [9, 11, 8, 10],
			paired: true,
			expected: true
		},
		// The same numbers unpaired: the spread between runs swamps the one-day shift.
		{
			name: 'unpaired, the same numbers',
			a: [10, 12, 9, 11],
			b: [9, 11, 8, 10],
			paired: false,
			expected: false
		},
		{
			name: 'paired, up and down',
			a: [10, 10, 10, 10],
			b: [12, 8, 11, 9],
			paired: true,
			expected: false
		},
		{
			name: 'paired, runs without a value skipped',
			a: [10, null, 10],
			b: [8, 8, null],
			paired: true,
			expected: null
		},
		{ name: 'paired, identical', a: [3, 4], b: [3, 4], paired: true, expected: false }
	])('$name → $expected', ({ a, b, paired, expected }) => {
		expect(clearDifference(a, b, paired)).toBe(expected);
	});

	it('makes a printed but unclear difference "same"', () => {
		expect(verdict('days', 'lower', 10.8, 11, false)).toBe('same');
		expect(verdict('days', 'lower', 10.8, 11, true)).toBe('worse');
		expect(verdict('days', 'lower', 10.8, 11, null)).toBe('worse');
	});
});

describe('verdict and diffText', () => {
	it.each([
		{ unit: 'days', better: 'lower', a: 5, b: 4, expected: 'better' },
		{ unit: 'days', better: 'lower', a: 5, b: 5.04, expected: 'same' },
		{ unit: 'rate', better: 'higher', a: 1, b: 0.5, expected: 'worse' },
		{ unit: 'days', better: 'lower', a: null, b: 4, expected: null }
	] as const)(
		'verdict($unit, $better, $a, $b) is $expected',
		({ unit, better, a, b, expected }) => {
			expect(verdict(unit, better, a, b)).toBe(expected);
		}
	);
	it.each([
		{ unit: 'days', diff: -1.24, expected: '−1.2' },
		{ unit: 'rate', diff: 0.351, expected: '+0.35' },
		{ unit: 'count', diff: 0.2, expected: '±0' },
		{ unit: 'share', diff: 0.12, expected: '+12%' },
		{ unit: 'days', diff: null, expected: '–' }
	] as const)('diffText($unit, $diff) is $expected', ({ unit, diff, expected }) => {
		expect(diffText(unit, diff)).toBe(expected);
	});
});

describe('comparisonRows(a, b)', () => {
	it('lists every headline figure with both values and the difference', () => {
		const rows = comparisonRows(a, b);
		expect(rows[0]).toEqual(['key', 'figure', 'a', 'b', 'bMinusA', 'verdict', 'aShown', 'bShown']);
		expect(rows[1]).toEqual([
			'whatif.all',
			'Mean time to decide, all kinds (days)',
			27.5,
			26.25,
			-1.25,
			'better',
			'27.5',
			'26.3'
		]);
		expect(rows.find((r) => r[0] === 'decisions.backlog.leadTimeDays.mean')).toEqual([
			'decisions.backlog.leadTimeDays.mean',
			'Lead time, mean (days)',
			8,
			4,
			-4,
			'better',
			'8.0',
			'4.0'
		]);
		expect(rows.find((r) => r[0] === 'decisions.pricing.leadTimeDays.p85')).toEqual([
			'decisions.pricing.leadTimeDays.p85',
			'85% done within (days)',
			null,
			null,
			null,
			'same',
			'none finished; 2 open, oldest 10.0 days',
			'none finished; 2 open, oldest 10.0 days'
		]);
		expect(rows.at(-1)).toEqual(['people.Everyone', 'Everyone', 55, 59, 4, null, '55', '59']);
	});
});
