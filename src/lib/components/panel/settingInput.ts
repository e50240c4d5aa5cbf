/**
 * How the panel shows and reads settings: shares as percentages, typed text checked against the
 * field's bounds before it is committed, people counts in words. Plain functions, tested in Node.
 */
import {
	FIELDS,
	parseScenarioParams,
	presetScenario,
	type NumberField,
	type ProductModel,
	type RoleCounts,
	type Scenario
} from '$lib/scenario';

/** Shares (0–1) are edited as percentages: "12.5 %" reads better than "0.125". */
export function displayScale(field: NumberField): number {
	return field.unit === 'share' ? 100 : 1;
}

export function displayUnit(field: NumberField): string {
	if (field.unit === 'share') return '%';
	if (field.unit === 'x effort') return '× effort';
	return field.unit ?? '';
}

/** Rounds away binary noise such as 0.175 × 100 = 17.499999999999996. */
function tidy(value: number): number {
	return Number(value.toPrecision(12));
}

export function toDisplay(field: NumberField, value: number): string {
	return String(tidy(value * displayScale(field)));
}

export function displayBounds(field: NumberField): { min: number; max: number; step: number } {
	const scale = displayScale(field);
	return {
		min: tidy(field.min * scale),
		max: tidy(field.max * scale),
		step: tidy(field.step * scale)
	};
}

export type NumberReading =
	{ status: 'valid'; value: number } | { status: 'empty' } | { status: 'invalid'; message: string };

/**
 * Reads what the user typed into a number box. `badInput` is the browser's flag for text it
 * cannot read as a number (a lone "-", "1e"). Nothing invalid is ever committed.
 */
export function readNumberInput(field: NumberField, raw: string, badInput = false): NumberReading {
	const { min, max } = displayBounds(field);
	const unit = displayUnit(field);
	const range = `${field.type === 'int' ? 'a whole number' : 'a number'} from ${min} to ${max}${unit ? ` ${unit}` : ''}`;
	const text = raw.trim();
	if (badInput) return { status: 'invalid', message: `Enter ${range}.` };
	if (text === '') return { status: 'empty' };
	const shown = Number(text);
	if (!Number.isFinite(shown)) return { status: 'invalid', message: `Enter ${range}.` };
	if (shown < min || shown > max) {
		return {
			status: 'invalid',
			message: `${field.label} must be from ${min} to ${max}${unit ? ` ${unit}` : ''}.`
		};
	}
	const value = tidy(shown / displayScale(field));
	if (field.type === 'int' && !Number.isInteger(value)) {
		return { status: 'invalid', message: `${field.label} must be a whole number.` };
	}
	return { status: 'valid', value: Math.min(field.max, Math.max(field.min, value)) };
}

/**
 * The name exactly as the link will keep it: the codec drops markup characters and extra spaces,
 * so the panel applies the same rule instead of writing a name the link would later reject.
 */
export function cleanName(text: string): string {
	if (text.trim() === '') return '';
	return parseScenarioParams(new URLSearchParams({ name: text })).scenario.name;
}

/** Settings that only some product-role models use; the rest apply to every model. */
const USED_BY: Partial<Record<string, readonly ProductModel[]>> = {
	teamsPerPm: ['separate', 'pm-only'],
	teamsPerPo: ['separate', 'combined', 'po-only'],
	pmHours: ['separate', 'pm-only'],
	pmMeetings: ['separate', 'pm-only'],
	poHours: ['separate', 'po-only'],
	poMeetings: ['separate', 'po-only'],
	pmpoHours: ['combined'],
	pmpoMeetings: ['combined']
};

export function isUsedByModel(key: string, model: ProductModel): boolean {
	return USED_BY[key]?.includes(model) ?? true;
}

const MODEL_NAMES: Record<ProductModel, string> = {
	combined: 'combined PM/PO',
	separate: 'separate-roles',
	'pm-only': 'PM-only',
	'po-only': 'PO-only'
};

/** "Not used by the PM-only model.", or null when the setting applies. */
export function unusedNote(key: string, model: ProductModel): string | null {
	return isUsedByModel(key, model) ? null : `Not used by the ${MODEL_NAMES[model]} model.`;
}

/** Keys whose value differs from the scenario's preset. */
export function changedKeys(scenario: Scenario): Set<string> {
	const base = presetScenario(scenario.preset) as unknown as Record<string, unknown>;
	const values = scenario as unknown as Record<string, unknown>;
	return new Set(FIELDS.filter((f) => values[f.key] !== base[f.key]).map((f) => f.key));
}

function count(n: number, one: string, many: string): string {
	return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** "3 PMs, 8 POs, 48 developers"; roles the model does not have are left out. */
export function roleCountsText(counts: RoleCounts): string {
	const parts: string[] = [];
	if (counts.productManagers) parts.push(count(counts.productManagers, 'PM', 'PMs'));
	if (counts.productOwners) parts.push(count(counts.productOwners, 'PO', 'POs'));
	if (counts.combinedPmPo) parts.push(count(counts.combinedPmPo, 'PM/PO', 'PM/POs'));
	parts.push(count(counts.developers, 'developer', 'developers'));
	return parts.join(', ');
}
