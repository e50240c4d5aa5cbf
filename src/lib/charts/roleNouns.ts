import type { RoleKind } from '$lib/sim/types';

/** What one person (or group) of each kind of role is called in running text, one and many. */
const ROLE_NOUNS: Record<RoleKind, [string, string]> = {
	pm: ['PM', 'PMs'],
	po: ['PO', 'POs'],
	pmpo: ['PM/PO', 'PM/POs'],
	team: ['team', 'teams'],
	leadership: ['leader', 'leaders'],
	stakeholders: ['stakeholder group', 'stakeholder groups']
};

/** "team" for one, "teams" for any other count. */
export function roleNoun(kind: RoleKind, count: number): string {
	const [one, many] = ROLE_NOUNS[kind];
	return count === 1 ? one : many;
}
