import { describe, expect, it } from 'vitest';
import { SavedScenarios } from './SavedScenarios.svelte';
import { STORE_KEY, type StorageLike } from './store';

function memory(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v)
	};
}

describe('SavedScenarios', () => {
	it('saves, renames and deletes, with a notice for each', () => {
		const saved = new SavedScenarios(memory());
		saved.save('Today', 'v=2&preset=startup');
		expect(saved.entries.map((e) => e.name)).toEqual(['Today']);
		expect(saved.notice).toEqual({ tone: 'ok', text: 'Saved “Today”.' });
		saved.rename(saved.entries[0].id, 'Today, as is');
		expect(saved.entries[0].name).toBe('Today, as is');
		expect(saved.notice).toEqual({ tone: 'ok', text: 'Renamed “Today, as is”.' });
		saved.remove(saved.entries[0].id);
		expect(saved.entries).toEqual([]);
		expect(saved.notice).toEqual({ tone: 'ok', text: 'Deleted.' });
	});

	it('shows a corrupt store’s message until a write backs it up and clears it', () => {
		const storage = memory({ [STORE_KEY]: 'not json' });
		const saved = new SavedScenarios(storage);
		expect(saved.messages).toHaveLength(1);
		expect(saved.messages[0]).toContain('not valid JSON');
		saved.save('Fresh', 'v=1');
		expect(saved.messages).toEqual([]);
		expect(saved.notice?.tone).toBe('ok');
		expect(saved.notice?.text).toMatch(
			/^Saved “Fresh”\. The saved scenarios that could not be read were copied to the key "org-design-simulator:saved-scenarios:backup:.+"/
		);
		const backups = [...storage.data.entries()].filter(([k]) => k.includes(':backup:'));
		expect(backups.map(([, v]) => v)).toEqual(['not json']);
	});

	it('refuses an empty name with an error notice', () => {
		const saved = new SavedScenarios(memory());
		saved.save('   ', 'v=1');
		expect(saved.notice).toEqual({ tone: 'error', text: 'Give the scenario a name to save it.' });
		expect(saved.entries).toEqual([]);
	});

	it('says nothing can be saved without storage', () => {
		const saved = new SavedScenarios(null);
		expect(saved.available).toBe(false);
		expect(saved.save('X', 'v=1')).toBeNull();
		expect(saved.messages).toEqual([
			'This browser does not let the app use its storage, so nothing is saved.'
		]);
	});
});

describe('SavedScenarios backup', () => {
	function listable(initial: Record<string, string>) {
		const data = new Map(Object.entries(initial));
		return {
			data,
			get length() {
				return data.size;
			},
			key: (i: number) => [...data.keys()][i] ?? null,
			getItem: (k: string) => data.get(k) ?? null,
			setItem: (k: string, v: string) => void data.set(k, v)
		};
	}
	const lost = { id: 'x', name: 'Lost', query: 'v=2&teams=3', savedAt: '2025-01-01T00:00:00.000Z' };

	it('counts the backup, restores it into the list and exports it', () => {
		const storage = listable({
			[STORE_KEY]: JSON.stringify({ version: 1, entries: [] }),
			[`${STORE_KEY}:backup:2025`]: JSON.stringify({ version: 1, entries: [lost] })
		});
		const saved = new SavedScenarios(storage);
		expect(saved.backup?.entries).toHaveLength(1);
		expect(saved.backup?.missing).toHaveLength(1);
		expect(JSON.parse(saved.backupFile()!)).toEqual({ version: 1, entries: [lost] });
		saved.restoreBackup();
		expect(saved.entries.map((e) => e.name)).toEqual(['Lost']);
		expect(saved.backup?.missing).toEqual([]);
		expect(saved.notice).toEqual({
			tone: 'ok',
			text: 'Restored 1 saved scenario from the backup.'
		});
	});

	it('has no backup when there is none', () => {
		expect(new SavedScenarios(listable({})).backup).toBeNull();
	});
});
