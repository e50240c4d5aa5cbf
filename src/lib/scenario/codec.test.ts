import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { FIELDS } from './fields';
import { parseScenarioParams, toQueryString, toSearchParams } from './codec';
import { DEFAULT_SCENARIO, PRESET_IDS, presetScenario } from './presets';
import { ScenarioSchema, type Scenario } from './scenario';
import { MIGRATIONS, CURRENT_VERSION } from './versions';

const messagesOf = (query: string) => parseScenarioParams(query).issues.map((i) => i.message);

describe('toSearchParams / parseScenarioParams round trip', () => {
	it.each(PRESET_IDS)('preset %s survives a round trip with no issues', (id) => {
		const scenario = presetScenario(id);
		const query = toQueryString(scenario);
		expect(query).toBe(`v=2&preset=${id}`);
		const parsed = parseScenarioParams(query);
		expect(parsed.issues).toEqual([]);
		expect(parsed.scenario).toEqual(scenario);
	});

	it('writes only the settings that differ from the preset, in table order', () => {
		const scenario: Scenario = { ...presetScenario('po-only'), weeks: 40, teams: 12, name: 'Acme' };
		expect(toQueryString(scenario)).toBe('v=2&preset=po-only&name=Acme&teams=12&weeks=40');
	});

	it('an empty query is the default scenario', () => {
		expect(parseScenarioParams('')).toEqual({ scenario: DEFAULT_SCENARIO, issues: [] });
	});

	it('accepts a full URL as well as a query string', () => {
		const parsed = parseScenarioParams('https://example.test/?preset=startup&teams=3');
		expect(parsed.scenario.preset).toBe('startup');
		expect(parsed.scenario.teams).toBe(3);
		expect(parsed.issues).toEqual([]);
	});

	it('reads the keys the issue fixes by name', () => {
		const { scenario, issues } = parseScenarioParams(
			'v=2&preset=enterprise&teams=30&teamSize=9&model=pm-only&teamsPerPm=5&weeks=40&seed=7'
		);
		expect(issues).toEqual([]);
		expect(scenario).toMatchObject({
			preset: 'enterprise',
			teams: 30,
			teamSize: 9,
			model: 'pm-only',
			teamsPerPm: 5,
			weeks: 40,
			seed: 7
		});
	});
});

describe('parseScenarioParams on bad input', () => {
	const cases = [
		{
			name: 'negative team count',
			query: 'teams=-3',
			expected: 'teams must be between 1 and 200; got "-3"; using 8'
		},
		{
			name: 'huge team count in exponent form',
			query: 'teams=1e9',
			expected: 'teams must be between 1 and 200; got "1e9"; using 8'
		},
		{
			name: 'unknown model',
			query: 'model=banana',
			expected:
				'model must be one of combined, separate, pm-only, po-only; got "banana"; using separate'
		},
		{
			name: 'truncated model',
			query: 'model=sep',
			expected:
				'model must be one of combined, separate, pm-only, po-only; got "sep" (did you mean separate?); using separate'
		},
		{
			name: 'mistyped key',
			query: 'tems=3',
			expected: 'Unknown setting "tems" was ignored (did you mean teams?)'
		},
		{
			name: 'fractional team count',
			query: 'teams=2.5',
			expected: 'teams must be a whole number; got "2.5"; using 8'
		},
		{
			name: 'truncated number',
			query: 'weeks=2a',
			expected: 'weeks must be a number; got "2a"; using 26'
		},
		{
			name: 'empty value',
			query: 'teamSize=',
			expected: 'teamSize must be a number; got ""; using 6'
		},
		{
			name: 'unknown preset',
			query: 'preset=startp',
			expected:
				'preset must be one of startup, scale-up, combined, enterprise, pm-only, po-only; got "startp" (did you mean startup?); using scale-up'
		},
		{
			name: 'version from the future',
			query: 'v=7',
			expected:
				'This link uses format version 7, newer than this app understands (2); reading what it can'
		},
		{
			name: 'repeated key',
			query: 'teams=4&teams=5',
			expected: 'teams was given more than once; using the first value "4"'
		}
	];
	it.each(cases)('$name gives a specific message', ({ query, expected }) => {
		expect(messagesOf(query)).toEqual([expected]);
	});

	it('keeps every valid part beside the rejected ones', () => {
		const { scenario, issues } = parseScenarioParams(
			'preset=po-only&teams=-3&teamSize=9&model=banana&weeks=40&tems=2'
		);
		expect(issues).toHaveLength(3);
		expect(scenario).toMatchObject({
			preset: 'po-only',
			teams: 6,
			teamSize: 9,
			model: 'po-only',
			weeks: 40
		});
	});

	it('strips markup characters from the name and says so', () => {
		const { scenario, issues } = parseScenarioParams('name=<script>alert(1)</script>Acme');
		expect(scenario.name).toBe('scriptalert(1)/scriptAcme');
		expect(scenario.name).not.toMatch(/[<>]/);
		expect(issues.map((i) => i.message)).toEqual([`name: characters such as < > " ' were removed`]);
	});

	it('cuts an over-long name to the field limit', () => {
		const { scenario, issues } = parseScenarioParams(`name=${'a'.repeat(200)}`);
		expect(scenario.name).toHaveLength(80);
		expect(issues[0].message).toBe('name: it was cut to 80 characters');
	});
});

describe('scenario schema', () => {
	it('accepts every preset and rejects out-of-bounds values', () => {
		for (const id of PRESET_IDS) expect(v.is(ScenarioSchema, presetScenario(id))).toBe(true);
		expect(v.is(ScenarioSchema, { ...DEFAULT_SCENARIO, teams: 0 })).toBe(false);
		expect(v.is(ScenarioSchema, { ...DEFAULT_SCENARIO, teams: 201 })).toBe(false);
		expect(v.is(ScenarioSchema, { ...DEFAULT_SCENARIO, model: 'banana' })).toBe(false);
		expect(v.is(ScenarioSchema, { ...DEFAULT_SCENARIO, extra: 1 })).toBe(false);
	});

	it('every field default lies within its bounds and names a source', () => {
		for (const field of FIELDS) {
			expect(field.source.length).toBeGreaterThan(5);
			if (field.type === 'int' || field.type === 'number') {
				expect(field.default).toBeGreaterThanOrEqual(field.min);
				expect(field.default).toBeLessThanOrEqual(field.max);
			}
		}
	});

	it('has a migration hook for every older link version', () => {
		expect(CURRENT_VERSION).toBe(2);
		expect(Object.keys(MIGRATIONS).map(Number)).toEqual([1]);
	});

	it('a version-1 link opens the organisation it was made for, before the recalibration', () => {
		const { scenario, issues } = parseScenarioParams('v=1&preset=startup&weeks=40');
		expect(issues).toEqual([]);
		expect(scenario).toMatchObject({
			preset: 'startup',
			teams: 2,
			teamSize: 5,
			teamsPerPo: 2,
			teamsPerPm: 2,
			pricingPerQuarter: 2,
			// Version 1 counted 8 items per sprint of 2 weeks; version 2 counts per week.
			itemsPerWeek: 4,
			roadmapPerQuarter: 1.5,
			refineHours: 2,
			answerHours: 0.5,
			switchRule: 'weinberg',
			weeks: 40
		});
		// Re-encoded, it carries those settings, so the new link shows the same organisation.
		expect(toSearchParams(scenario).toString()).toBe(
			'v=2&preset=startup&teams=2&teamSize=5&teamsPerPm=2&teamsPerPo=2&weeks=40&itemsPerWeek=4&roadmapPerQuarter=1.5&pricingPerQuarter=2&refineHours=2&answerHours=0.5&switchRule=weinberg'
		);
		// A link of today's version is read as it is.
		expect(parseScenarioParams('v=2&preset=startup').scenario.teams).toBe(1);
	});

	it.each([
		{ name: 'items per sprint given', query: 'v=1&itemsPerSprint=12', expected: 6 },
		{ name: 'a one-week sprint', query: 'v=1&sprintWeeks=1&itemsPerSprint=12', expected: 12 },
		{ name: 'the old default over four weeks', query: 'v=1&sprintWeeks=4', expected: 2 },
		{
			name: 'a bad value is left to the usual message',
			query: 'v=1&itemsPerSprint=many',
			expected: 5
		}
	])('version 1 items per sprint become items per week: $name', ({ query, expected }) => {
		expect(parseScenarioParams(query).scenario.itemsPerWeek).toBe(expected);
	});
});

// Links are typed and edited by hand, so the decoder must survive anything.
const fieldKeys = FIELDS.map((f) => f.key);
const anyKey = fc.oneof(fc.constantFrom(...fieldKeys, 'v', 'preset'), fc.string({ maxLength: 12 }));
const anyValue = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.double().map(String),
	fc.integer({ min: -1000, max: 1000 }).map(String),
	fc.constantFrom(
		'combined',
		'separate',
		'pm-only',
		'po-only',
		'absorb',
		'stall',
		'NaN',
		'Infinity',
		'1e309',
		''
	)
);
const anyQuery = fc
	.array(fc.tuple(anyKey, anyValue), { maxLength: 12 })
	.map((pairs) => new URLSearchParams(pairs).toString());

describe('properties of the URL codec', () => {
	it('no string makes the decoder throw, and the result always fits the schema', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), anyQuery), (query) => {
				const { scenario } = parseScenarioParams(query);
				expect(v.is(ScenarioSchema, scenario)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});

	it('encode(decode(x)) is stable: decoding it again changes nothing and reports nothing', () => {
		fc.assert(
			fc.property(anyQuery, (query) => {
				const once = toQueryString(parseScenarioParams(query).scenario);
				const again = parseScenarioParams(once);
				expect(again.issues).toEqual([]);
				expect(toQueryString(again.scenario)).toBe(once);
			}),
			{ numRuns: 2000 }
		);
	});

	it('decode(encode(s)) returns any valid scenario unchanged', () => {
		const numberArb = (f: (typeof FIELDS)[number]) =>
			f.type === 'int'
				? fc.integer({ min: f.min, max: f.max })
				: f.type === 'number'
					? fc.double({ min: f.min, max: f.max, noNaN: true })
					: f.type === 'choice'
						? fc.constantFrom(...f.options)
						: fc
								.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,&()-]{0,60}[A-Za-z0-9]$/)
								.map((s) => s.replace(/\s+/g, ' '));
		const scenarioArb = fc.record({
			preset: fc.constantFrom(...PRESET_IDS),
			...Object.fromEntries(FIELDS.map((f) => [f.key, numberArb(f)]))
		}) as unknown as fc.Arbitrary<Scenario>;
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				const parsed = parseScenarioParams(toSearchParams(scenario));
				expect(parsed.issues).toEqual([]);
				expect(parsed.scenario).toEqual(scenario);
			}),
			{ numRuns: 1000 }
		);
	});
});
