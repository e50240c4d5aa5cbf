/**
 * Gaps folded for reading: a combined PM/PO under load starves all eleven responsibilities at
 * once, and eleven near-identical sentences bury the point. Gaps of the same kind, absorbed by
 * the same role and needing the same relief (strategic or delivery work) become one item that
 * names every responsibility and keeps the engine's first sentence. Pure.
 */
import type { Gap, Responsibility } from '$lib/sim/types';

export const STRATEGIC: readonly Responsibility[] = [
	'vision-strategy',
	'roadmap',
	'market-research',
	'pricing',
	'go-to-market',
	'stakeholder-alignment'
];

export interface GapGroup {
	kind: Gap['kind'];
	absorbedBy?: Gap['absorbedBy'];
	strategic: boolean;
	gaps: Gap[];
}

export function groupGaps(gaps: readonly Gap[]): GapGroup[] {
	const groups: GapGroup[] = [];
	for (const gap of gaps) {
		const strategic = STRATEGIC.includes(gap.responsibility);
		const group = groups.find(
			(g) => g.kind === gap.kind && g.absorbedBy === gap.absorbedBy && g.strategic === strategic
		);
		if (group) group.gaps.push(gap);
		else groups.push({ kind: gap.kind, absorbedBy: gap.absorbedBy, strategic, gaps: [gap] });
	}
	return groups;
}
