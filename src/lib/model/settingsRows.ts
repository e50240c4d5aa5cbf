/**
 * The settings table of the /model page, read from the settings declaration (fields.ts): every
 * setting with its default, what it accepts and where the default comes from, marked as an
 * assumption where it has no public source. Pure.
 */
import { format } from 'd3';
import { FIELD_GROUP_LABELS, FIELDS, type Field, type FieldGroup } from '$lib/scenario/fields';

export interface SettingRow {
	key: string;
	label: string;
	/** The default as a reader says it: "25%", "40 h/week", "Separate: a PO per team…". */
	value: string;
	/** What it accepts: "1–200 teams". */
	range: string;
	source: string;
	/** True when the source says it is an assumption rather than a published figure. */
	assumption: boolean;
}

export interface SettingGroup {
	group: FieldGroup;
	label: string;
	rows: SettingRow[];
}

// Defaults are short decimals declared in code; at most four significant figures, no float tails.
const number = format(',.4~g');
const percent = format('.4~%');

function withUnit(value: number, unit: string | undefined): string {
	if (unit === 'share') return percent(value);
	if (unit === 'x effort') return `${number(value)}× the effort`;
	return unit ? `${number(value)} ${unit}` : number(value);
}

function valueOf(field: Field): string {
	switch (field.type) {
		case 'int':
		case 'number':
			return withUnit(field.default, field.unit);
		case 'choice':
			return (field.optionLabels as Record<string, string>)[field.default] ?? field.default;
		case 'text':
			return field.default || '(empty)';
	}
}

function rangeOf(field: Field): string {
	switch (field.type) {
		case 'int':
		case 'number':
			return field.unit === 'share'
				? `${percent(field.min)}–${percent(field.max)}`
				: `${number(field.min)}–${withUnit(field.max, field.unit)}`;
		case 'choice':
			return `${field.options.length} choices`;
		case 'text':
			return `text, up to ${field.maxLength} characters`;
	}
}

/** True for a source that names no published figure: "Assumption: …" or "Scenario input". */
export function isAssumption(source: string): boolean {
	return /^assumption\b/i.test(source.trim());
}

export function settingGroups(fields: readonly Field[] = FIELDS): SettingGroup[] {
	const groups: SettingGroup[] = [];
	for (const field of fields) {
		let group = groups.find((g) => g.group === field.group);
		if (!group) {
			group = { group: field.group, label: FIELD_GROUP_LABELS[field.group], rows: [] };
			groups.push(group);
		}
		group.rows.push({
			key: field.key,
			label: field.label,
			value: valueOf(field),
			range: rangeOf(field),
			source: field.source,
			assumption: isAssumption(field.source)
		});
	}
	return groups;
}
