/**
 * Who holds a statechart state in this organisation: the machine names the role kind by the
 * seeds (a PM analyses pricing); the organisation may not have that role (no PM in PO-only), in
 * which case the engine's gaps say who absorbs the step, or that it stalls. Pure.
 */
import type { Gap, Responsibility, RoleKind } from '$lib/sim/types';

export const ROLE_SHORT: Record<RoleKind, string> = {
	pm: 'PM',
	po: 'PO',
	pmpo: 'PM/PO',
	team: 'Team',
	leadership: 'Leadership',
	stakeholders: 'Stakeholders'
};

export function stateHolder(
	state: { role: RoleKind | null; responsibility?: Responsibility; step?: string },
	present: ReadonlySet<RoleKind>,
	gaps: readonly Pick<Gap, 'responsibility' | 'kind' | 'absorbedBy'>[]
): string | null {
	if (state.role === null) return null;
	const gap = state.responsibility
		? gaps.find((g) => g.responsibility === state.responsibility && g.kind === 'uncovered')
		: undefined;
	if (gap) return gap.absorbedBy ? `${ROLE_SHORT[gap.absorbedBy]} (absorbed)` : 'Nobody: stalls';
	// Stakeholders and leadership answer after a delay whether or not they are modelled as a role.
	if (present.has(state.role) || state.step === 'delay') return ROLE_SHORT[state.role];
	if ((state.role === 'pm' || state.role === 'po') && present.has('pmpo')) return ROLE_SHORT.pmpo;
	// An instant step (an item arriving) takes nobody's time; without its role, name nobody.
	if (state.step === 'instant') return null;
	return `${ROLE_SHORT[state.role]} (none here)`;
}
