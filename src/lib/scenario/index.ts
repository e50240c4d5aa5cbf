export * from './fields';
export * from './costFields';
export * from './scenario';
export * from './presets';
export * from './codec';
export { excerpt, excerptName } from './excerpt';
export { cleaningNote, cleanName } from './cleanName';
export { CURRENT_VERSION } from './versions';
export { roleCounts, type RoleCounts } from './roleCounts';
export {
	scenarioTitle,
	isEditedFromPreset,
	organisationText,
	presetShortName
} from './scenarioTitle';
