import { describe, expect, it } from 'vitest';
import type { Gap } from '$lib/sim/types';
import { groupGaps } from './gapGroups';

const gap = (
	responsibility: Gap['responsibility'],
	kind: Gap['kind'],
	absorbedBy?: Gap['absorbedBy']
): Gap => ({
	responsibility,
	kind,
	absorbedBy,
	figures: {},
	message: `${responsibility} is ${kind}`
});

describe('groupGaps(gaps)', () => {
	it('folds gaps of one kind and holder into a strategic and a delivery group', () => {
		const groups = groupGaps([
			gap('roadmap', 'starved'),
			gap('pricing', 'starved'),
			gap('backlog-refinement', 'starved'),
			gap('acceptance', 'starved')
		]);
		expect(groups.map((g) => [g.strategic, g.gaps.map((x) => x.responsibility)])).toEqual([
			[true, ['roadmap', 'pricing']],
			[false, ['backlog-refinement', 'acceptance']]
		]);
	});

	it('keeps apart gaps absorbed by different roles or of different kinds', () => {
		const groups = groupGaps([
			gap('pricing', 'uncovered', 'leadership'),
			gap('roadmap', 'uncovered'),
			gap('market-research', 'starved', 'leadership')
		]);
		expect(groups.length).toBe(3);
	});

	it('keeps the engine’s order', () => {
		expect(groupGaps([gap('acceptance', 'duplicated'), gap('pricing', 'uncovered')])[0].kind).toBe(
			'duplicated'
		);
	});
});
