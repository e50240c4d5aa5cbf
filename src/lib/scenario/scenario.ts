import * as v from 'valibot';
import { FIELDS, type Field } from './fields';
import { PRESET_IDS, type PresetId } from './presetIds';

type FieldValue<F> = F extends { type: 'choice'; options: readonly (infer T)[] }
	? T
	: F extends { type: 'text' }
		? string
		: number;

/** The settings of one scenario, one property per row of FIELDS. */
export type ScenarioSettings = { [F in (typeof FIELDS)[number] as F['key']]: FieldValue<F> };

/** A whole scenario: the preset it started from, and every setting. */
export type Scenario = { preset: PresetId } & ScenarioSettings;

function fieldSchema(field: Field) {
	switch (field.type) {
		case 'int':
			return v.pipe(v.number(), v.integer(), v.minValue(field.min), v.maxValue(field.max));
		case 'number':
			return v.pipe(v.number(), v.finite(), v.minValue(field.min), v.maxValue(field.max));
		case 'choice':
			return v.picklist(field.options);
		case 'text':
			return v.pipe(v.string(), v.maxLength(field.maxLength));
	}
}

/**
 * The cost and hidden-work settings came after the first scenario files were written: a file without them gets
 * their defaults, as a link without them does.
 */
function settingSchema(field: Field) {
	const schema = fieldSchema(field);
	return field.group === 'cost' || field.group === 'hidden'
		? v.optional(schema, field.default)
		: schema;
}

/** The scenario schema: bounds and types, used to check imported files and decoded links. */
export const ScenarioSchema = v.strictObject({
	preset: v.picklist(PRESET_IDS),
	...Object.fromEntries(FIELDS.map((f) => [f.key, settingSchema(f)]))
}) as unknown as v.GenericSchema<unknown, Scenario>;

export function isScenario(value: unknown): value is Scenario {
	return v.is(ScenarioSchema, value);
}
