import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SCENARIO, PRESET_IDS, presetScenario, type Scenario } from '$lib/scenario';
import { compareQuery, isCompareQuery, parseCompareParams } from './compareParams';

const today: Scenario = { ...presetScenario('scale-up'), name: 'Today' };
const proposed: Scenario = { ...presetScenario('scale-up'), name: 'Proposed', teamsPerPm: 2 };

describe('compareQuery(a, b)', () => {
	it('writes v once and each side with its prefix, only what differs from the preset', () => {
		expect(compareQuery(today, proposed)).toBe(
			'v=2&a.preset=scale-up&a.name=Today&b.preset=scale-up&b.name=Proposed&b.teamsPerPm=2'
		);
	});
});

describe('parseCompareParams(query)', () => {
	it('round-trips two scenarios with no issues', () => {
		expect(parseCompareParams(compareQuery(today, proposed))).toEqual({
			a: today,
			b: proposed,
			issues: []
		});
	});

	it.each(PRESET_IDS)('round-trips preset %s against po-only', (id) => {
		const a = presetScenario(id);
		const b = { ...presetScenario('po-only'), seed: 9 };
		expect(parseCompareParams(compareQuery(a, b))).toEqual({ a, b, issues: [] });
	});

	it('opens an empty link as the default scenario on both sides', () => {
		expect(parseCompareParams('')).toEqual({
			a: DEFAULT_SCENARIO,
			b: DEFAULT_SCENARIO,
			issues: []
		});
	});

	it('labels each side’s bad parts with the single-scenario message', () => {
		const parsed = parseCompareParams('v=2&a.teams=-3&b.model=banana&b.tems=4');
		expect(parsed.a.teams).toBe(8);
		expect(parsed.b.model).toBe('separate');
		expect(parsed.issues.map((i) => [i.side, i.key, i.message])).toEqual([
			['a', 'a.teams', 'A: teams must be between 1 and 200; got "-3"; using 8'],
			[
				'b',
				'b.model',
				'B: model must be one of combined, separate, pm-only, po-only; got "banana"; using separate'
			],
			['b', 'b.tems', 'B: Unknown setting "tems" was ignored (did you mean teams?)']
		]);
	});

	it('says how to write a side when a key has no side', () => {
		const parsed = parseCompareParams('teams=4&b.teams=5');
		expect(parsed.b.teams).toBe(5);
		expect(parsed.issues).toEqual([
			{
				side: null,
				key: 'teams',
				value: '4',
				message:
					'Unknown part "teams" was ignored: a compare link names each side’s settings a.<setting> and b.<setting> (for example a.teams=8)'
			}
		]);
	});

	it('leaves the display keys (embed, present, view) to the page', () => {
		expect(parseCompareParams('embed=1&b.teams=5').issues).toEqual([]);
	});

	it('reads a side given as a whole encoded scenario query', () => {
		const parsed = parseCompareParams(
			`a=${encodeURIComponent('v=2&preset=startup&teams=3')}&b.preset=combined`
		);
		expect(parsed.a).toEqual({ ...presetScenario('startup'), teams: 3 });
		expect(parsed.b).toEqual(presetScenario('combined'));
		expect(parsed.issues).toEqual([]);
	});

	it('passes the shared version to both sides', () => {
		const parsed = parseCompareParams('v=7&a.preset=startup');
		expect(parsed.issues.map((i) => i.message)).toEqual([
			'A: This link uses format version 7, newer than this app understands (2); reading what it can',
			'B: This link uses format version 7, newer than this app understands (2); reading what it can'
		]);
	});

	it('never throws, whatever the query', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const parsed = parseCompareParams(text);
				return typeof parsed.a.teams === 'number' && typeof parsed.b.teams === 'number';
			})
		);
	});
});

describe('isCompareQuery(params)', () => {
	it.each([
		['a.teams=3', true],
		['b.preset=startup', true],
		['a=v%3D1', true],
		['teams=3&preset=startup', false],
		['', false]
	])('%s → %s', (query, expected) => {
		expect(isCompareQuery(new URLSearchParams(query))).toBe(expected);
	});
});
