/**
 * The kinds of setting a scenario has (number, choice, text), their options and labels, and the
 * small builders the settings table in fields.ts is written with.
 */

export const PRODUCT_MODELS = ['combined', 'separate', 'pm-only', 'po-only'] as const;
export type ProductModel = (typeof PRODUCT_MODELS)[number];

export const FALLBACK_MODES = ['absorb', 'stall'] as const;
export type FallbackMode = (typeof FALLBACK_MODES)[number];

export const PRODUCT_MODEL_LABELS: Record<ProductModel, string> = {
	combined: 'Combined PM/PO per team',
	separate: 'Separate: a PO per team, a PM per k teams',
	'pm-only': 'PM only: teams run their own backlog',
	'po-only': 'PO only: nobody owns market and pricing'
};

export const FALLBACK_LABELS: Record<FallbackMode, string> = {
	absorb: 'Someone else absorbs it (slower)',
	stall: 'It stalls'
};

export const PLANNING_MODES = ['sprint', 'flow'] as const;
export type PlanningMode = (typeof PLANNING_MODES)[number];

export const PLANNING_LABELS: Record<PlanningMode, string> = {
	sprint: 'Sprints: ready items wait for the next sprint planning',
	flow: 'Continuous flow (Kanban): ready items go straight to the team'
};

export const SWITCH_RULES = ['tregubov', 'weinberg'] as const;
export type SwitchRuleOption = (typeof SWITCH_RULES)[number];

export const SWITCH_RULE_LABELS: Record<SwitchRuleOption, string> = {
	tregubov: 'Measured: 17% lost from the second context on (Tregubov et al. 2017)',
	weinberg: 'Rule of thumb: 20% lost per extra context (Weinberg 1992)'
};

export type FieldGroup =
	'organisation' | 'roles' | 'cadence' | 'demand' | 'model' | 'hidden' | 'cost';

export const FIELD_GROUP_LABELS: Record<FieldGroup, string> = {
	organisation: 'Organisation',
	roles: 'People and hours',
	cadence: 'Cadence and horizon',
	demand: 'Demand',
	model: 'Model assumptions',
	hidden: 'Hidden work',
	cost: 'Cost'
};

interface FieldBase {
	key: string;
	label: string;
	group: FieldGroup;
	/** Why the default has its value: a public source, or "Assumption: …". */
	source: string;
	help?: string;
}

export interface NumberField extends FieldBase {
	type: 'int' | 'number';
	min: number;
	max: number;
	step: number;
	unit?: string;
	default: number;
}

export interface ChoiceField<T extends string = string> extends FieldBase {
	type: 'choice';
	options: readonly T[];
	optionLabels: Record<T, string>;
	default: T;
}

export interface TextField extends FieldBase {
	type: 'text';
	maxLength: number;
	default: string;
}

export type Field = NumberField | ChoiceField | TextField;

export const SCRUM_EVENTS_SHARE =
	'Scrum Guide time boxes per sprint week: planning 2 h, review 1 h, retrospective 45 min, daily scrum 15 min a day = 5 h of 40 (12.5%).';

export type NumberSpec<K extends string> = Omit<NumberField, 'type' | 'key'> & { key: K };

export const int = <K extends string>(
	f: Omit<NumberSpec<K>, 'step'> & { step?: number }
): NumberField & { key: K; type: 'int' } => ({ type: 'int', step: 1, ...f });
export const num = <K extends string>(
	f: NumberSpec<K>
): NumberField & { key: K; type: 'number' } => ({
	type: 'number',
	...f
});
