import { describe, expect, it } from 'vitest';
import type { Gap } from '$lib/sim/types';
import { groupGaps } from './gapGroups';

const absorbed = (responsibility: Gap['responsibility'], hoursPerWeek: number): Gap => ({
	responsibility,
	kind: 'uncovered',
	absorbedBy: 'leadership',
	figures: { hoursPerWeek },
	message: `Nobody holds ${responsibility}: leadership absorbs it.`
});

describe('groupGaps(gaps)', () => {
	it('tells the gaps leadership absorbs once, each with its hours', () => {
		const groups = groupGaps([
			absorbed('roadmap', 0.84),
			absorbed('market-research', 6.8),
			{
				responsibility: 'backlog-ordering',
				kind: 'starved',
				role: 'po-1',
				figures: { byHours: 1, load: 1.318 },
				message: 'PO 1 holds backlog ordering without the hours for it.'
			},
			absorbed('pricing', 12.4)
		]);
		expect(groups.map((g) => g.lead)).toEqual([
			'Nobody holds these; leadership absorbs them at extra effort',
			'Held, but without the hours for it or crowded out by other work'
		]);
		expect(groups[0].items.map((i) => [i.label, i.figure])).toEqual([
			['the roadmap', '0.8 h a week'],
			['market research', '6.8 h a week'],
			['pricing', '12 h a week']
		]);
		expect(groups[1].items).toEqual([
			{
				responsibility: 'backlog-ordering',
				label: 'backlog ordering',
				figure: '132% load',
				message: 'PO 1 holds backlog ordering without the hours for it.'
			}
		]);
	});

	it('keeps stalls apart from absorbed gaps and counts what is stuck', () => {
		const groups = groupGaps([
			{
				responsibility: 'pricing',
				kind: 'uncovered',
				figures: { 'pricing.1': 3, 'pricing.2': 1.4 },
				message: 'Nobody holds pricing and it stalls.'
			},
			absorbed('roadmap', 1)
		]);
		expect(groups.map((g) => [g.lead, g.items[0].figure])).toEqual([
			['Nobody holds these, and they stall', '4 stuck'],
			['Nobody holds these; leadership absorbs them at extra effort', '1.0 h a week']
		]);
	});

	it('gives nothing for no gaps', () => {
		expect(groupGaps([])).toEqual([]);
	});
});
