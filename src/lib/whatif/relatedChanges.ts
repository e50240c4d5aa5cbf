/**
 * Which tested what-if changes act on a bottleneck or a gap, so its card can report the measured
 * effect of the best-ranked one instead of a rule of thumb. Ids are those of candidateChanges;
 * a card names a change only if the ranking tested it.
 */
import type { Gap, RoleKind } from '$lib/sim/types';
import type { RankedChange, Ranking } from './rankChanges';

/** Changes that give a kind of role more capacity (or take work off it), by role kind. */
const FOR_ROLE: Record<RoleKind, readonly string[]> = {
	pm: ['pm-add', 'split-role'],
	po: ['po-add', 'split-role'],
	pmpo: ['pmpo-add', 'split-role'],
	team: ['team-size-up', 'add-pos'],
	leadership: ['add-pms'],
	stakeholders: []
};

/** The PM's work (market, pricing, roadmap) against the PO's (the backlog). */
const STRATEGIC = new Set([
	'vision-strategy',
	'roadmap',
	'market-research',
	'pricing',
	'go-to-market',
	'stakeholder-alignment'
]);

/** Changes that give a gap an owner, or its owner the hours. Duplication has no structural fix. */
function forGap(gap: Pick<Gap, 'kind' | 'responsibility'>): readonly string[] {
	const strategic = STRATEGIC.has(gap.responsibility);
	switch (gap.kind) {
		case 'uncovered':
			return strategic ? ['add-pms', 'split-role'] : ['add-pos', 'split-role'];
		case 'starved':
			return strategic
				? ['pm-add', 'split-role', 'pmpo-add']
				: ['po-add', 'pmpo-add', 'split-role'];
		case 'duplicated':
			return [];
	}
}

function bestOf(ranking: Ranking, ids: readonly string[]): RankedChange | null {
	return ranking.changes.find((c) => ids.includes(c.candidate.id)) ?? null;
}

/** The best-ranked tested change that relieves a kind of role, or null when none was tested. */
export function changeForRole(ranking: Ranking, kind: RoleKind): RankedChange | null {
	return bestOf(ranking, FOR_ROLE[kind]);
}

/** The best-ranked tested change that closes a gap, or null when none was tested. */
export function changeForGap(
	ranking: Ranking,
	gap: Pick<Gap, 'kind' | 'responsibility'>
): RankedChange | null {
	return bestOf(ranking, forGap(gap));
}
