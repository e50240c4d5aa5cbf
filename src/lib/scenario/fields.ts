import { COST_FIELDS } from './costFields';
import { HIDDEN_WORK_FIELDS } from './hiddenWorkFields';
import {
	PLANNING_LABELS,
	PLANNING_MODES,
	PRODUCT_MODEL_LABELS,
	PRODUCT_MODELS,
	type PlanningMode,
	type ProductModel,
	FALLBACK_LABELS,
	FALLBACK_MODES,
	SCRUM_EVENTS_SHARE,
	SWITCH_RULE_LABELS,
	SWITCH_RULES,
	int,
	num,
	type ChoiceField,
	type FallbackMode,
	type Field,
	type SwitchRuleOption
} from './fieldTypes';

/**
 * Every setting of a scenario, in one table: its URL key, bounds, unit, group and where its
 * default comes from. The schema, the URL codec, the configuration panel and the docs all read
 * this table, so a setting is declared once.
 *
 * Time conventions: the clock counts working time. A week is 5 working days of 8 hours;
 * "days" everywhere mean working days.
 */

export * from './fieldTypes';

export const FIELDS = [
	{
		type: 'text' as const,
		key: 'name' as const,
		label: 'Scenario name',
		group: 'organisation',
		maxLength: 80,
		default: '',
		source: 'Shown as the page title; plain text only.'
	},
	int({
		key: 'teams',
		label: 'Teams',
		group: 'organisation',
		min: 1,
		max: 200,
		default: 8,
		unit: 'teams',
		source: 'Scenario input.'
	}),
	int({
		key: 'teamSize',
		label: 'Developers per team',
		group: 'organisation',
		min: 1,
		max: 20,
		default: 6,
		unit: 'developers',
		source: 'Scenario input; Scrum suggests 10 or fewer people per team.'
	}),
	{
		type: 'choice' as const,
		key: 'model' as const,
		label: 'Product-role model',
		group: 'organisation',
		options: PRODUCT_MODELS,
		optionLabels: PRODUCT_MODEL_LABELS,
		default: 'separate',
		source: 'The structures in the seed articles: separate roles, combined, PM only, PO only.'
	} satisfies ChoiceField<ProductModel>,
	int({
		key: 'teamsPerPm',
		label: 'Teams per Product Manager',
		group: 'organisation',
		min: 1,
		max: 50,
		default: 3,
		unit: 'teams',
		source: 'SAFe: one Product Manager per release train of several teams.',
		help: 'Used by the separate and PM-only models.'
	}),
	int({
		key: 'teamsPerPo',
		label: 'Teams per Product Owner (or combined PM/PO)',
		group: 'organisation',
		min: 1,
		max: 10,
		default: 1,
		unit: 'teams',
		source: 'SAFe: a Product Owner per team, sometimes two teams.',
		help: 'Used by the separate, combined and PO-only models.'
	}),
	num({
		key: 'pmHours',
		label: 'PM hours per week',
		group: 'roles',
		min: 1,
		max: 60,
		step: 1,
		default: 40,
		unit: 'h/week',
		source: 'Assumption: full-time.'
	}),
	num({
		key: 'pmMeetings',
		label: 'PM meeting overhead',
		group: 'roles',
		min: 0,
		max: 0.9,
		step: 0.005,
		default: 0.25,
		unit: 'share',
		source: 'Assumption: stakeholder syncs and leadership reviews take a quarter of the week.'
	}),
	num({
		key: 'poHours',
		label: 'PO hours per week',
		group: 'roles',
		min: 1,
		max: 60,
		step: 1,
		default: 40,
		unit: 'h/week',
		source: 'Assumption: full-time.'
	}),
	num({
		key: 'poMeetings',
		label: 'PO meeting overhead',
		group: 'roles',
		min: 0,
		max: 0.9,
		step: 0.005,
		default: 0.125,
		unit: 'share',
		source: SCRUM_EVENTS_SHARE
	}),
	num({
		key: 'pmpoHours',
		label: 'Combined PM/PO hours per week',
		group: 'roles',
		min: 1,
		max: 60,
		step: 1,
		default: 40,
		unit: 'h/week',
		source: 'Assumption: full-time.'
	}),
	num({
		key: 'pmpoMeetings',
		label: 'Combined PM/PO meeting overhead',
		group: 'roles',
		min: 0,
		max: 0.9,
		step: 0.005,
		default: 0.25,
		unit: 'share',
		source:
			'Assumption: the Scrum events (12.5%) plus stakeholder syncs (12.5%), as the person attends both.'
	}),
	num({
		key: 'devHours',
		label: 'Developer hours per week',
		group: 'roles',
		min: 1,
		max: 60,
		step: 1,
		default: 40,
		unit: 'h/week',
		source: 'Assumption: full-time.'
	}),
	num({
		key: 'devMeetings',
		label: 'Developer meeting overhead',
		group: 'roles',
		min: 0,
		max: 0.9,
		step: 0.005,
		default: 0.175,
		unit: 'share',
		source:
			SCRUM_EVENTS_SHARE +
			' Plus refinement at about 5% of developer time (practitioners; the 2017 Scrum Guide caps it at 10%).'
	}),
	num({
		key: 'leadershipHours',
		label: 'Leadership hours per week for absorbed product work',
		group: 'roles',
		min: 0,
		max: 200,
		step: 1,
		default: 8,
		unit: 'h/week',
		source: 'Assumption: one leader can give about a day a week to product work nobody else holds.'
	}),
	int({
		key: 'sprintWeeks',
		label: 'Sprint length',
		group: 'cadence',
		min: 1,
		max: 4,
		default: 2,
		unit: 'weeks',
		source: 'Scrum Guide: sprints of one month or less; two weeks is the common choice.'
	}),
	{
		type: 'choice' as const,
		key: 'planning' as const,
		label: 'How ready work reaches the team',
		group: 'cadence',
		options: PLANNING_MODES,
		optionLabels: PLANNING_LABELS,
		default: 'sprint',
		source:
			'Scrum Guide: work enters a sprint at sprint planning. Kanban teams pull work continuously; the flow option also lets the engine run as a plain queue for validation.'
	} satisfies ChoiceField<PlanningMode>,
	int({
		key: 'weeks',
		label: 'Simulated horizon',
		group: 'cadence',
		min: 1,
		max: 260,
		default: 26,
		unit: 'weeks',
		source: 'Scenario input: two quarters by default.'
	}),
	int({
		key: 'seed',
		label: 'Random seed',
		group: 'cadence',
		min: 0,
		max: 4294967295,
		default: 1,
		source: 'The same seed gives the same figures everywhere.'
	}),
	int({
		key: 'runs',
		label: 'Replications',
		group: 'cadence',
		min: 1,
		max: 500,
		default: 20,
		unit: 'runs',
		source: 'Independent runs with derived seeds, for ranges rather than single numbers.'
	}),
	num({
		key: 'itemsPerWeek',
		label: 'New backlog items per team per week',
		group: 'demand',
		min: 0,
		max: 100,
		step: 0.25,
		default: 5,
		unit: 'items',
		source:
			'Assumption, calibrated: with the cascade items from roadmap decisions, a team of six is about 75% busy (docs/model.md, "Calibration"), inside the 65–85% of a healthy team. Per week, so that the sprint length changes batching and waiting, not the amount of work.'
	}),
	num({
		key: 'questionsPerDevWeek',
		label: 'Clarifying questions per developer per week',
		group: 'demand',
		min: 0,
		max: 40,
		step: 0.5,
		default: 2,
		unit: 'questions',
		source: 'Assumption: a developer asks the PO about twice a week when a story is unclear.'
	}),
	num({
		key: 'roadmapPerQuarter',
		label: 'Roadmap decisions per team per quarter',
		group: 'demand',
		min: 0,
		max: 20,
		step: 0.5,
		default: 3,
		unit: 'decisions',
		source:
			'Assumption, calibrated: about one roadmap move per team a month puts a PM of three teams of six at about 70% load, so a PM reaches the 85% strain line at about four teams (22 engineers in teams of six) (TCGen benchmark: 10–20 engineers per PM in large firms; Cagan: 6–10).'
	}),
	num({
		key: 'pricingPerQuarter',
		label: 'Pricing triggers per quarter (whole organisation)',
		group: 'demand',
		min: 0,
		max: 40,
		step: 0.5,
		default: 2,
		unit: 'triggers',
		source: 'Assumption: a competitor move, cost change or new segment about every six weeks.'
	}),
	num({
		key: 'stakeholderDays',
		label: 'Stakeholder response time',
		group: 'demand',
		min: 0,
		max: 30,
		step: 0.5,
		default: 2,
		unit: 'days',
		source:
			'Assumption: mean working days for leadership, sales, marketing or finance to answer, align or approve.'
	}),
	num({
		key: 'discoveryHours',
		label: 'Discovery and research per roadmap decision',
		group: 'model',
		min: 0.5,
		max: 400,
		step: 0.5,
		default: 24,
		unit: 'h',
		source: 'Assumption: about three days of PM research per roadmap decision.'
	}),
	num({
		key: 'decideHours',
		label: 'Deciding a roadmap move',
		group: 'model',
		min: 0.25,
		max: 80,
		step: 0.25,
		default: 4,
		unit: 'h',
		source: 'Assumption: half a day to write up and decide.'
	}),
	int({
		key: 'cascadeTeams',
		label: 'Teams affected by a roadmap decision',
		group: 'model',
		min: 1,
		max: 50,
		default: 2,
		unit: 'teams',
		source: 'Assumption: most roadmap moves touch two teams of the area.'
	}),
	num({
		key: 'cascadeHours',
		label: 'Turning a roadmap decision into backlog items, per team',
		group: 'model',
		min: 0.25,
		max: 80,
		step: 0.25,
		default: 4,
		unit: 'h',
		source: 'Assumption: half a day per affected team.'
	}),
	int({
		key: 'itemsPerCascade',
		label: 'Backlog items per team from a roadmap decision',
		group: 'model',
		min: 0,
		max: 50,
		default: 3,
		unit: 'items',
		source: 'Assumption.'
	}),
	num({
		key: 'refineHours',
		label: 'Refining an item into a story',
		group: 'model',
		min: 0.25,
		max: 40,
		step: 0.25,
		default: 1.25,
		unit: 'h',
		source:
			'Assumption, calibrated: an hour and a quarter of the PO per story and its acceptance criteria, so that a PO of one team is at about half load and a combined PM/PO of one team is strained but not overloaded (docs/model.md, "Calibration"). The team’s own refinement time (about 5%, at most 10% of its capacity by the 2017 Scrum Guide) is in the developers’ meeting share.'
	}),
	num({
		key: 'orderHours',
		label: 'Ordering an item in the backlog',
		group: 'model',
		min: 0.05,
		max: 8,
		step: 0.05,
		default: 0.25,
		unit: 'h',
		source: 'Assumption.'
	}),
	num({
		key: 'devItemHours',
		label: 'Development effort per item',
		group: 'model',
		min: 1,
		max: 400,
		step: 1,
		default: 24,
		unit: 'h',
		source: 'Assumption: about three developer-days per story.'
	}),
	num({
		key: 'answerHours',
		label: 'Answering a clarifying question',
		group: 'model',
		min: 0.05,
		max: 8,
		step: 0.05,
		default: 0.25,
		unit: 'h',
		source: 'Assumption: a quarter of an hour including the context switch.'
	}),
	num({
		key: 'acceptHours',
		label: 'Accepting a finished item',
		group: 'model',
		min: 0.05,
		max: 8,
		step: 0.05,
		default: 0.5,
		unit: 'h',
		source: 'Assumption.'
	}),
	num({
		key: 'pricingHours',
		label: 'Pricing analysis',
		group: 'model',
		min: 0.5,
		max: 400,
		step: 0.5,
		default: 24,
		unit: 'h',
		source: 'Assumption: three days of analysis per pricing trigger.'
	}),
	num({
		key: 'gtmHours',
		label: 'Go-to-market work by the product role',
		group: 'model',
		min: 0.5,
		max: 400,
		step: 0.5,
		default: 8,
		unit: 'h',
		source: 'Assumption: a day with marketing and sales per pricing change.'
	}),
	{
		type: 'choice' as const,
		key: 'switchRule' as const,
		label: 'Context-switching rule',
		group: 'model',
		options: SWITCH_RULES,
		optionLabels: SWITCH_RULE_LABELS,
		default: 'tregubov',
		source:
			'Tregubov, Boehm et al. (ICSSP 2017) measured about 17% of effort lost to cross-project interruptions for people on two or more projects, and did not confirm 20% per project; Weinberg (1992, p. 284) is the older rule of thumb. A context is a backlog a person orders, plus product strategy.'
	} satisfies ChoiceField<SwitchRuleOption>,
	num({
		key: 'switchCost',
		label: 'Context-switch cost (share of the rule)',
		group: 'model',
		min: 0,
		max: 1,
		step: 0.05,
		default: 1,
		unit: 'share',
		source: 'Scales the context-switching rule: 1 applies its figures, 0 switches the cost off.'
	}),
	num({
		key: 'leaderPenalty',
		label: 'Penalty when leadership absorbs product work',
		group: 'model',
		min: 1,
		max: 5,
		step: 0.05,
		default: 1.5,
		unit: 'x effort',
		source: 'Assumption: a non-specialist needs half as long again.'
	}),
	num({
		key: 'teamPenalty',
		label: 'Penalty when the team absorbs PO work',
		group: 'model',
		min: 1,
		max: 5,
		step: 0.05,
		default: 1.25,
		unit: 'x effort',
		source:
			'Assumption: an empowered team runs its own backlog (seed 002, Tacit Edge) at a quarter more effort than a dedicated PO.'
	}),
	{
		type: 'choice' as const,
		key: 'fallback' as const,
		label: 'When nobody holds a step',
		group: 'model',
		options: FALLBACK_MODES,
		optionLabels: FALLBACK_LABELS,
		default: 'absorb',
		source: 'PRODUCT.md: the decision is absorbed by someone else, slower, or it stalls.'
	} satisfies ChoiceField<FallbackMode>,
	...HIDDEN_WORK_FIELDS,
	...COST_FIELDS
] as const satisfies readonly Field[];

export type FieldKey = (typeof FIELDS)[number]['key'];

export const FIELD_BY_KEY: ReadonlyMap<string, Field> = new Map(FIELDS.map((f) => [f.key, f]));
