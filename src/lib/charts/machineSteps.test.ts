import { describe, expect, it } from 'vitest';
import { initialStateId, nextSteps } from './machineSteps';

const machine = {
	states: [
		{ id: 'idea', label: 'Idea' },
		{ id: 'refine', label: 'In refinement', initial: true },
		{ id: 'done', label: 'Done', final: true }
	],
	transitions: [
		{ from: 'refine', to: 'done', event: 'REFINED' },
		{ from: 'refine', to: 'idea', event: 'REJECTED' },
		{ from: 'idea', to: 'gone', event: 'DROPPED' }
	]
};

describe('machineSteps', () => {
	it('initialStateId(machine) is the state marked initial, else the first, else ""', () => {
		expect(initialStateId(machine)).toBe('refine');
		expect(initialStateId({ states: machine.states.slice(0, 1) })).toBe('idea');
		expect(initialStateId({ states: [] })).toBe('');
	});

	it('nextSteps(machine, id) words each way out, by the next state’s label (its id if unknown)', () => {
		expect(nextSteps(machine, 'refine')).toEqual(['REFINED → Done', 'REJECTED → Idea']);
		expect(nextSteps(machine, 'idea')).toEqual(['DROPPED → gone']);
		expect(nextSteps(machine, 'done')).toEqual([]);
	});
});
