import { FIELD_BY_KEY, type ChoiceField } from '../scenario/index';

/** The product models by the short names a chart line and a sentence use. */
const MODEL_LINES: Record<string, string> = {
	combined: 'Combined PM/PO',
	separate: 'Separate PM and PO',
	'pm-only': 'PM only',
	'po-only': 'PO only'
};

/**
 * The name of a choice's option as a line of a sweep: "Separate PM and PO", "Sprints" (an
 * option's label up to its colon), or the option itself.
 */
export function lineLabel(key: string, option: string): string {
	if (key === 'model' && MODEL_LINES[option]) return MODEL_LINES[option];
	const field = FIELD_BY_KEY.get(key) as ChoiceField | undefined;
	const label = field?.type === 'choice' ? field.optionLabels[option] : undefined;
	return label ? label.split(':')[0] : option;
}
