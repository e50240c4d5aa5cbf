/**
 * Hostile links through the codec: long digit runs, surrogate pairs (whole and broken), bidi
 * controls, duplicated long keys. Whatever a link holds, reading it never throws, gives a
 * scenario the schema accepts, names every part it did not use, and keeps each message short.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { parseScenarioParams, toQueryString } from './codec';
import { FIELD_BY_KEY, FIELDS } from './fields';
import { ScenarioSchema } from './scenario';

/** Longest message allowed: the longest fixed text (about 120) plus one excerpt (about 70). */
const MAX_MESSAGE_LENGTH = 220;
const BIDI = [
	'\u202a',
	'\u202b',
	'\u202c',
	'\u202d',
	'\u202e',
	'\u2066',
	'\u2067',
	'\u2068',
	'\u2069',
	'\u200e',
	'\u200f',
	'\u061c'
];
const ODD = [
	...BIDI,
	'😀',
	'👩🏽‍💻',
	'🇫🇷',
	'\ud83d',
	'\ude00',
	'\u0000',
	'\u0085',
	'<',
	'"',
	' ',
	'\n',
	'é'
];

/** Mostly short, now and then far past the caps: long inputs are rare so thousands of links run. */
const someLength = (short: number[], long: number[]) =>
	fc.oneof(
		{ weight: 30, arbitrary: fc.constantFrom(...short) },
		{ weight: 1, arbitrary: fc.constantFrom(...long) }
	);
/** `unit` repeated to about `length` UTF-16 units. */
const repeated = ([unit, length]: [string, number]) => unit.repeat(Math.ceil(length / unit.length));
const digitRun = fc
	.tuple(
		someLength([1, 7, 40, 399, 400, 401, 5_000], [40_000, 100_000]),
		fc.constantFrom('', 'x', '.', 'e', '.5', 'e+', ' ')
	)
	.map(([n, tail]) => '1'.repeat(n) + tail);
const oddText = fc
	.array(fc.oneof(fc.constantFrom(...ODD), fc.string({ maxLength: 4 })), { maxLength: 60 })
	.map((parts) => parts.join(''));
const longOdd = fc
	.tuple(fc.constantFrom(...ODD), someLength([41, 100, 401], [8_000]))
	.map(repeated);
const anyValue = fc.oneof(
	digitRun,
	oddText,
	longOdd,
	fc.string({ unit: 'grapheme', maxLength: 90 }),
	fc.string({ unit: 'binary', maxLength: 30 }),
	fc.double().map(String),
	fc.integer({ min: -10, max: 300 }).map(String),
	fc.constantFrom('combined', 'SEPARATE', ' pm-only ', 'startup', 'scale-up', 'flow', '2', '')
);
const longKey = fc
	.oneof(
		fc.tuple(fc.constantFrom('k', 'tems', '😀', '\u202e', 'teams'), fc.constantFrom(13, 41, 70)),
		fc.tuple(fc.constantFrom('k', 'tems'), someLength([200, 2_000], [8_000, 100_000])),
		fc.tuple(fc.constantFrom('😀', '\u202e', 'é'), someLength([200], [8_000]))
	)
	.map(repeated);
const anyKey = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...FIELDS.map((f) => f.key), 'preset', 'v') },
	{ weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
	{ weight: 1, arbitrary: oddText },
	{ weight: 1, arbitrary: longKey }
);
/** Pairs, some of them given twice (a duplicated long key among them). */
const anyPairs = fc
	.tuple(
		fc.array(fc.tuple(anyKey, anyValue), { maxLength: 10 }),
		fc.array(fc.tuple(longKey, anyValue), { maxLength: 1 }),
		fc.boolean()
	)
	.map(([pairs, long, twice]) => {
		const all = [...pairs, ...long];
		return twice ? [...all, ...all.slice(0, 3)] : all;
	});
const anyLink = fc
	.tuple(anyPairs, fc.constantFrom('', '?', 'https://example.test/?'))
	.map(([pairs, prefix]) => prefix + new URLSearchParams(pairs).toString());

/** What a part of the link says the scenario holds, when it is used as it stands. */
function expectedValue(key: string, raw: string): unknown {
	if (key === 'preset') return raw.trim().toLowerCase();
	const field = FIELD_BY_KEY.get(key)!;
	if (field.type === 'text') return raw.replace(/\s+/g, ' ').trim();
	if (field.type === 'choice') return raw.trim().toLowerCase();
	return Number(raw.trim());
}

describe('parseScenarioParams on hostile links (fuzz)', () => {
	it('never throws, fits the schema, names every part it did not use, keeps messages short', () => {
		let checked = 0;
		fc.assert(
			fc.property(anyLink, (link) => {
				const pairs = [...new URLSearchParams(link.replace(/^[^?]*\?/, ''))];
				const version = pairs.find(([k]) => k === 'v')?.[1];
				// A version-1 link is migrated (settings renamed and added); its own test covers it.
				fc.pre(version === undefined || !/^0*1$/.test(version.trim()));

				const { scenario, issues } = parseScenarioParams(link);
				expect(v.is(ScenarioSchema, scenario)).toBe(true);
				for (const issue of issues) {
					expect(issue.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
				}
				expect(issues.length).toBeLessThanOrEqual(pairs.length);

				const named = new Set(issues.map((i) => i.key));
				const values = scenario as unknown as Record<string, unknown>;
				const seen = new Set<string>();
				for (const [key, raw] of pairs) {
					const first = !seen.has(key);
					seen.add(key);
					if (named.has(key)) continue;
					// Not named in any message: the part must be a first occurrence, used as it stands.
					expect(first, `a repeat of ${key.slice(0, 20)} with no message`).toBe(true);
					if (key === 'v') expect(Number(raw.trim())).toBe(2);
					else {
						expect(key === 'preset' || FIELD_BY_KEY.has(key)).toBe(true);
						expect(values[key]).toBe(expectedValue(key, raw));
					}
				}
				// What the app writes back reads with no message at all.
				expect(parseScenarioParams(toQueryString(scenario)).issues).toEqual([]);
				checked++;
			}),
			{ numRuns: 3000 }
		);
		expect(checked).toBeGreaterThan(2500);
	}, 180_000);

	it('a version-1 link, migrated first, never throws, fits the schema, keeps messages short', () => {
		// Its old keys too: the migration reads itemsPerSprint and sprintWeeks as numbers.
		const oldKey = fc.constantFrom('itemsPerSprint', 'sprintWeeks', 'preset');
		const version1 = fc
			.tuple(anyPairs, fc.array(fc.tuple(oldKey, anyValue), { maxLength: 3 }))
			.map(([pairs, old]) => new URLSearchParams([['v', '1'], ...old, ...pairs]).toString());
		fc.assert(
			fc.property(version1, (link) => {
				const pairs = [...new URLSearchParams(link)];
				const { scenario, issues } = parseScenarioParams(link);
				expect(v.is(ScenarioSchema, scenario)).toBe(true);
				for (const issue of issues) {
					expect(issue.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
				}
				expect(issues.length).toBeLessThanOrEqual(pairs.length);
				expect(parseScenarioParams(toQueryString(scenario)).issues).toEqual([]);
			}),
			{ numRuns: 1000 }
		);
	}, 120_000);
});
