import type { ScenarioIssue } from './codec';
import { excerpt } from './excerpt';

/** The link format written today. Links keep opening after the format changes: see MIGRATIONS. */
export const CURRENT_VERSION = 2;

type Entries = [string, string][];

/**
 * Version 2 recalibrated defaults (docs/model.md, "Calibration") and the startup preset, and
 * counts new backlog items per week instead of per sprint. A link only carries what differs from
 * its preset, so a version-1 link gets the old values of the settings it left out, and its items
 * per sprint become items per week: it opens the organisation it was made for.
 */
const V1_DEFAULTS: Record<string, string> = {
	roadmapPerQuarter: '1.5',
	refineHours: '2',
	answerHours: '0.5',
	switchRule: 'weinberg'
};
const V1_PRESETS: Record<string, Record<string, string>> = {
	startup: { teams: '2', teamSize: '5', teamsPerPo: '2', teamsPerPm: '2', pricingPerQuarter: '2' }
};

/** Version 1 counted new backlog items per sprint (default 8); version 2 per week. */
function itemsPerWeekOf(entries: Entries, presetSettings: Record<string, string>): string | null {
	const value = (key: string) => entries.find(([k]) => k === key)?.[1]?.trim();
	const perSprint = Number(value('itemsPerSprint') ?? '8');
	const weeks = Number(value('sprintWeeks') ?? presetSettings.sprintWeeks ?? '2');
	if (!Number.isFinite(perSprint) || !Number.isFinite(weeks) || weeks <= 0) return null;
	// Two decimals: enough for any per-sprint figure over a sprint of one to four weeks.
	return String(Math.round((perSprint / weeks) * 100) / 100);
}

function pinVersion1(entries: Entries): Entries {
	const present = new Set(entries.map(([key]) => key));
	const preset = entries.find(([key]) => key === 'preset')?.[1]?.trim() ?? '';
	const presetSettings = Object.hasOwn(V1_PRESETS, preset) ? V1_PRESETS[preset] : {};
	const pinned: Record<string, string> = { ...V1_DEFAULTS, ...presetSettings };
	const perWeek = itemsPerWeekOf(entries, presetSettings);
	const kept = entries.filter(([key]) => key !== 'itemsPerSprint' || perWeek === null);
	if (perWeek !== null && !present.has('itemsPerWeek')) kept.push(['itemsPerWeek', perWeek]);
	return [...kept, ...Object.entries(pinned).filter(([key]) => !present.has(key))];
}

/**
 * MIGRATIONS[n] turns the parameters of format version n into those of version n + 1
 * (renamed keys, changed units, changed defaults).
 */
export const MIGRATIONS: Record<number, (entries: Entries) => Entries> = { 1: pinVersion1 };

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
				message: `v (link format version) must be a whole number from 1 to ${CURRENT_VERSION}; got ${excerpt(raw)}; reading it as version ${CURRENT_VERSION}`
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
