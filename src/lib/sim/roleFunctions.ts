/**
 * A role's function: the job its people do. Roles numbered alike ("po-1", "po-2") share one;
 * leadership's two roles share a kind but not a job (the `leadership` role absorbs PM work when
 * nobody else holds it, the `leaders` align and approve), so a mean over the kind describes
 * nobody. Every average or sentence about "the people of a kind" is taken over one function.
 */
import { ROLE_KIND_LABELS, type RoleKind } from './types';

/** "po-3" → "po", "leaders" → "leaders": the role's id without its number. */
export function roleFunction(roleId: string): string {
	return roleId.replace(/-\d+$/, '');
}

export interface RoleFunction {
	/** The stem of its roles' ids, also the id of a chart row or table row. */
	id: string;
	kind: RoleKind;
	label: string;
}

/** Every function the organisation builds (org.ts), in its order. */
export const ROLE_FUNCTIONS: readonly RoleFunction[] = [
	{ id: 'pm', kind: 'pm', label: ROLE_KIND_LABELS.pm },
	{ id: 'po', kind: 'po', label: ROLE_KIND_LABELS.po },
	{ id: 'pmpo', kind: 'pmpo', label: ROLE_KIND_LABELS.pmpo },
	{ id: 'team', kind: 'team', label: ROLE_KIND_LABELS.team },
	{ id: 'leadership', kind: 'leadership', label: 'Leadership (PM work)' },
	{ id: 'leaders', kind: 'leadership', label: 'Leaders (alignment and approval)' },
	{ id: 'stakeholders', kind: 'stakeholders', label: ROLE_KIND_LABELS.stakeholders }
];

/**
 * The functions among `roles`, in the organisation's order, each with its roles. A role of a
 * function not listed above gets its own group under its kind's label, after the known ones,
 * so that nothing is dropped.
 */
export function groupByFunction<R extends { id: string; kind: RoleKind }>(
	roles: readonly R[]
): (RoleFunction & { roles: R[] })[] {
	const groups = new Map<string, RoleFunction & { roles: R[] }>();
	for (const role of roles) {
		const id = roleFunction(role.id);
		const known = ROLE_FUNCTIONS.find((f) => f.id === id);
		const group = groups.get(id) ?? {
			...(known ?? { id, kind: role.kind, label: ROLE_KIND_LABELS[role.kind] }),
			roles: []
		};
		group.roles.push(role);
		groups.set(id, group);
	}
	const rank = (id: string) => {
		const i = ROLE_FUNCTIONS.findIndex((f) => f.id === id);
		return i < 0 ? ROLE_FUNCTIONS.length : i;
	};
	return [...groups.values()].sort((a, b) => rank(a.id) - rank(b.id));
}
