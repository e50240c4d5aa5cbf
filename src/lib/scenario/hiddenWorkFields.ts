import { int, num, type ChoiceField } from './fieldTypes';

/**
 * The hidden-work settings (issue 9): exceptions raised during development, decisions by default,
 * rework, leadership's finite time for alignment, and the shape of effort. The model is the
 * Virtual Design Team's (Levitt, Thomsen, Christiansen, Kunz, Jin and Nass, "Simulating Project
 * Work Processes and Organizations", Management Science 45(11), 1999): work raises exceptions that
 * go to whoever owns the decision; an overloaded owner makes them wait or the worker decides by
 * default, which raises the chance of rework. VDT's rates were fitted per project, so every
 * figure here is an assumption and a setting. Kept apart from fields.ts, as the cost settings are;
 * a scenario file written before them gets their defaults (scenario.ts).
 */

const VDT =
	'Virtual Design Team (Levitt et al., Management Science 45(11), 1999): exceptions go to the decision’s owner; unanswered ones are decided by default and cause rework.';

export const EXCEPTION_MODELS = ['vdt', 'off'] as const;
export type ExceptionModel = (typeof EXCEPTION_MODELS)[number];
export const EXCEPTION_MODEL_LABELS: Record<ExceptionModel, string> = {
	vdt: 'Modelled: unanswered questions are decided by default and cause rework',
	off: 'Off: every question is answered by someone, every item passes acceptance'
};

export const EFFORT_SHAPES = ['lognormal', 'exponential'] as const;
export type EffortShape = (typeof EFFORT_SHAPES)[number];
export const EFFORT_SHAPE_LABELS: Record<EffortShape, string> = {
	lognormal: 'Lognormal: right-skewed, most tasks near the typical size, a few far longer',
	exponential: 'Exponential: the queueing-theory textbook case (validation)'
};

export const HIDDEN_WORK_FIELDS = [
	{
		type: 'choice' as const,
		key: 'exceptions' as const,
		label: 'Exceptions, decisions by default and rework',
		group: 'hidden' as const,
		options: EXCEPTION_MODELS,
		optionLabels: EXCEPTION_MODEL_LABELS,
		default: 'vdt',
		source: VDT + ' Off gives the engine before issue 9 (every question answered, no rework).'
	} satisfies ChoiceField<ExceptionModel>,
	num({
		key: 'patienceHours',
		label: 'How long a developer waits for an answer before deciding by default',
		group: 'hidden',
		min: 0.25,
		max: 80,
		step: 0.25,
		default: 4,
		unit: 'h',
		source:
			'Assumption: half a working day. VDT has the same rule (an exception not answered in time is decided by default); its wait limits were fitted per project.'
	}),
	num({
		key: 'scopeExceptionShare',
		label: 'Share of questions that touch roadmap scope (go to the PM)',
		group: 'hidden',
		min: 0,
		max: 1,
		step: 0.05,
		default: 0.2,
		unit: 'share',
		source:
			'Assumption: one question in five is about scope or priority beyond the story (the PM’s, PRODUCT.md); the rest are about the story (the PO’s).'
	}),
	num({
		key: 'hurriedExceptionFactor',
		label: 'More questions when refinement was absorbed or starved',
		group: 'hidden',
		min: 1,
		max: 5,
		step: 0.05,
		default: 1.25,
		unit: 'x rate',
		source:
			'Assumption: a story refined by the team itself, or one that waited more than a sprint for its refinement, raises a quarter more questions (as the team pays a quarter more effort for absorbed PO work). VDT raises the exception rate with a lower skill or experience match.'
	}),
	num({
		key: 'defaultReworkChance',
		label: 'Chance that a decision by default causes rework',
		group: 'hidden',
		min: 0,
		max: 1,
		step: 0.05,
		default: 0.3,
		unit: 'share',
		source:
			'Assumption: about one guess in three turns out wrong. VDT: decisions by default raise the probability of rework.'
	}),
	num({
		key: 'acceptFailChance',
		label: 'Chance an item fails acceptance with every question answered',
		group: 'hidden',
		min: 0,
		max: 0.9,
		step: 0.01,
		default: 0.05,
		unit: 'share',
		source: 'Assumption: one story in twenty goes back even when its questions were answered.'
	}),
	num({
		key: 'reworkShare',
		label: 'Rework pass, share of the item’s development effort',
		group: 'hidden',
		min: 0.05,
		max: 1,
		step: 0.05,
		default: 0.3,
		unit: 'share',
		source: 'Assumption: a rework pass redoes about a third of the item.'
	}),
	int({
		key: 'leaders',
		label: 'Leaders who align roadmap moves and approve pricing (0: not modelled)',
		group: 'hidden',
		min: 0,
		max: 50,
		default: 2,
		unit: 'people',
		source:
			'Assumption: two leaders (say the CEO and the head of product) take part in every alignment and approval. 0 keeps the old model, a response delay with unlimited stakeholders.'
	}),
	num({
		key: 'leaderAlignHours',
		label: 'Hours a week each leader gives to alignment and approval',
		group: 'hidden',
		min: 0.5,
		max: 40,
		step: 0.5,
		default: 6,
		unit: 'h/week',
		source: 'Assumption: a leader gives a few hours a week to product decisions.'
	}),
	num({
		key: 'alignHours',
		label: 'Leadership time per alignment or approval',
		group: 'hidden',
		min: 0.25,
		max: 16,
		step: 0.25,
		default: 1,
		unit: 'h',
		source: 'Assumption: a one-hour meeting per roadmap move or pricing change.'
	}),
	{
		type: 'choice' as const,
		key: 'effortShape' as const,
		label: 'Shape of effort',
		group: 'hidden' as const,
		options: EFFORT_SHAPES,
		optionLabels: EFFORT_SHAPE_LABELS,
		default: 'lognormal',
		source:
			'Software effort is right-skewed and close to lognormal (Jørgensen and Sjøberg; Little, IEEE Software 23(3), 2006, on actual versus estimated effort). Exponential keeps the queueing-theory checks exact.'
	} satisfies ChoiceField<EffortShape>,
	num({
		key: 'effortCv',
		label: 'Spread of effort (coefficient of variation, lognormal)',
		group: 'hidden',
		min: 0.1,
		max: 3,
		step: 0.05,
		default: 1,
		unit: 'CV',
		source:
			'Assumption: 1, the spread of the exponential, so only the shape changes and the queueing formulas that use E[S²] (Pollaczek–Khinchine) still hold.'
	})
] as const;
