import { FIELD_BY_KEY, FIELDS, type Field } from './fields';
import { DEFAULT_PRESET, PRESET_IDS, PRESETS, presetScenario, type PresetId } from './presets';
import type { Scenario } from './scenario';
import { CURRENT_VERSION, migrateParams } from './versions';

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
const MAX_SHOWN_VALUE = 40;

/** Shows a rejected value in a message without letting a long or odd value take over the text. */
export function quoteValue(value: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what we hide
	const printable = value.replace(/[\u0000-\u001f\u007f]/g, '?');
	return JSON.stringify(
		printable.length > MAX_SHOWN_VALUE ? printable.slice(0, MAX_SHOWN_VALUE) + '…' : printable
	);
}

function formatValue(field: Field, value: number | string): string {
	if (field.type === 'text') return quoteValue(String(value));
	return String(value);
}

/** Edit distance, for "did you mean" hints on mistyped keys and values. */
function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = Math.min(
				row[j] + 1,
				row[j - 1] + 1,
				diagonal + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1)
			);
			diagonal = above;
		}
	}
	return row[b.length];
}

function closest(input: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const prefixMatch =
			input.length >= 2 && candidate.toLowerCase().startsWith(input.toLowerCase());
		const distance = prefixMatch ? 0.5 : editDistance(input, candidate);
		if (distance < bestDistance) {
			bestDistance = distance;
			best = candidate;
		}
	}
	return bestDistance <= Math.max(2, input.length / 3) ? best : undefined;
}

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// Characters that could read as markup or break an exported file are dropped from names.
// eslint-disable-next-line no-control-regex -- control characters are exactly what we drop
const UNSAFE_TEXT = /[<>"'`\\\u0000-\u001f\u007f]/g;

type FieldResult =
	{ ok: true; value: number | string; note?: string } | { ok: false; reason: string };

function parseField(field: Field, raw: string): FieldResult {
	switch (field.type) {
		case 'int':
		case 'number': {
			const text = raw.trim();
			if (!NUMBER_PATTERN.test(text)) {
				return { ok: false, reason: `${field.key} must be a number; got ${quoteValue(raw)}` };
			}
			const value = Number(text);
			if (!Number.isFinite(value) || value < field.min || value > field.max) {
				return {
					ok: false,
					reason: `${field.key} must be between ${field.min} and ${field.max}; got ${quoteValue(raw)}`
				};
			}
			if (field.type === 'int' && !Number.isInteger(value)) {
				return { ok: false, reason: `${field.key} must be a whole number; got ${quoteValue(raw)}` };
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
				reason: `${field.key} must be one of ${field.options.join(', ')}; got ${quoteValue(raw)}${hint ? ` (did you mean ${hint}?)` : ''}`
			};
		}
		case 'text': {
			let value = raw.replace(UNSAFE_TEXT, '').replace(/\s+/g, ' ').trim();
			const notes: string[] = [];
			if (value.length !== raw.trim().replace(/\s+/g, ' ').length) {
				notes.push('characters such as < > " \' were removed');
			}
			if (value.length > field.maxLength) {
				value = value.slice(0, field.maxLength).trim();
				notes.push(`it was cut to ${field.maxLength} characters`);
			}
			return {
				ok: true,
				value,
				note: notes.length ? `${field.key}: ${notes.join(' and ')}` : undefined
			};
		}
	}
}

function parsePreset(raw: string | null, issues: ScenarioIssue[]): PresetId {
	if (raw === null) return DEFAULT_PRESET;
	const value = raw.trim().toLowerCase();
	if ((PRESET_IDS as readonly string[]).includes(value)) return value as PresetId;
	const hint = closest(value, PRESET_IDS);
	issues.push({
		key: PRESET_KEY,
		value: raw,
		message: `preset must be one of ${PRESET_IDS.join(', ')}; got ${quoteValue(raw)}${hint ? ` (did you mean ${hint}?)` : ''}; using ${DEFAULT_PRESET}`
	});
	return DEFAULT_PRESET;
}

/**
 * Reads a scenario from URL query parameters. Never throws: every valid part is kept, every
 * rejected part falls back to the preset's value and yields one message.
 */
export function parseScenarioParams(input: URLSearchParams | string): ParsedScenario {
	const params =
		typeof input === 'string' ? new URLSearchParams(input.replace(/^[^?]*\?/, '')) : input;
	const issues: ScenarioIssue[] = [];
	const entries = migrateParams(params, issues);

	const firstValue = new Map<string, string>();
	for (const [key, value] of entries) {
		if (firstValue.has(key)) {
			issues.push({
				key,
				value,
				message: `${key} was given more than once; using the first value ${quoteValue(firstValue.get(key)!)}`
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
				message: `Unknown setting ${quoteValue(key)} was ignored${hint ? ` (did you mean ${hint}?)` : ''}`
			});
			continue;
		}
		const result = parseField(field, raw);
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
