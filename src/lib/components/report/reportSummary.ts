/**
 * The scenario in a few lines for the printed report: the structure a client recognises (teams,
 * roles, people), the horizon and the runs, and every other setting that differs from its preset.
 */
import {
	FIELDS,
	PRESETS,
	presetScenario,
	roleCounts,
	type NumberField,
	type Scenario
} from '$lib/scenario';

export interface SummaryLine {
	label: string;
	value: string;
}

const STRUCTURE_KEYS = new Set([
	'name',
	'teams',
	'teamSize',
	'model',
	'teamsPerPm',
	'teamsPerPo',
	'planning',
	'weeks',
	'runs',
	'seed'
]);

function peopleText(s: Scenario): string {
	const c = roleCounts(s);
	const parts = [
		c.productManagers ? `${c.productManagers} PM${c.productManagers === 1 ? '' : 's'}` : '',
		c.productOwners ? `${c.productOwners} PO${c.productOwners === 1 ? '' : 's'}` : '',
		c.combinedPmPo ? `${c.combinedPmPo} combined PM/PO${c.combinedPmPo === 1 ? '' : 's'}` : '',
		`${c.developers} developer${c.developers === 1 ? '' : 's'}`
	].filter(Boolean);
	return parts.join(', ');
}

/** The model's name alone: the setting's own label goes on to describe it, which the ratios do here. */
const MODEL_NAMES: Record<Scenario['model'], string> = {
	separate: 'Separate PM and PO',
	combined: 'Combined PM/PO',
	'pm-only': 'PM only',
	'po-only': 'PO only'
};

function ratioText(s: Scenario): string {
	const po = s.teamsPerPo === 1 ? 'one per team' : `one per ${s.teamsPerPo} teams`;
	const pm = s.teamsPerPm === 1 ? 'one per team' : `one per ${s.teamsPerPm} teams`;
	switch (s.model) {
		case 'separate':
			return `POs ${po}; PMs ${pm}`;
		case 'combined':
			return `PM/POs ${po}`;
		case 'pm-only':
			return `PMs ${pm}`;
		case 'po-only':
			return `POs ${po}`;
	}
}

export function structureLines(s: Scenario): SummaryLine[] {
	return [
		// The preset's name only: the lines below describe its structure.
		{ label: 'Starting point', value: PRESETS[s.preset].label.split(':')[0] },
		{ label: 'Teams', value: `${s.teams} teams of ${s.teamSize} developers` },
		{ label: 'Product roles', value: `${MODEL_NAMES[s.model]}: ${ratioText(s)}` },
		{ label: 'People', value: peopleText(s) },
		{
			label: 'Horizon',
			value: `${s.weeks} weeks, ${s.planning === 'flow' ? 'continuous flow' : `${s.sprintWeeks}-week sprints`}`
		},
		{ label: 'Runs', value: `${s.runs} from seed ${s.seed}` }
	];
}

function valueText(key: string, value: number | string): string {
	const field = FIELDS.find((f) => f.key === key);
	if (!field || typeof value === 'string') return String(value);
	const unit = (field as NumberField).unit;
	if (unit === 'share') return `${Math.round(value * 1000) / 10}%`;
	if (unit === 'x effort') return `×${value}`;
	return unit ? `${value} ${unit}` : String(value);
}

/** The other settings that differ from the preset: "PM meeting overhead 30% (preset 25%)". */
export function changedLines(s: Scenario): SummaryLine[] {
	const base = presetScenario(s.preset) as Record<string, unknown>;
	const values = s as unknown as Record<string, number | string>;
	return FIELDS.filter((f) => !STRUCTURE_KEYS.has(f.key) && values[f.key] !== base[f.key]).map(
		(f) => ({
			label: f.label,
			value: `${valueText(f.key, values[f.key])} (preset ${valueText(f.key, base[f.key] as number | string)})`
		})
	);
}
