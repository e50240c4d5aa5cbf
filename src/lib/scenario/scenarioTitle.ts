/**
 * What a scenario is called on every screen (header, page title, /compare, /report, exports): the
 * name the user gave it; else the preset's label while the scenario is still that preset; once
 * it is edited, the organisation it now describes and the preset it was edited from, so a
 * header never keeps a description ("a PO per team…") that is no longer true.
 */
import { PRESETS, presetScenario } from './presets';
import type { Scenario } from './scenario';

/** Settings that change no figure of the organisation's structure or work: not an edit. */
const NOT_AN_EDIT = new Set(['name', 'preset', 'seed', 'runs']);

/** "Scale-up", from "Scale-up: a PO per team, a PM per three teams". */
export function presetShortName(scenario: Pick<Scenario, 'preset'>): string {
	return PRESETS[scenario.preset].label.split(':')[0];
}

/** True when some setting that matters differs from the scenario's preset. */
export function isEditedFromPreset(scenario: Scenario): boolean {
	const preset = presetScenario(scenario.preset) as unknown as Record<string, unknown>;
	const own = scenario as unknown as Record<string, unknown>;
	return Object.keys(preset).some((key) => !NOT_AN_EDIT.has(key) && preset[key] !== own[key]);
}

const per = (role: string, teams: number) =>
	teams === 1 ? `a ${role} per team` : `a ${role} per ${teams} teams`;

/** "8 teams of 6, a PO per team, a PM per 3 teams": the structure in words. */
export function organisationText(s: Scenario): string {
	const teams = `${s.teams} ${s.teams === 1 ? 'team' : 'teams'} of ${s.teamSize}`;
	switch (s.model) {
		case 'separate':
			return `${teams}, ${per('PO', s.teamsPerPo)}, ${per('PM', s.teamsPerPm)}`;
		case 'combined':
			return `${teams}, ${per('combined PM/PO', s.teamsPerPo)}`;
		case 'pm-only':
			return `${teams}, ${per('PM', s.teamsPerPm)}, no POs`;
		case 'po-only':
			return `${teams}, ${per('PO', s.teamsPerPo)}, no PMs`;
	}
}

function sameStructure(a: Scenario, b: Scenario): boolean {
	return (['teams', 'teamSize', 'model', 'teamsPerPo', 'teamsPerPm'] as const).every(
		(key) => a[key] === b[key]
	);
}

/**
 * "Acme today" (a given name), "Scale-up: a PO per team, a PM per three teams" (the preset as it
 * is), "Scale-up: a PO per team, a PM per three teams (edited)" (the same structure, other
 * settings changed) or "8 teams of 6, a PO per team, no PMs (edited from Scale-up)".
 */
export function scenarioTitle(scenario: Scenario): string {
	const name = scenario.name.trim();
	if (name) return name;
	const label = PRESETS[scenario.preset].label;
	if (!isEditedFromPreset(scenario)) return label;
	if (sameStructure(scenario, presetScenario(scenario.preset))) return `${label} (edited)`;
	return `${organisationText(scenario)} (edited from ${presetShortName(scenario)})`;
}
