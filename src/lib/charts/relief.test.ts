import { describe, expect, it } from 'vitest';
import { ROLE_KINDS } from '$lib/sim/types';
import { reliefForBottleneck, reliefForGap } from './relief';

describe('reliefForBottleneck(bottleneck, context)', () => {
	it('has a sentence for every role kind', () => {
		for (const kind of ROLE_KINDS) expect(reliefForBottleneck({ kind })).toMatch(/\.$/);
	});

	it.each([
		{ kind: 'po' as const, context: {}, expected: /Add a Product Owner/ },
		{ kind: 'po' as const, context: { teamsPerPo: 2 }, expected: /fewer teams/ },
		{ kind: 'pmpo' as const, context: {}, expected: /Separate the PM and PO roles/ },
		{ kind: 'pm' as const, context: {}, expected: /Reduce teams per Product Manager/ }
	])('for $kind suggests $expected', ({ kind, context, expected }) => {
		expect(reliefForBottleneck({ kind }, context)).toMatch(expected);
	});
});

describe('reliefForGap(gap, context)', () => {
	it('points an uncovered strategic responsibility at a Product Manager', () => {
		expect(reliefForGap({ kind: 'uncovered', responsibility: 'pricing' })).toMatch(
			/Product Manager/
		);
	});

	it('points an uncovered backlog responsibility at a Product Owner or the team', () => {
		expect(reliefForGap({ kind: 'uncovered', responsibility: 'backlog-refinement' })).toMatch(
			/Product Owner/
		);
		expect(
			reliefForGap(
				{ kind: 'uncovered', responsibility: 'backlog-refinement' },
				{ model: 'pm-only' }
			)
		).toMatch(/team explicitly own/);
	});

	it('points a starved responsibility of a combined PM/PO at separating the roles', () => {
		expect(
			reliefForGap({ kind: 'starved', responsibility: 'roadmap' }, { model: 'combined' })
		).toMatch(/separate the PM and PO roles/);
	});

	it('asks who decides when a responsibility is duplicated', () => {
		expect(reliefForGap({ kind: 'duplicated', responsibility: 'backlog-ordering' })).toMatch(
			/who decides/
		);
	});
});
