import { FIELD_BY_KEY, FIELDS, type Field } from './fields';
import { DEFAULT_PRESET, PRESET_IDS, PRESETS, presetScenario, type PresetId } from './presets';
import type { Scenario } from './scenario';
import { CURRENT_VERSION, migrateParams } from './versions';
import { cleaningNote, cleanName } from './cleanName';
import { excerpt, excerptName, safePrefix } from './excerpt';

/** One rejected or repaired part of a link, with the message the user sees. */
export interface ScenarioIssue {
	key: string;
	value: string;
	message: string;
}

export interface ParsedScenario {
	scenario: Scenario;
	issues: ScenarioIssue[];
}

const VERSION_KEY = 'v';
const PRESET_KEY = 'preset';
/**
 * Raw lengths read at most: the longest key is under 30 characters and the longest value a name
 * of 80, so these leave room for hand-written links while bounding the work any link can ask for.
 */
export const MAX_KEY_LENGTH = 64;
export const MAX_VALUE_LENGTH = 400;

function formatValue(field: Field, value: number | string): string {
	if (field.type === 'text') return excerpt(String(value));
	return String(value);
}

/** Edit distance, for "did you mean" hints on mistyped keys and values. */
function editDistance(a: string, b: string): number {
	const lowerA = a.toLowerCase();
	const lowerB = b.toLowerCase();
	const row = Array.from({ length: lowerB.length + 1 }, (_, j) => j);
	for (let i = 1; i <= lowerA.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= lowerB.length; j++) {
			const above = row[j];
			row[j] = Math.min(
				row[j] + 1,
				row[j - 1] + 1,
				diagonal + (lowerA.charCodeAt(i - 1) === lowerB.charCodeAt(j - 1) ? 0 : 1)
			);
			diagonal = above;
		}
	}
	return row[lowerB.length];
}

function closest(input: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const prefixMatch =
			input.length >= 2 && candidate.toLowerCase().startsWith(input.toLowerCase());
		// The distance is at least the difference in length: skip candidates that cannot qualify.
		const hopeless = Math.abs(input.length - candidate.length) > Math.max(2, input.length / 3);
		if (!prefixMatch && hopeless) continue;
		const distance = prefixMatch ? 0.5 : editDistance(input, candidate);
		if (distance < bestDistance) {
			bestDistance = distance;
			best = candidate;
		}
	}
	return bestDistance <= Math.max(2, input.length / 3) ? best : undefined;
}

// Each digit run can be matched one way only (the fraction's digits follow a literal dot), so
// the check is linear: `\d+\.?\d*` split a long digit run every possible way before failing.
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** True when `text` is a plain decimal number, as a link writes one (no hex, no Infinity). */
export function isNumberText(text: string): boolean {
	return NUMBER_PATTERN.test(text);
}

type FieldResult =
	{ ok: true; value: number | string; note?: string } | { ok: false; reason: string };

function parseField(field: Field, raw: string): FieldResult {
	switch (field.type) {
		case 'int':
		case 'number': {
			const text = raw.trim();
			if (!isNumberText(text)) {
				return { ok: false, reason: `${field.key} must be a number; got ${excerpt(raw)}` };
			}
			const value = Number(text);
			if (!Number.isFinite(value) || value < field.min || value > field.max) {
				return {
					ok: false,
					reason: `${field.key} must be between ${field.min} and ${field.max}; got ${excerpt(raw)}`
				};
			}
			if (field.type === 'int' && !Number.isInteger(value)) {
				return { ok: false, reason: `${field.key} must be a whole number; got ${excerpt(raw)}` };
			}
			return { ok: true, value };
		}
		case 'choice': {
			const value = raw.trim().toLowerCase();
			// Case does not matter: `eur` reads as the currency EUR.
			const option = field.options.find((o) => o.toLowerCase() === value);
			if (option !== undefined) return { ok: true, value: option };
			const hint = closest(value, field.options);
			return {
				ok: false,
				reason: `${field.key} must be one of ${field.options.join(', ')}; got ${excerpt(raw)}${hint ? ` (did you mean ${hint}?)` : ''}`
			};
		}
		case 'text': {
			const clean = cleanName(raw, field.maxLength);
			return { ok: true, value: clean.name, note: cleaningNote(field.key, clean, field.maxLength) };
		}
	}
}

/** Says a value is too long to read, before any pattern or edit distance sees it. */
function tooLong(key: string, raw: string): string {
	return `${key} is too long to read (at most ${MAX_VALUE_LENGTH} characters); got ${excerpt(raw)}`;
}

function parsePreset(raw: string | null, issues: ScenarioIssue[]): PresetId {
	if (raw === null) return DEFAULT_PRESET;
	if (raw.length > MAX_VALUE_LENGTH) {
		issues.push({
			key: PRESET_KEY,
			value: raw,
			message: `${tooLong(PRESET_KEY, raw)}; using ${DEFAULT_PRESET}`
		});
		return DEFAULT_PRESET;
	}
	const value = raw.trim().toLowerCase();
	if ((PRESET_IDS as readonly string[]).includes(value)) return value as PresetId;
	const hint = closest(value, PRESET_IDS);
	issues.push({
		key: PRESET_KEY,
		value: raw,
		message: `preset must be one of ${PRESET_IDS.join(', ')}; got ${excerpt(raw)}${hint ? ` (did you mean ${hint}?)` : ''}; using ${DEFAULT_PRESET}`
	});
	return DEFAULT_PRESET;
}

/**
 * Reads a scenario from URL query parameters. Never throws: every valid part is kept, every
 * rejected part falls back to the preset's value and yields one message.
 */
export function parseScenarioParams(input: URLSearchParams | string): ParsedScenario {
	const params =
		typeof input === 'string' ? new URLSearchParams(input.slice(input.indexOf('?') + 1)) : input;
	const issues: ScenarioIssue[] = [];
	const entries = migrateParams(params, issues);

	const firstValue = new Map<string, string>();
	for (const [key, value] of entries) {
		if (key.length > MAX_KEY_LENGTH) {
			issues.push({
				key,
				value,
				message: `Unknown setting ${excerpt(key)} was ignored: setting names are at most ${MAX_KEY_LENGTH} characters`
			});
			continue;
		}
		if (firstValue.has(key)) {
			issues.push({
				key,
				value,
				message: `${excerptName(key)} was given more than once; using the first value ${excerpt(firstValue.get(key)!)}`
			});
			continue;
		}
		firstValue.set(key, value);
	}

	const preset = parsePreset(firstValue.get(PRESET_KEY) ?? null, issues);
	const scenario: Record<string, unknown> = { ...presetScenario(preset) };

	for (const [key, raw] of firstValue) {
		if (key === PRESET_KEY || key === VERSION_KEY) continue;
		const field = FIELD_BY_KEY.get(key);
		if (!field) {
			const hint = closest(key, [...FIELD_BY_KEY.keys(), PRESET_KEY]);
			issues.push({
				key,
				value: raw,
				message: `Unknown setting ${excerpt(key)} was ignored${hint ? ` (did you mean ${hint}?)` : ''}`
			});
			continue;
		}
		if (raw.length > MAX_VALUE_LENGTH && field.type !== 'text') {
			issues.push({
				key,
				value: raw,
				message: `${tooLong(key, raw)}; using ${formatValue(field, scenario[key] as number | string)}`
			});
			continue;
		}
		// A name is cut anyway; reading only its start bounds the cleaning work.
		const result = parseField(field, safePrefix(raw, MAX_VALUE_LENGTH));
		if (result.ok) {
			scenario[key] = result.value;
			if (result.note) issues.push({ key, value: raw, message: result.note });
		} else {
			issues.push({
				key,
				value: raw,
				message: `${result.reason}; using ${formatValue(field, scenario[key] as number | string)}`
			});
		}
	}
	return { scenario: scenario as Scenario, issues };
}

/** Formats a number the way the decoder reads it back, so links stay short and stable. */
function formatNumber(value: number): string {
	return String(value);
}

/**
 * Writes a scenario as query parameters: the version, the preset, then only the settings that
 * differ from that preset, in the order of the settings table.
 */
export function toSearchParams(scenario: Scenario): URLSearchParams {
	const params = new URLSearchParams();
	params.set(VERSION_KEY, String(CURRENT_VERSION));
	params.set(PRESET_KEY, scenario.preset);
	const base = presetScenario(scenario.preset) as Record<string, unknown>;
	const values = scenario as unknown as Record<string, unknown>;
	for (const field of FIELDS) {
		const value = values[field.key];
		if (value === base[field.key]) continue;
		params.set(field.key, typeof value === 'number' ? formatNumber(value) : String(value));
	}
	return params;
}

export function toQueryString(scenario: Scenario): string {
	return toSearchParams(scenario).toString();
}

export { PRESETS };
