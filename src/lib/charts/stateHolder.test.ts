import { describe, expect, it } from 'vitest';
import type { RoleKind } from '$lib/sim/types';
import { stateHolder } from './stateHolder';

const separate = new Set<RoleKind>(['pm', 'po', 'team', 'leadership', 'stakeholders']);
const combined = new Set<RoleKind>(['pmpo', 'team', 'leadership', 'stakeholders']);

describe('stateHolder(state, present, gaps)', () => {
	it.each([
		{
			name: 'the seeds’ role when present',
			role: 'po' as const,
			present: separate,
			expected: 'PO'
		},
		{
			name: 'the combined PM/PO for PM work',
			role: 'pm' as const,
			present: combined,
			expected: 'PM/PO'
		},
		{ name: 'nobody for the final state', role: null, present: separate, expected: null }
	])('names $name', ({ role, present, expected }) => {
		expect(stateHolder({ role }, present, [])).toBe(expected);
	});

	it('names nobody for an instant step whose role the organisation lacks', () => {
		const present = new Set<RoleKind>(['po', 'team']);
		expect(stateHolder({ role: 'pm', step: 'instant' }, present, [])).toBeNull();
		expect(stateHolder({ role: 'pm', step: 'work' }, present, [])).toBe('PM (none here)');
		expect(stateHolder({ role: 'leadership', step: 'delay' }, present, [])).toBe('Leadership');
	});

	it('names who absorbs an uncovered step, or that it stalls', () => {
		const state = { role: 'pm' as const, responsibility: 'pricing' as const };
		const present = new Set<RoleKind>(['po', 'team', 'leadership']);
		expect(
			stateHolder(state, present, [
				{ responsibility: 'pricing', kind: 'uncovered', absorbedBy: 'leadership' }
			])
		).toBe('Leadership (absorbed)');
		expect(stateHolder(state, present, [{ responsibility: 'pricing', kind: 'uncovered' }])).toBe(
			'Nobody: stalls'
		);
	});
});
