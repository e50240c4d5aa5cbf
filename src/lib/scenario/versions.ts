import type { ScenarioIssue } from './codec';

/** The link format written today. Links keep opening after the format changes: see MIGRATIONS. */
export const CURRENT_VERSION = 1;

type Entries = [string, string][];

/**
 * MIGRATIONS[n] turns the parameters of format version n into those of version n + 1
 * (renamed keys, changed units). Version 1 is the first, so there is nothing to migrate yet;
 * a version 2 adds `1: (entries) => ...` here and bumps CURRENT_VERSION.
 */
export const MIGRATIONS: Record<number, (entries: Entries) => Entries> = {};

/** Reads `v`, runs the migrations from that version up to today's, and returns the entries. */
export function migrateParams(params: URLSearchParams, issues: ScenarioIssue[]): Entries {
	let entries: Entries = [...params.entries()];
	const raw = params.get('v');
	let version = CURRENT_VERSION;
	if (raw !== null) {
		const parsed = /^\d{1,6}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
		if (!Number.isInteger(parsed) || parsed < 1) {
			issues.push({
				key: 'v',
				value: raw,
				message: `v (link format version) must be a whole number from 1 to ${CURRENT_VERSION}; got ${JSON.stringify(raw.slice(0, 40))}; reading it as version ${CURRENT_VERSION}`
			});
		} else if (parsed > CURRENT_VERSION) {
			issues.push({
				key: 'v',
				value: raw,
				message: `This link uses format version ${parsed}, newer than this app understands (${CURRENT_VERSION}); reading what it can`
			});
		} else {
			version = parsed;
		}
	}
	for (let from = version; from < CURRENT_VERSION; from++) {
		const migrate = MIGRATIONS[from];
		if (migrate) entries = migrate(entries);
	}
	return entries;
}
