export * from './fields';
export * from './scenario';
export * from './presets';
export * from './codec';
export { CURRENT_VERSION } from './versions';
export { roleCounts, type RoleCounts } from './roleCounts';
export {
	scenarioTitle,
	isEditedFromPreset,
	organisationText,
	presetShortName
} from './scenarioTitle';
