/**
 * Saved names go through the same sanitiser as a link's, and reading a store of long saved links
 * costs about what a store of short ones does (issue 12, points 1 and 5).
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioParams } from '../scenario/codec';
import { MAX_QUERY_LENGTH, readStore, saveScenario, STORE_KEY, type StorageLike } from './store';

class MemoryStorage implements StorageLike {
	data = new Map<string, string>();
	getItem(key: string): string | null {
		return this.data.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.data.set(key, value);
	}
}

const storeOf = (entries: { name: string; query: string }[]) => {
	const storage = new MemoryStorage();
	storage.setItem(
		STORE_KEY,
		JSON.stringify({
			version: 1,
			entries: entries.map((e, i) => ({ id: `e${i}`, savedAt: '2025-03-01T10:00:00.000Z', ...e }))
		})
	);
	return storage;
};

describe('saved names use the one name sanitiser', () => {
	it.each([
		{ name: 'markup', input: '<b>Acme</b>', expected: 'bAcme/b' },
		{
			name: 'bidi overrides and isolates',
			input: 'Acme\u202e\u2066 today\u2069',
			expected: 'Acme today'
		},
		{ name: 'control characters', input: 'Acme\u0000\u0007 today', expected: 'Acme today' },
		{ name: 'an emoji at the 80-unit cut', input: 'x'.repeat(79) + '😀', expected: 'x'.repeat(79) }
	])('saving drops $name', ({ input, expected }) => {
		const storage = new MemoryStorage();
		const result = saveScenario(storage, { name: input, query: 'v=2' }, { newId: () => 'a' });
		expect(result.entry?.name).toBe(expected);
		expect(readStore(storage).entries[0].name).toBe(expected);
	});

	it('reading cleans a name stored by hand or by an older version', () => {
		const storage = storeOf([{ name: 'Plan\u202eB <x>', query: 'v=2' }]);
		expect(readStore(storage).entries[0].name).toBe('PlanB x');
	});
});

describe('reading a store of long links', () => {
	function medianCost(f: () => unknown, samples = 7): number {
		const times: number[] = [];
		for (let s = 0; s < samples; s++) {
			const start = performance.now();
			f();
			times.push(performance.now() - start);
		}
		return times.sort((a, b) => a - b)[Math.floor(samples / 2)];
	}
	// What the saved-scenarios panel does on load: read the store, then read every entry's link.
	const load = (storage: StorageLike) => () =>
		readStore(storage).entries.map((e) => parseScenarioParams(e.query));

	it('20 entries of 7,900-digit links cost at most 20 times 20 short ones', () => {
		const longQuery = `teams=${'1'.repeat(7_900)}x`;
		expect(longQuery.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
		const long = storeOf(Array.from({ length: 20 }, () => ({ name: 'n', query: longQuery })));
		const short = storeOf(Array.from({ length: 20 }, () => ({ name: 'n', query: 'teams=12x' })));
		const ratio = medianCost(load(long)) / medianCost(load(short));
		expect(ratio).toBeLessThan(20);
	}, 60_000);
});
