import type { PresetId, Scenario } from '../scenario/index';
import { varyParam } from './varySpec';

/** A sweep worth offering: what it asks, and the link form of its vary. */
export interface OfferedSweep {
	question: string;
	vary: string[];
	/** Settings to change before sweeping (the combined-vs-separate pair). */
	with?: Partial<Scenario>;
}

const TEAMS_PER_PM: OfferedSweep = {
	question: 'How many teams can one PM serve?',
	vary: [varyParam('teamsPerPm', 1, 10)]
};
const TEAMS_PER_PO: OfferedSweep = {
	question: 'How many teams can one PO (or PM/PO) hold?',
	vary: [varyParam('teamsPerPo', 1, 6)]
};
const TEAM_COUNT = (model: Scenario['model']): OfferedSweep => ({
	question: `How far does the ${model} model scale in teams?`,
	vary: [varyParam('teams', 2, 200, 'log')],
	with: { model }
});
const LEADERSHIP: OfferedSweep = {
	question: 'How much leadership time does the work nobody holds take?',
	vary: [varyParam('leadershipHours', 0, 40, 4)]
};

/**
 * The sweeps each preset's story needs (PRODUCT.md, the seed articles): teams per PM for the
 * separate models, team count for combined vs separate, leadership hours where a role is missing.
 */
export const PRESET_SWEEPS: Record<PresetId, OfferedSweep[]> = {
	startup: [TEAMS_PER_PO, TEAM_COUNT('combined')],
	'scale-up': [TEAMS_PER_PM, TEAM_COUNT('separate'), TEAM_COUNT('combined')],
	combined: [TEAMS_PER_PO, TEAM_COUNT('combined'), TEAM_COUNT('separate')],
	enterprise: [TEAMS_PER_PM, TEAMS_PER_PO],
	'pm-only': [TEAMS_PER_PM, LEADERSHIP],
	'po-only': [TEAMS_PER_PO, LEADERSHIP]
};
