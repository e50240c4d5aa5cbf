import { describe, expect, it } from 'vitest';
import {
	BACKUP_PREFIX,
	backupFileText,
	deleteScenario,
	readBackups,
	readStore,
	restoreFromBackups,
	renameScenario,
	saveScenario,
	STORE_KEY,
	type ListableStorage,
	type StorageLike
} from './store';

class FakeStorage implements StorageLike {
	data = new Map<string, string>();
	failWrites = false;
	failReads = false;
	getItem(key: string): string | null {
		if (this.failReads) throw new Error('SecurityError');
		return this.data.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		if (this.failWrites) throw new Error('QuotaExceededError');
		this.data.set(key, value);
	}
}

const T1 = new Date('2025-03-01T10:00:00.000Z');
const T2 = new Date('2025-03-02T10:00:00.000Z');
const T3 = new Date('2025-03-03T10:00:00.000Z');

function ids(...list: string[]) {
	let i = 0;
	return () => list[i++];
}

const entry = (
	id: string,
	name: string,
	savedAt = T1.toISOString(),
	query = 'v=2&preset=startup'
) => ({
	id,
	name,
	query,
	savedAt
});

describe('readStore(storage)', () => {
	it('reads an empty store as no entries and no messages', () => {
		expect(readStore(new FakeStorage())).toEqual({ entries: [], messages: [], damaged: false });
	});

	it('lists entries newest first', () => {
		const s = new FakeStorage();
		s.setItem(
			STORE_KEY,
			JSON.stringify({
				version: 1,
				entries: [entry('a', 'Today', T1.toISOString()), entry('b', 'Proposed', T2.toISOString())]
			})
		);
		const state = readStore(s);
		expect(state.entries.map((e) => e.name)).toEqual(['Proposed', 'Today']);
		expect(state.messages).toEqual([]);
		expect(state.damaged).toBe(false);
	});

	it.each([
		{
			name: 'invalid JSON',
			raw: '{"version":1,"entries":[',
			message:
				'Saved scenarios could not be read: the stored text is not valid JSON. The stored text is kept as it is, and copied to a backup key before anything is saved over it.'
		},
		{
			name: 'a string',
			raw: '"hello"',
			message:
				'Saved scenarios could not be read: the stored value is not a list. The stored text is kept as it is, and copied to a backup key before anything is saved over it.'
		},
		{
			name: 'no entries',
			raw: '{"version":1,"items":[]}',
			message:
				'Saved scenarios could not be read: there is no list of entries. The stored text is kept as it is, and copied to a backup key before anything is saved over it.'
		}
	])('gives a message and no entries for $name', ({ raw, message }) => {
		const s = new FakeStorage();
		s.setItem(STORE_KEY, raw);
		const state = readStore(s);
		expect(state.entries).toEqual([]);
		expect(state.messages).toEqual([message]);
		expect(state.damaged).toBe(true);
		// Reading never writes.
		expect(s.getItem(STORE_KEY)).toBe(raw);
	});

	it('keeps the good entries when some are bad, and names the bad ones', () => {
		const s = new FakeStorage();
		s.setItem(
			STORE_KEY,
			JSON.stringify({
				version: 1,
				entries: [
					entry('a', 'Today'),
					{ id: 'b', name: 'No query', savedAt: T1.toISOString() },
					entry('c', 'Proposed', 'yesterday-ish'),
					entry('a', 'Duplicate'),
					42
				]
			})
		);
		const state = readStore(s);
		expect(state.entries).toEqual([entry('a', 'Today')]);
		expect(state.damaged).toBe(true);
		expect(state.messages).toHaveLength(1);
		expect(state.messages[0]).toMatch(
			/^4 of 5 saved scenarios could not be read and are not listed: entry 2 \(query is missing\); entry 3 \(savedAt is not a date\); entry 4 \(the same id as an earlier entry\); …\. The stored text is kept/
		);
	});

	it.each([
		{ name: 'a number', entry: 42, reason: 'it is not an entry' },
		{
			name: 'a name that is a number',
			entry: { ...entry('a', 'x'), name: 7 },
			reason: 'name is not valid'
		},
		{
			name: 'no id',
			entry: { name: 'x', query: '', savedAt: T1.toISOString() },
			reason: 'id is missing'
		}
	])('names why an entry is bad: $name', ({ entry: bad, reason }) => {
		const s = new FakeStorage();
		s.setItem(STORE_KEY, JSON.stringify({ version: 1, entries: [bad] }));
		expect(readStore(s).messages[0]).toContain(`: entry 1 (${reason}).`);
	});

	it('reads a newer version’s entries where it can, and marks the store for backup', () => {
		const s = new FakeStorage();
		s.setItem(STORE_KEY, JSON.stringify({ version: 2, entries: [entry('a', 'Today')], extra: {} }));
		const state = readStore(s);
		expect(state.entries).toEqual([entry('a', 'Today')]);
		expect(state.damaged).toBe(true);
		expect(state.messages[0]).toContain('written by a newer version of the app (store version 2)');
	});

	it('reads a bare list of entries', () => {
		const s = new FakeStorage();
		s.setItem(STORE_KEY, JSON.stringify([entry('a', 'Today')]));
		const state = readStore(s);
		expect(state.entries).toEqual([entry('a', 'Today')]);
		expect(state.damaged).toBe(true);
	});

	it('tidies stored names and names an empty one', () => {
		const s = new FakeStorage();
		s.setItem(
			STORE_KEY,
			JSON.stringify({ version: 1, entries: [entry('a', '  Two   words '), entry('b', '   ')] })
		);
		expect(
			readStore(s)
				.entries.map((e) => e.name)
				.sort()
		).toEqual(['Two words', 'Untitled scenario']);
	});

	it('says so when the browser refuses access to storage', () => {
		const s = new FakeStorage();
		s.failReads = true;
		expect(readStore(s)).toEqual({
			entries: [],
			messages: ['This browser does not let the app read its storage, so nothing is saved.'],
			damaged: false
		});
	});
});

describe('saveScenario, renameScenario, deleteScenario', () => {
	it('saves, lists, renames and deletes, writing version 1', () => {
		const s = new FakeStorage();
		const first = saveScenario(
			s,
			{ name: 'Today', query: '?v=2&preset=scale-up' },
			{ now: T1, newId: ids('a') }
		);
		expect(first.ok).toBe(true);
		expect(first.entry).toEqual({
			id: 'a',
			name: 'Today',
			query: 'v=2&preset=scale-up',
			savedAt: T1.toISOString()
		});
		saveScenario(
			s,
			{ name: 'Proposed', query: 'v=2&preset=scale-up&teamsPerPm=2' },
			{ now: T2, newId: ids('b') }
		);
		expect(JSON.parse(s.getItem(STORE_KEY)!)).toEqual({
			version: 1,
			entries: [
				{
					id: 'b',
					name: 'Proposed',
					query: 'v=2&preset=scale-up&teamsPerPm=2',
					savedAt: T2.toISOString()
				},
				{ id: 'a', name: 'Today', query: 'v=2&preset=scale-up', savedAt: T1.toISOString() }
			]
		});

		const renamed = renameScenario(s, 'a', '  Today, as is ');
		expect(renamed.entry).toEqual({
			id: 'a',
			name: 'Today, as is',
			query: 'v=2&preset=scale-up',
			savedAt: T1.toISOString()
		});
		expect(readStore(s).entries.map((e) => e.name)).toEqual(['Proposed', 'Today, as is']);

		const deleted = deleteScenario(s, 'b');
		expect(deleted.ok).toBe(true);
		expect(readStore(s).entries.map((e) => e.id)).toEqual(['a']);
	});

	it('saves over an entry when asked, keeping its id', () => {
		const s = new FakeStorage();
		saveScenario(s, { name: 'Today', query: 'v=1' }, { now: T1, newId: ids('a') });
		const result = saveScenario(
			s,
			{ name: 'Today', query: 'v=2&teams=9' },
			{ now: T2, replaceId: 'a' }
		);
		expect(result.entries).toEqual([
			{ id: 'a', name: 'Today', query: 'v=2&teams=9', savedAt: T2.toISOString() }
		]);
	});

	it('never reuses an id', () => {
		const s = new FakeStorage();
		saveScenario(s, { name: 'One', query: 'v=1' }, { now: T1, newId: ids('x') });
		const second = saveScenario(
			s,
			{ name: 'Two', query: 'v=1' },
			{ now: T2, newId: ids('x', 'y') }
		);
		expect(second.entry!.id).toBe('y');
	});

	it.each([
		{
			name: 'an empty name',
			run: (s: FakeStorage) => saveScenario(s, { name: '  ', query: 'v=1' }),
			error: 'Give the scenario a name to save it.'
		},
		{
			name: 'renaming to nothing',
			run: (s: FakeStorage) => renameScenario(s, 'a', ''),
			error: 'A saved scenario needs a name.'
		},
		{
			name: 'renaming a missing entry',
			run: (s: FakeStorage) => renameScenario(s, 'zz', 'X'),
			error: 'That saved scenario no longer exists.'
		},
		{
			name: 'deleting a missing entry',
			run: (s: FakeStorage) => deleteScenario(s, 'zz'),
			error: 'That saved scenario no longer exists.'
		}
	])('refuses $name and leaves the store alone', ({ run, error }) => {
		const s = new FakeStorage();
		saveScenario(s, { name: 'Today', query: 'v=1' }, { now: T1, newId: ids('a') });
		const before = s.getItem(STORE_KEY);
		const result = run(s);
		expect(result.ok).toBe(false);
		expect(result.error).toBe(error);
		expect(s.getItem(STORE_KEY)).toBe(before);
	});

	it('backs up a corrupt store before the first write over it, then writes a clean one', () => {
		const s = new FakeStorage();
		const raw =
			'{"version":1,"entries":[{"id":"a","name":"Kept","query":"v=1","savedAt":"2025-01-01T00:00:00.000Z"},{"broken":true}]}';
		s.setItem(STORE_KEY, raw);
		const result = saveScenario(
			s,
			{ name: 'New', query: 'v=2&teams=3' },
			{ now: T3, newId: ids('n') }
		);
		expect(result.ok).toBe(true);
		expect(result.backupKey).toBe(`${BACKUP_PREFIX}2025-03-03T10:00:00.000Z`);
		expect(s.getItem(result.backupKey!)).toBe(raw);
		expect(result.messages).toEqual([
			`The saved scenarios that could not be read were copied to the key "${BACKUP_PREFIX}2025-03-03T10:00:00.000Z" in this browser's storage.`
		]);
		// The readable entry survives, beside the new one.
		expect(readStore(s)).toEqual({
			entries: [
				{ id: 'n', name: 'New', query: 'v=2&teams=3', savedAt: T3.toISOString() },
				{ id: 'a', name: 'Kept', query: 'v=1', savedAt: '2025-01-01T00:00:00.000Z' }
			],
			messages: [],
			damaged: false
		});
	});

	it('never overwrites an earlier backup', () => {
		const s = new FakeStorage();
		s.setItem(STORE_KEY, 'first garbage');
		saveScenario(s, { name: 'A', query: 'v=1' }, { now: T3, newId: ids('a') });
		s.setItem(STORE_KEY, 'second garbage');
		const second = saveScenario(s, { name: 'B', query: 'v=1' }, { now: T3, newId: ids('b') });
		expect(second.backupKey).toBe(`${BACKUP_PREFIX}2025-03-03T10:00:00.000Z:2`);
		expect(s.getItem(`${BACKUP_PREFIX}2025-03-03T10:00:00.000Z`)).toBe('first garbage');
		expect(s.getItem(second.backupKey!)).toBe('second garbage');
	});

	it('writes nothing over a corrupt store when its backup cannot be written', () => {
		const s = new FakeStorage();
		s.setItem(STORE_KEY, 'garbage');
		s.failWrites = true;
		const result = saveScenario(s, { name: 'A', query: 'v=1' }, { now: T3 });
		expect(result.ok).toBe(false);
		expect(result.error).toBe(
			'Could not save: the browser’s storage is full or turned off for this site.'
		);
		expect(s.getItem(STORE_KEY)).toBe('garbage');
		expect(result.messages[0]).toContain('not valid JSON');
	});
});

describe('backups: readBackups, restoreFromBackups, backupFileText', () => {
	class ListedStorage extends FakeStorage implements ListableStorage {
		get length() {
			return this.data.size;
		}
		key(i: number) {
			return [...this.data.keys()][i] ?? null;
		}
	}

	/** n entries saved a minute apart, ids e1…en. */
	function many(n: number) {
		return Array.from({ length: n }, (_, i) =>
			entry(`e${i + 1}`, `Scenario ${i + 1}`, new Date(T1.getTime() + i * 60_000).toISOString())
		);
	}

	/** A store of 520 entries, then one save: 500 kept, all 520 copied to a backup. */
	function overflowed(): ListedStorage {
		const s = new ListedStorage();
		s.setItem(STORE_KEY, JSON.stringify({ version: 1, entries: many(520) }));
		const saved = saveScenario(s, { name: 'New', query: 'v=1' }, { now: T3, newId: ids('n') });
		expect(saved.ok).toBe(false); // 500 listed already: the save is refused, nothing written
		deleteScenario(s, 'e1', { now: T3 });
		return s;
	}

	it('counts the backup’s entries, all of them, and the ones the list has lost', () => {
		const s = overflowed();
		expect(readStore(s).entries).toHaveLength(499);
		const backups = readBackups(s);
		expect(backups.keys).toEqual([`${BACKUP_PREFIX}${T3.toISOString()}`]);
		expect(backups.entries).toHaveLength(520);
		// e1 was deleted after the backup; e501…e520 never made it into the list.
		expect(backups.missing.map((e) => e.id).sort()).toEqual(
			['e1', ...Array.from({ length: 20 }, (_, i) => `e${501 + i}`)].sort()
		);
	});

	it('restores what fits under the limit, newest first, and says what did not fit', () => {
		const s = overflowed();
		const result = restoreFromBackups(s, { now: T3 });
		expect(result.ok).toBe(true);
		expect(result.entries).toHaveLength(500);
		expect(result.messages[0]).toBe(
			'Restored 1 saved scenario from the backup. 20 more did not fit: at most 500 scenarios can be saved. Delete some and restore again, or export the backup as a file.'
		);
		// The newest lost entry came back.
		expect(readStore(s).entries.some((e) => e.id === 'e520')).toBe(true);
		expect(readBackups(s).missing).toHaveLength(20);

		// Three deleted: they are in the backup too, so three of the newest lost ones come back.
		for (const id of ['e2', 'e3', 'e4']) deleteScenario(s, id, { now: T3 });
		const again = restoreFromBackups(s, { now: T3 });
		expect(again.messages[0]).toMatch(/^Restored 3 saved scenarios from the backup\. 20 more/);
	});

	it('restores everything when there is room, and then has nothing left to restore', () => {
		const s = new ListedStorage();
		s.setItem(STORE_KEY, '[broken');
		saveScenario(s, { name: 'A', query: 'v=1' }, { now: T2, newId: ids('a') });
		s.setItem(
			`${BACKUP_PREFIX}old`,
			JSON.stringify({ version: 1, entries: [entry('x', 'Lost one'), entry('y', 'Lost two')] })
		);
		const result = restoreFromBackups(s, { now: T3 });
		expect(result.messages[0]).toBe('Restored 2 saved scenarios from the backup.');
		expect(readStore(s).entries.map((e) => e.id)).toEqual(['a', 'x', 'y']);
		// The unreadable backup ("[broken") holds no entries and is kept as it was.
		expect(s.getItem(`${BACKUP_PREFIX}${T2.toISOString()}`)).toBe('[broken');
		const none = restoreFromBackups(s, { now: T3 });
		expect(none.ok).toBe(false);
		expect(none.error).toBe('Every scenario in the backup is already in the list.');
	});

	it('refuses with a clear message when the list is full', () => {
		const s = overflowed();
		s.setItem(STORE_KEY, JSON.stringify({ version: 1, entries: many(500) }));
		const result = restoreFromBackups(s, { now: T3 });
		expect(result.ok).toBe(false);
		expect(result.error).toBe(
			'No room to restore: at most 500 scenarios can be saved. Delete some, or export the backup as a file.'
		);
	});

	it('writes the backup as a file in the store’s own form, which reads back whole', () => {
		const s = overflowed();
		const text = backupFileText(readBackups(s));
		const data = JSON.parse(text);
		expect(data.version).toBe(1);
		expect(data.entries).toHaveLength(520);
		expect(data.entries[0]).toEqual(many(520)[519]);
	});
});
