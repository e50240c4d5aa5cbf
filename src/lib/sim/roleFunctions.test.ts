import { describe, expect, it } from 'vitest';
import { presetScenario } from '../scenario/index';
import { FALLBACK_MODES, PRODUCT_MODELS } from '../scenario/fieldTypes';
import { buildOrganisation } from './org';
import { groupByFunction, roleFunction, ROLE_FUNCTIONS } from './roleFunctions';

describe('roleFunction(id)', () => {
	it('drops the number of numbered roles and keeps the others whole', () => {
		expect(
			['pm-1', 'pm-12', 'po-3', 'pmpo-2', 'team-10', 'leadership', 'leaders'].map(roleFunction)
		).toEqual(['pm', 'pm', 'po', 'pmpo', 'team', 'leadership', 'leaders']);
	});
});

describe('ROLE_FUNCTIONS', () => {
	it('lists the function of every role the organisation builds, with the role’s kind', () => {
		for (const model of PRODUCT_MODELS) {
			for (const fallback of FALLBACK_MODES) {
				for (const leaders of [0, 2]) {
					const org = buildOrganisation({
						...presetScenario('scale-up'),
						model,
						fallback,
						leaders
					});
					for (const role of org.roles) {
						const fn = ROLE_FUNCTIONS.find((f) => f.id === roleFunction(role.id));
						expect(fn?.kind, `${model}/${fallback}/${leaders}: ${role.id}`).toBe(role.kind);
					}
				}
			}
		}
	});
});

describe('groupByFunction(roles)', () => {
	it('keeps leadership’s two jobs apart, in the organisation’s order', () => {
		const org = buildOrganisation({ ...presetScenario('po-only'), teams: 3, leaders: 3 });
		const groups = groupByFunction(org.roles);
		expect(groups.map((g) => [g.id, g.kind, g.label, g.roles.map((r) => r.id)])).toEqual([
			['po', 'po', 'Product Owners', ['po-1', 'po-2', 'po-3']],
			['team', 'team', 'Development teams', ['team-1', 'team-2', 'team-3']],
			['leadership', 'leadership', 'Leadership (PM work)', ['leadership']],
			['leaders', 'leadership', 'Leaders (alignment and approval)', ['leaders']],
			['stakeholders', 'stakeholders', 'Stakeholders', ['stakeholders']]
		]);
	});

	it('gives a role of an unlisted function its own group under its kind’s label, last', () => {
		const groups = groupByFunction([
			{ id: 'coach-1', kind: 'team' as const },
			{ id: 'po-1', kind: 'po' as const }
		]);
		expect(groups.map((g) => [g.id, g.label])).toEqual([
			['po', 'Product Owners'],
			['coach', 'Development teams']
		]);
	});
});
