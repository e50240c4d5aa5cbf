/**
 * Saved scenarios in the browser's localStorage: one key holding
 * `{ version: 1, entries: [{ id, name, query, savedAt }] }`.
 *
 * Plain functions over a Storage-like object, so they run in tests with a fake storage. Reading
 * never throws and keeps every entry it can read; a store that cannot be read whole (bad JSON, a
 * wrong shape, some bad entries, a newer version) is "damaged", and before anything is written
 * over it, its raw text is copied to a backup key that no other write uses, so nothing a user
 * saved is ever lost to a write.
 */
import * as v from 'valibot';
import { cleanName } from '../scenario/cleanName';

export const STORE_KEY = 'org-design-simulator:saved-scenarios';
export const BACKUP_PREFIX = `${STORE_KEY}:backup:`;
export const STORE_VERSION = 1;
export const MAX_NAME_LENGTH = 80;
/** Far longer than any scenario link (every setting changed is about 1,000 characters). */
export const MAX_QUERY_LENGTH = 8000;
/** A safety net against a runaway store; a person saves tens, not thousands. */
export const MAX_ENTRIES = 500;

export interface SavedEntry {
	id: string;
	name: string;
	/** The scenario's query string, as `toQueryString` writes it (no leading `?`). */
	query: string;
	/** ISO 8601 time of the last save. */
	savedAt: string;
}

/** The part of the Web Storage API the store needs (localStorage fits). */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

export interface StoreState {
	/** Newest first. */
	entries: SavedEntry[];
	/** What went wrong, in plain words; empty when all is well. */
	messages: string[];
	/** True when the stored text could not be read whole; the next write backs it up first. */
	damaged: boolean;
}

export interface WriteResult extends StoreState {
	ok: boolean;
	/** Why the write was refused or failed; the store is then as it was. */
	error?: string;
	/** The entry written, for save and rename. */
	entry?: SavedEntry;
	/** The key the damaged text was copied to before this write, if it was. */
	backupKey?: string;
}

const EntrySchema = v.object({
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	name: v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH * 2)),
	query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH)),
	savedAt: v.pipe(
		v.string(),
		v.check((s) => !Number.isNaN(Date.parse(s)))
	)
});

/**
 * Tidies a name the way it is stored, with the same sanitiser as a link's or a file's name: no
 * markup, control or direction characters, single spaces, at most MAX_NAME_LENGTH, cut safely.
 */
export function cleanEntryName(name: string): string {
	return cleanName(name, MAX_NAME_LENGTH).name;
}

function newestFirst(entries: SavedEntry[]): SavedEntry[] {
	return [...entries].sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
}

/** A bad entry in words a person can act on: "name is missing", "savedAt is not a date". */
function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = issue.path?.map((p) => String(p.key)).join('.');
	if (!path) return 'it is not an entry';
	if (issue.input === undefined) return `${path} is missing`;
	if (issue.type === 'check') return `${path} is not a date`;
	return `${path} is not valid`;
}

function readEntries(
	list: unknown[],
	messages: string[],
	limit = MAX_ENTRIES
): { entries: SavedEntry[]; bad: number } {
	const entries: SavedEntry[] = [];
	const seen = new Set<string>();
	const details: string[] = [];
	let bad = 0;
	list.slice(0, limit).forEach((item, i) => {
		const parsed = v.safeParse(EntrySchema, item);
		if (!parsed.success) {
			bad++;
			details.push(`entry ${i + 1} (${describeIssue(parsed.issues[0])})`);
			return;
		}
		if (seen.has(parsed.output.id)) {
			bad++;
			details.push(`entry ${i + 1} (the same id as an earlier entry)`);
			return;
		}
		seen.add(parsed.output.id);
		const name = cleanEntryName(parsed.output.name) || 'Untitled scenario';
		entries.push({ ...parsed.output, name });
	});
	if (list.length > limit) {
		bad += list.length - limit;
		details.push(`the ${list.length - limit} entries after the first ${limit}`);
	}
	if (bad) {
		messages.push(
			`${bad} of ${list.length} saved scenarios could not be read and ${bad === 1 ? 'is' : 'are'} not listed: ${details.slice(0, 3).join('; ')}${details.length > 3 ? '; …' : ''}.`
		);
	}
	return { entries, bad };
}

const KEPT =
	'The stored text is kept as it is, and copied to a backup key before anything is saved over it.';

/** Reads the saved scenarios. Never throws; reads what it can and says what it could not. */
export function readStore(storage: StorageLike): StoreState {
	let raw: string | null;
	try {
		raw = storage.getItem(STORE_KEY);
	} catch {
		return {
			entries: [],
			messages: ['This browser does not let the app read its storage, so nothing is saved.'],
			damaged: false
		};
	}
	if (raw === null) return { entries: [], messages: [], damaged: false };

	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return {
			entries: [],
			messages: [`Saved scenarios could not be read: the stored text is not valid JSON. ${KEPT}`],
			damaged: true
		};
	}

	const messages: string[] = [];
	let list: unknown[];
	let damaged = false;
	if (Array.isArray(data)) {
		// A bare list: not what this version writes, but its entries may still be good.
		messages.push(`Saved scenarios were stored as a bare list, not in the expected form. ${KEPT}`);
		list = data;
		damaged = true;
	} else if (typeof data === 'object' && data !== null) {
		const record = data as Record<string, unknown>;
		if (typeof record.version === 'number' && record.version > STORE_VERSION) {
			messages.push(
				`Saved scenarios were written by a newer version of the app (store version ${record.version}); showing the ones this version can read. ${KEPT}`
			);
			damaged = true;
		} else if (record.version !== STORE_VERSION) {
			messages.push(`Saved scenarios have no known version. ${KEPT}`);
			damaged = true;
		}
		if (!Array.isArray(record.entries)) {
			messages.push(`Saved scenarios could not be read: there is no list of entries. ${KEPT}`);
			return { entries: [], messages, damaged: true };
		}
		list = record.entries;
	} else {
		return {
			entries: [],
			messages: [`Saved scenarios could not be read: the stored value is not a list. ${KEPT}`],
			damaged: true
		};
	}

	const { entries, bad } = readEntries(list, messages);
	if (bad && !damaged) messages[messages.length - 1] += ` ${KEPT}`;
	return { entries: newestFirst(entries), messages, damaged: damaged || bad > 0 };
}

/** A backup key not yet used: the time of the backup, and a counter if that is taken. */
function freeBackupKey(storage: StorageLike, now: Date): string {
	const stamp = now.toISOString();
	let key = `${BACKUP_PREFIX}${stamp}`;
	for (let n = 2; storage.getItem(key) !== null; n++) key = `${BACKUP_PREFIX}${stamp}:${n}`;
	return key;
}

/**
 * Writes `entries` as the whole store. When the store on disk is damaged, its raw text goes to a
 * fresh backup key first, and if that copy fails nothing is written.
 */
function writeEntries(
	storage: StorageLike,
	before: StoreState,
	entries: SavedEntry[],
	now: Date,
	entry?: SavedEntry
): WriteResult {
	const messages: string[] = [];
	let backupKey: string | undefined;
	try {
		if (before.damaged) {
			const raw = storage.getItem(STORE_KEY);
			if (raw !== null) {
				backupKey = freeBackupKey(storage, now);
				storage.setItem(backupKey, raw);
				messages.push(
					`The saved scenarios that could not be read were copied to the key "${backupKey}" in this browser's storage.`
				);
			}
		}
		const data = { version: STORE_VERSION, entries };
		storage.setItem(STORE_KEY, JSON.stringify(data));
	} catch {
		return refuse(
			before,
			'Could not save: the browser’s storage is full or turned off for this site.'
		);
	}
	return {
		entries: newestFirst(entries),
		messages,
		damaged: false,
		ok: true,
		entry,
		backupKey
	};
}

export interface SaveOptions {
	now?: Date;
	newId?: () => string;
	/** Save over this entry (keeping its id) instead of adding a new one. */
	replaceId?: string;
}

export function defaultId(): string {
	if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function refuse(before: StoreState, error: string): WriteResult {
	return { ...before, ok: false, error };
}

/** Saves a scenario under a name, as a new entry or over `replaceId`. */
export function saveScenario(
	storage: StorageLike,
	input: { name: string; query: string },
	options: SaveOptions = {}
): WriteResult {
	const before = readStore(storage);
	const name = cleanEntryName(input.name);
	if (!name) return refuse(before, 'Give the scenario a name to save it.');
	const query = input.query.replace(/^\?/, '');
	if (query.length > MAX_QUERY_LENGTH) {
		return refuse(before, 'This scenario’s link is too long to save.');
	}
	const now = options.now ?? new Date();
	const savedAt = now.toISOString();
	if (options.replaceId !== undefined) {
		const old = before.entries.find((e) => e.id === options.replaceId);
		if (!old) return refuse(before, 'That saved scenario no longer exists.');
		const entry = { ...old, name, query, savedAt };
		const entries = before.entries.map((e) => (e.id === old.id ? entry : e));
		return writeEntries(storage, before, entries, now, entry);
	}
	if (before.entries.length >= MAX_ENTRIES) {
		return refuse(before, `At most ${MAX_ENTRIES} scenarios can be saved; delete some first.`);
	}
	const ids = new Set(before.entries.map((e) => e.id));
	const makeId = options.newId ?? defaultId;
	let id = makeId();
	while (ids.has(id)) id = makeId();
	const entry: SavedEntry = { id, name, query, savedAt };
	return writeEntries(storage, before, [entry, ...before.entries], now, entry);
}

export function renameScenario(
	storage: StorageLike,
	id: string,
	name: string,
	options: { now?: Date } = {}
): WriteResult {
	const before = readStore(storage);
	const clean = cleanEntryName(name);
	if (!clean) return refuse(before, 'A saved scenario needs a name.');
	const old = before.entries.find((e) => e.id === id);
	if (!old) return refuse(before, 'That saved scenario no longer exists.');
	const entry = { ...old, name: clean };
	const entries = before.entries.map((e) => (e.id === id ? entry : e));
	return writeEntries(storage, before, entries, options.now ?? new Date(), entry);
}

export function deleteScenario(
	storage: StorageLike,
	id: string,
	options: { now?: Date } = {}
): WriteResult {
	const before = readStore(storage);
	if (!before.entries.some((e) => e.id === id)) {
		return refuse(before, 'That saved scenario no longer exists.');
	}
	const entries = before.entries.filter((e) => e.id !== id);
	return writeEntries(storage, before, entries, options.now ?? new Date());
}

/** Web Storage with its list of keys (localStorage fits), to find the backups. */
export interface ListableStorage extends StorageLike {
	readonly length: number;
	key(index: number): string | null;
}

export interface BackupState {
	keys: string[];
	/** Every readable entry of every backup, one per id (its newest save), newest first. */
	entries: SavedEntry[];
	/** The backup entries whose id is not in the store now: what a restore brings back. */
	missing: SavedEntry[];
}

export function backupKeys(storage: ListableStorage): string[] {
	const keys: string[] = [];
	try {
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
		}
	} catch {
		return [];
	}
	return keys.sort();
}

/** The entries of one backup's raw text, with no limit on their number; [] when unreadable. */
function backupEntries(raw: string | null): SavedEntry[] {
	if (raw === null) return [];
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return [];
	}
	const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
	const list = Array.isArray(data) ? data : record.entries;
	return Array.isArray(list) ? readEntries(list, [], Infinity).entries : [];
}

/** What the backups hold, and which of their entries the store has lost. Never throws. */
export function readBackups(storage: ListableStorage): BackupState {
	const keys = backupKeys(storage);
	const byId = new Map<string, SavedEntry>();
	for (const key of keys) {
		let raw: string | null;
		try {
			raw = storage.getItem(key);
		} catch {
			continue;
		}
		for (const entry of backupEntries(raw)) {
			const seen = byId.get(entry.id);
			if (!seen || Date.parse(entry.savedAt) > Date.parse(seen.savedAt)) byId.set(entry.id, entry);
		}
	}
	const entries = newestFirst([...byId.values()]);
	const inStore = new Set(readStore(storage).entries.map((e) => e.id));
	return { keys, entries, missing: entries.filter((e) => !inStore.has(e.id)) };
}

/**
 * Brings the backup entries the store has lost back into it, newest first, as many as fit under
 * MAX_ENTRIES; the message says how many came back and how many did not fit. The backups stay.
 */
export function restoreFromBackups(
	storage: ListableStorage,
	options: { now?: Date } = {}
): WriteResult {
	const before = readStore(storage);
	const { missing } = readBackups(storage);
	if (missing.length === 0) {
		return refuse(before, 'Every scenario in the backup is already in the list.');
	}
	const room = Math.max(0, MAX_ENTRIES - before.entries.length);
	if (room === 0) {
		return refuse(
			before,
			`No room to restore: at most ${MAX_ENTRIES} scenarios can be saved. Delete some, or export the backup as a file.`
		);
	}
	const restored = missing.slice(0, room);
	const result = writeEntries(
		storage,
		before,
		[...before.entries, ...restored],
		options.now ?? new Date()
	);
	if (!result.ok) return result;
	const left = missing.length - restored.length;
	const what = `Restored ${restored.length} saved ${restored.length === 1 ? 'scenario' : 'scenarios'} from the backup.`;
	const rest =
		left > 0
			? ` ${left} more did not fit: at most ${MAX_ENTRIES} scenarios can be saved. Delete some and restore again, or export the backup as a file.`
			: '';
	return { ...result, messages: [what + rest, ...result.messages] };
}

/** The backups' readable entries as a file in the store's own form, `{ version, entries }`. */
export function backupFileText(state: BackupState): string {
	return JSON.stringify({ version: STORE_VERSION, entries: state.entries }, null, '\t') + '\n';
}
