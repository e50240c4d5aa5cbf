export const PRESET_IDS = [
	'startup',
	'scale-up',
	'combined',
	'enterprise',
	'pm-only',
	'po-only'
] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET: PresetId = 'scale-up';
