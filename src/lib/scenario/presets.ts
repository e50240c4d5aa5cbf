import { FIELDS } from './fields';
import { DEFAULT_PRESET, PRESET_IDS, type PresetId } from './presetIds';
import type { Scenario, ScenarioSettings } from './scenario';

export { DEFAULT_PRESET, PRESET_IDS, type PresetId };

export interface Preset {
	id: PresetId;
	label: string;
	description: string;
	/** Only what differs from the field defaults. */
	settings: Partial<ScenarioSettings>;
}

export const PRESETS: Record<PresetId, Preset> = {
	startup: {
		id: 'startup',
		label: 'Startup: one combined PM/PO',
		description:
			'One team and one person who is both Product Manager and Product Owner, as in many small companies; pricing moves once a quarter.',
		settings: {
			teams: 1,
			teamSize: 6,
			model: 'combined',
			teamsPerPo: 1,
			teamsPerPm: 1,
			pricingPerQuarter: 1
		}
	},
	'scale-up': {
		id: 'scale-up',
		label: 'Scale-up: a PO per team, a PM per three teams',
		description:
			'Eight teams with separate roles: a Product Owner in each team and a Product Manager for every three.',
		settings: { teams: 8, teamSize: 6, model: 'separate', teamsPerPo: 1, teamsPerPm: 3 }
	},
	combined: {
		id: 'combined',
		label: 'Combined PM/PO in every team',
		description: 'Eight teams, each with one person holding both the PM and the PO role.',
		settings: { teams: 8, teamSize: 6, model: 'combined', teamsPerPo: 1, teamsPerPm: 1 }
	},
	enterprise: {
		id: 'enterprise',
		label: 'Enterprise: 24 teams in release trains',
		description:
			'Twenty-four teams, a PO per team and a PM per release train of four teams, as in SAFe.',
		settings: { teams: 24, teamSize: 7, model: 'separate', teamsPerPo: 1, teamsPerPm: 4 }
	},
	'pm-only': {
		id: 'pm-only',
		label: 'PM only: self-managing teams',
		description:
			'Six teams run their own backlogs; Product Managers focus on who, what and why (the Tacit Edge recommendation).',
		settings: { teams: 6, teamSize: 6, model: 'pm-only', teamsPerPm: 3, teamsPerPo: 1 }
	},
	'po-only': {
		id: 'po-only',
		label: 'PO only: nobody owns market and pricing',
		description: 'Six teams with a Product Owner each and no Product Manager.',
		settings: { teams: 6, teamSize: 6, model: 'po-only', teamsPerPo: 1, teamsPerPm: 3 }
	}
};

const FIELD_DEFAULTS = Object.fromEntries(
	FIELDS.map((f) => [f.key, f.default])
) as ScenarioSettings;

/** The full scenario a preset stands for. */
export function presetScenario(id: PresetId): Scenario {
	return { ...FIELD_DEFAULTS, ...PRESETS[id].settings, preset: id };
}

export const DEFAULT_SCENARIO: Scenario = presetScenario(DEFAULT_PRESET);
