/**
 * Saved scenarios as reactive state for the page: the store's entries and messages, refreshed
 * after every write and when another tab changes the store. All logic is in `store.ts`.
 */
import {
	backupFileText,
	deleteScenario,
	readBackups,
	readStore,
	restoreFromBackups,
	renameScenario,
	saveScenario,
	STORE_KEY,
	type BackupState,
	type ListableStorage,
	type SavedEntry,
	type StorageLike,
	type WriteResult
} from './store';

/** localStorage, or null where there is none (prerendering) or the browser refuses it. */
export function browserStorage(): StorageLike | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

export class SavedScenarios {
	#storage: StorageLike | null;
	entries = $state.raw<SavedEntry[]>([]);
	/** The store's lasting problems (a damaged store), shown until the next successful write. */
	messages = $state.raw<string[]>([]);
	/** What the backup keys hold (entries the store could not keep), or null when there are none. */
	backup = $state.raw<BackupState | null>(null);
	/** The outcome of the last action: a refusal or a note, shown once. */
	notice = $state<{ tone: 'ok' | 'error'; text: string } | null>(null);

	constructor(storage: StorageLike | null = browserStorage()) {
		this.#storage = storage;
		this.refresh();
	}

	get available(): boolean {
		return this.#storage !== null;
	}

	refresh(): void {
		if (!this.#storage) {
			this.entries = [];
			this.messages = ['This browser does not let the app use its storage, so nothing is saved.'];
			return;
		}
		const state = readStore(this.#storage);
		this.entries = state.entries;
		this.messages = state.messages;
		this.#refreshBackup();
	}

	#refreshBackup(): void {
		const storage = this.#storage;
		const listable = storage !== null && 'key' in storage && 'length' in storage;
		const backup = listable ? readBackups(storage as ListableStorage) : null;
		this.backup = backup && backup.keys.length > 0 ? backup : null;
	}

	/** Brings back the backup entries the list has lost, as many as fit. */
	restoreBackup(): WriteResult | null {
		const storage = this.#storage;
		if (!storage || !('key' in storage)) return null;
		const result = this.#write((s) => restoreFromBackups(s as ListableStorage), 'Restored');
		if (result?.ok) this.notice = { tone: 'ok', text: result.messages.join(' ') };
		return result;
	}

	/** The backup as a file's text, or null when there is none. */
	backupFile(): string | null {
		return this.backup ? backupFileText(this.backup) : null;
	}

	/** Follows changes made in other tabs; returns the function that stops listening. */
	listen(): () => void {
		if (typeof window === 'undefined') return () => {};
		const onStorage = (event: StorageEvent) => {
			if (event.key === null || event.key.startsWith(STORE_KEY)) this.refresh();
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}

	save(name: string, query: string, replaceId?: string): WriteResult | null {
		return this.#write((s) => saveScenario(s, { name, query }, { replaceId }), 'Saved');
	}

	rename(id: string, name: string): WriteResult | null {
		return this.#write((s) => renameScenario(s, id, name), 'Renamed');
	}

	remove(id: string): WriteResult | null {
		return this.#write((s) => deleteScenario(s, id), 'Deleted');
	}

	dismissNotice(): void {
		this.notice = null;
	}

	#write(action: (s: StorageLike) => WriteResult, done: string): WriteResult | null {
		if (!this.#storage) return null;
		const result = action(this.#storage);
		this.entries = result.entries;
		this.#refreshBackup();
		if (result.ok) {
			this.messages = [];
			const extra = result.messages.join(' ');
			const what = result.entry ? ` “${result.entry.name}”` : '';
			this.notice = { tone: 'ok', text: `${done}${what}.${extra ? ` ${extra}` : ''}` };
		} else {
			this.messages = result.messages;
			this.notice = { tone: 'error', text: result.error ?? 'Could not save.' };
		}
		return result;
	}
}
