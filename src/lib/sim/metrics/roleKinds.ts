import { COMPILED } from '../machines/index';
import type { Organisation } from '../org';
import { DECISION_KINDS, type DecisionKind, type RoleKind } from '../types';

/**
 * The role kind that actually serves a state in this organisation: the seeds' holder, or whoever
 * absorbs the work when that role does not exist (leadership for PM work, the team for PO work),
 * or null when the step stalls or belongs to nobody (an instant step, the sprint cadence).
 */
export function servingKind(org: Organisation, kind: DecisionKind, state: number): RoleKind | null {
	const meta = COMPILED[kind].meta[state];
	switch (meta.step) {
		case 'work':
		case 'fanout':
		case 'development':
			if (meta.role === 'pm') return org.strategyKind;
			if (meta.role === 'po') return org.deliveryKind;
			return meta.role;
		case 'delay':
			return meta.role;
		default:
			return null;
	}
}

/** The role models as sentences name them. */
export const MODEL_NAMES: Record<string, string> = {
	combined: 'combined',
	separate: 'separate-roles',
	'pm-only': 'PM-only',
	'po-only': 'PO-only'
};

/** Plural nouns for decisions, for sentences. */
export const DECISION_NOUNS: Record<DecisionKind, string> = {
	roadmap: 'roadmap decisions',
	backlog: 'backlog items',
	pricing: 'pricing decisions'
};

const ONE: Record<RoleKind, string> = {
	pm: 'PM',
	po: 'PO',
	pmpo: 'combined PM/PO',
	team: 'team',
	leadership: 'leadership',
	stakeholders: 'stakeholders'
};

/** The plural noun of a role kind: "POs", "combined PM/POs". */
export const ROLE_PLURALS: Record<RoleKind, string> = {
	pm: 'PMs',
	po: 'POs',
	pmpo: 'combined PM/POs',
	team: 'teams',
	leadership: 'leadership',
	stakeholders: 'stakeholders'
};

/** `count` of the `total` roles of a kind: "both POs", "all 8 POs", "3 of the 8 POs". */
export function someOfKind(kind: RoleKind, count: number, total: number): string {
	const plural = ROLE_PLURALS[kind];
	if (count < total) return `${count} of the ${total} ${plural}`;
	return total === 2 ? `both ${plural}` : `all ${total} ${plural}`;
}

/** How a group of roles of one kind is named in a sentence (count first). */
export function roleGroupName(kind: RoleKind, count: number): string {
	if (kind === 'leadership' || kind === 'stakeholders') return ROLE_PLURALS[kind];
	return count === 1 ? `the ${ONE[kind]}` : `the ${count} ${ROLE_PLURALS[kind]}`;
}

/** Decision kinds with their index, for loops over the engine's per-kind totals. */
export const KIND_ENTRIES = DECISION_KINDS.map((kind, index) => ({ kind, index }));
