/**
 * What any link may cost: the time to read it and the length of its messages are bounded,
 * however long its keys and values (issue 12, points 1 and 6).
 */
import { describe, expect, it } from 'vitest';
import { isNumberText, MAX_KEY_LENGTH, MAX_VALUE_LENGTH, parseScenarioParams } from './codec';

/** Median milliseconds per call of `f` over several samples of `batch` calls. */
function medianCost(f: () => unknown, batch: number, samples = 7): number {
	const times: number[] = [];
	for (let s = 0; s < samples; s++) {
		const start = performance.now();
		for (let i = 0; i < batch; i++) f();
		times.push((performance.now() - start) / batch);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(samples / 2)];
}

const digits = (n: number) => '1'.repeat(n);
const paramsOf = (pairs: [string, string][]) => new URLSearchParams(pairs);

describe('parseScenarioParams cost', () => {
	// Each long case beside a short one of the same kind; the page passes decoded parameters.
	const cases = [
		{ name: 'a number that is 100,000 digits and an x', key: 'teams', long: digits(100_000) + 'x' },
		{ name: 'a number of 100,000 digits', key: 'weeks', long: digits(100_000) },
		{ name: 'a choice of 100,000 characters', key: 'model', long: 'separat'.repeat(14_286) },
		{ name: 'a preset of 100,000 characters', key: 'preset', long: 'startu'.repeat(16_667) },
		{ name: 'a name of 100,000 characters', key: 'name', long: '<b>'.repeat(33_334) },
		{ name: 'a version of 100,000 digits', key: 'v', long: digits(100_000) }
	];
	it.each(cases)(
		'reading $name costs at most 20 times reading a short one',
		({ key, long }) => {
			const shortParams = paramsOf([[key, long.slice(0, 10)]]);
			const longParams = paramsOf([[key, long]]);
			expect(long.length).toBeGreaterThanOrEqual(100_000);
			const short = medianCost(() => parseScenarioParams(shortParams), 200);
			const slow = medianCost(() => parseScenarioParams(longParams), 20);
			expect(slow / short).toBeLessThan(20);
		},
		60_000
	);

	it('reading an unknown key of 100,000 characters given twice costs at most 20 times a short one', () => {
		const key = 'tems'.repeat(25_000);
		const longParams = paramsOf([
			[key, '1'],
			[key, '2']
		]);
		const shortParams = paramsOf([
			['tems', '1'],
			['tems', '2']
		]);
		const short = medianCost(() => parseScenarioParams(shortParams), 200);
		const slow = medianCost(() => parseScenarioParams(longParams), 20);
		expect(slow / short).toBeLessThan(20);
	}, 60_000);

	it('the number check is linear: ten times the digits costs far less than a hundred times', () => {
		const shortText = digits(2_000) + 'x';
		const longText = digits(20_000) + 'x';
		const short = medianCost(() => isNumberText(shortText), 50);
		const slow = medianCost(() => isNumberText(longText), 5);
		// Linear is about 10; the old pattern's backtracking was about 100.
		expect(slow / short).toBeLessThan(35);
	}, 60_000);
});

describe('isNumberText(text)', () => {
	it.each([
		['12', true],
		['-3', true],
		['+0.5', true],
		['.5', true],
		['2.', true],
		['1e9', true],
		['1.5E-3', true],
		['', false],
		['.', false],
		['1e', false],
		['0x10', false],
		['Infinity', false],
		['1 2', false],
		['2a', false]
	])('%j → %s', (text, expected) => {
		expect(isNumberText(text)).toBe(expected);
	});
});

describe('caps on raw lengths', () => {
	it('a value longer than any setting takes is refused with a clear, short message', () => {
		const { scenario, issues } = parseScenarioParams(paramsOf([['teams', digits(40_000) + 'x']]));
		expect(scenario.teams).toBe(8);
		expect(issues.map((i) => i.message)).toEqual([
			`teams is too long to read (at most ${MAX_VALUE_LENGTH} characters); got "${digits(40)}…" (40,001 characters); using 8`
		]);
	});

	it('a long name is read from its start and cut to 80 characters', () => {
		const { scenario, issues } = parseScenarioParams(paramsOf([['name', 'Acme '.repeat(20_000)]]));
		expect(scenario.name).toBe('Acme '.repeat(16).trim());
		expect(issues.map((i) => i.message)).toEqual(['name: it was cut to 80 characters']);
	});

	it('a key longer than any setting name is ignored with a clear, short message', () => {
		const key = 'k'.repeat(MAX_KEY_LENGTH + 1);
		expect(parseScenarioParams(paramsOf([[key, '1']])).issues.map((i) => i.message)).toEqual([
			`Unknown setting "${'k'.repeat(40)}…" (65 characters) was ignored: setting names are at most ${MAX_KEY_LENGTH} characters`
		]);
	});
});

describe('messages quote a short excerpt of the input', () => {
	const longest = (query: string | URLSearchParams) =>
		Math.max(...parseScenarioParams(query).issues.map((i) => i.message.length));

	it.each([
		{
			name: 'a duplicated key of 8,000 characters',
			query: `${'k'.repeat(8000)}=1&${'k'.repeat(8000)}=2`
		},
		{
			name: 'a duplicated key of 100,000 characters',
			query: `${'k'.repeat(100_000)}=1&${'k'.repeat(100_000)}=2`
		},
		{
			name: 'a duplicated value of 100,000 characters',
			query: `teams=${'9'.repeat(100_000)}&teams=2`
		},
		{ name: 'a bad version of 100,000 characters', query: `v=${'x'.repeat(100_000)}` },
		{ name: 'an unknown key of 60 characters', query: `${'q'.repeat(60)}=1` },
		{ name: 'a bad choice of 300 characters', query: `model=${'z'.repeat(300)}` }
	])('$name gives messages under 200 characters', ({ query }) => {
		expect(longest(query)).toBeLessThan(200);
	});

	it('a repeated long value is named by its start and length', () => {
		const messages = parseScenarioParams(`name=${'a'.repeat(300)}&name=b`).issues.map(
			(i) => i.message
		);
		expect(messages).toContain(
			`name was given more than once; using the first value "${'a'.repeat(40)}…" (300 characters)`
		);
	});
});
