import { setup } from 'xstate';
import type { StateMeta } from './stateMeta';

export type QueueEvent = { type: 'CUSTOMER.STARTED' } | { type: 'CUSTOMER.SERVED' };

/**
 * One customer at one FIFO c-server station: the textbook M/M/c queue. `simulateQueue` runs it
 * through the engine's clock, resources and table stepping so that queueing theory can check
 * the same code paths the organisation model uses.
 */
export const queueMachine = setup({
	types: {
		events: {} as QueueEvent,
		meta: {} as StateMeta
	}
}).createMachine({
	id: 'queue',
	initial: 'waiting',
	states: {
		waiting: {
			meta: { label: 'Waiting for a server', role: null, step: 'work', done: 'CUSTOMER.STARTED' },
			on: { 'CUSTOMER.STARTED': 'inService' }
		},
		inService: {
			meta: { label: 'In service', role: null, step: 'work', done: 'CUSTOMER.SERVED' },
			on: { 'CUSTOMER.SERVED': 'departed' }
		},
		departed: {
			type: 'final',
			meta: { label: 'Departed', role: null, step: 'final' }
		}
	}
});
