import type { Scenario } from './scenario';

export interface RoleCounts {
	productManagers: number;
	productOwners: number;
	combinedPmPo: number;
	developers: number;
}

/** How many people of each role a scenario has: one per k teams, rounded up. */
export function roleCounts(
	s: Pick<Scenario, 'teams' | 'teamSize' | 'model' | 'teamsPerPm' | 'teamsPerPo'>
): RoleCounts {
	const perPm = Math.ceil(s.teams / s.teamsPerPm);
	const perPo = Math.ceil(s.teams / s.teamsPerPo);
	return {
		productManagers: s.model === 'separate' || s.model === 'pm-only' ? perPm : 0,
		productOwners: s.model === 'separate' || s.model === 'po-only' ? perPo : 0,
		combinedPmPo: s.model === 'combined' ? perPo : 0,
		developers: s.teams * s.teamSize
	};
}
