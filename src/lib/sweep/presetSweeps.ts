import type { PresetId, Scenario } from '../scenario/index';
import { varyParam } from './varySpec';

/** A sweep worth offering: what it asks, and the link form of its vary. */
export interface OfferedSweep {
	question: string;
	vary: string[];
	/** Settings to change before sweeping. */
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
/** The startup has one team: how many can its PM/PO hold as it grows to six? */
const STARTUP_GROWS: OfferedSweep = {
	question: 'As the startup grows to six teams, how many can one PM/PO hold?',
	vary: [varyParam('teamsPerPo', 1, 6)],
	with: { teams: 6 }
};
/** Team count for combined vs separate, drawn as two lines on one chart (issue 11). */
const COMBINED_VS_SEPARATE: OfferedSweep = {
	question: 'How far do combined and separate PM/PO scale in teams?',
	vary: [varyParam('teams', 2, 200, 'log'), 'model:combined,separate']
};
/** PM-only against adding POs, as two lines: where does the PM doing PO work stop scaling? */
const PM_ONLY_VS_SEPARATE: OfferedSweep = {
	question: 'How far does PM-only scale in teams, and how far with POs added?',
	vary: [varyParam('teams', 2, 100, 'log'), 'model:pm-only,separate']
};
const LEADERSHIP: OfferedSweep = {
	question: 'How much leadership time does the work nobody holds take?',
	vary: [varyParam('leadershipHours', 0, 120, 10)]
};

/**
 * The sweeps each preset's story needs (PRODUCT.md, the seed articles): teams per PM for the
 * separate models, team count for combined vs separate (two lines on one chart) and for PM-only
 * against adding POs, leadership hours where leadership absorbs the missing PM's work (po-only).
 * Each offer changes the organisation from its first value to its last (presetSweeps.test.ts).
 */
export const PRESET_SWEEPS: Record<PresetId, OfferedSweep[]> = {
	startup: [STARTUP_GROWS, COMBINED_VS_SEPARATE],
	'scale-up': [TEAMS_PER_PM, COMBINED_VS_SEPARATE],
	combined: [TEAMS_PER_PO, COMBINED_VS_SEPARATE],
	enterprise: [TEAMS_PER_PM, TEAMS_PER_PO],
	'pm-only': [TEAMS_PER_PM, PM_ONLY_VS_SEPARATE],
	'po-only': [TEAMS_PER_PO, LEADERSHIP]
};
