import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMachine, initialTransition, setup, transition, type AnyStateMachine } from 'xstate';
import { compileMachine } from './compileMachine';
import type { StateMeta } from './stateMeta';
import { COMPILED, MACHINE_DESCRIPTIONS } from './index';
import { backlogMachine } from './backlogMachine';
import { pricingMachine } from './pricingMachine';
import { queueMachine } from './queueMachine';
import { roadmapMachine } from './roadmapMachine';

const MACHINES: { name: string; machine: AnyStateMachine }[] = [
	{ name: 'roadmap', machine: roadmapMachine },
	{ name: 'backlog', machine: backlogMachine },
	{ name: 'pricing', machine: pricingMachine },
	{ name: 'queue', machine: queueMachine }
];

describe('compileMachine(machine)', () => {
	it.each(MACHINES)(
		'$name: the table agrees with XState transition() on random event sequences',
		({ machine }) => {
			const compiled = compileMachine(machine);
			const n = compiled.events.length;
			fc.assert(
				fc.property(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 60 }), (seq) => {
					let [snapshot] = initialTransition(machine);
					let state = compiled.initial;
					expect(snapshot.value).toBe(compiled.states[state]);
					for (const event of seq) {
						[snapshot] = transition(machine, snapshot, { type: compiled.events[event] });
						state = compiled.table[state * n + event];
						expect(snapshot.value).toBe(compiled.states[state]);
						expect(snapshot.status === 'done').toBe(compiled.final[state] === 1);
					}
				}),
				{ numRuns: 300, seed: 7 }
			);
		}
	);

	it('follows the happy path of the backlog flow, including one clarification loop', () => {
		const c = COMPILED.backlog;
		const path = [
			'ITEM.ADDED',
			'ITEM.REFINED',
			'ITEM.ORDERED',
			'ITEM.PLANNED',
			'ITEM.QUESTION_ASKED',
			'ITEM.ANSWERED',
			'ITEM.BUILT',
			'ITEM.ACCEPTED'
		];
		const visited = [c.states[c.initial]];
		let s = c.initial;
		for (const type of path) {
			s = c.table[s * c.events.length + c.events.indexOf(type)];
			visited.push(c.states[s]);
		}
		expect(visited).toEqual([
			'arrived',
			'refining',
			'ordering',
			'awaitingSprint',
			'inDevelopment',
			'awaitingAnswer',
			'inDevelopment',
			'accepting',
			'done'
		]);
	});

	it('lists states and events in definition order', () => {
		expect(COMPILED.roadmap.states).toEqual([
			'proposed',
			'discovery',
			'alignment',
			'deciding',
			'cascading',
			'done'
		]);
		expect(COMPILED.pricing.events).toEqual([
			'PRICING.OPENED',
			'PRICING.ANALYSED',
			'PRICING.CONSULTED',
			'PRICING.APPROVED',
			'PRICING.LAUNCHED'
		]);
		expect(COMPILED.queue.states).toEqual(['waiting', 'inService', 'departed']);
	});

	it('throws on a guarded transition, which a table cannot represent', () => {
		const guarded = setup({ guards: { isClarificationNeeded: () => true } }).createMachine({
			id: 'guarded',
			initial: 'a',
			states: {
				a: {
					meta: { label: 'A', role: null, step: 'instant', done: 'GO' },
					on: { GO: { target: 'b', guard: 'isClarificationNeeded' } }
				},
				b: { type: 'final', meta: { label: 'B', role: null, step: 'final' } }
			}
		});
		expect(() => compileMachine(guarded)).toThrow(
			'guarded.a on GO: guarded transitions do not compile'
		);
	});

	it('throws on nested states', () => {
		const nested = createMachine({
			id: 'nested',
			initial: 'a',
			states: { a: { meta: {}, initial: 'x', states: { x: {} } } }
		});
		expect(() => compileMachine(nested)).toThrow('nested.a: only atomic and final states compile');
	});
});

describe('MACHINE_DESCRIPTIONS', () => {
	it('describes each state with its label and holding role kind, in flow order', () => {
		expect(
			MACHINE_DESCRIPTIONS.pricing.states.map((s) => [s.id, s.role, s.responsibility ?? null])
		).toEqual([
			['triggered', 'pm', null],
			['analysis', 'pm', 'pricing'],
			['consultation', 'stakeholders', 'stakeholder-alignment'],
			['approval', 'leadership', null],
			['goToMarket', 'pm', 'go-to-market'],
			['done', null, null]
		]);
		expect(MACHINE_DESCRIPTIONS.backlog.states.find((s) => s.id === 'inDevelopment')).toEqual({
			id: 'inDevelopment',
			label: 'In development',
			role: 'team',
			step: 'development',
			initial: false,
			final: false
		});
	});

	it('lists the transitions of the clarification loop, with the decision by default', () => {
		const loop = MACHINE_DESCRIPTIONS.backlog.transitions.filter(
			(t) => t.from === 'awaitingAnswer' || t.to === 'awaitingAnswer'
		);
		expect(loop).toEqual([
			{ from: 'inDevelopment', to: 'awaitingAnswer', event: 'ITEM.QUESTION_ASKED' },
			{ from: 'awaitingAnswer', to: 'inDevelopment', event: 'ITEM.ANSWERED' },
			{ from: 'awaitingAnswer', to: 'inDevelopment', event: 'ITEM.DECIDED_BY_DEFAULT' }
		]);
	});

	it('lists the rework loop: a failed acceptance goes back to development', () => {
		const rework = MACHINE_DESCRIPTIONS.backlog.transitions.filter((t) => t.from === 'accepting');
		expect(rework).toEqual([
			{ from: 'accepting', to: 'done', event: 'ITEM.ACCEPTED' },
			{ from: 'accepting', to: 'inDevelopment', event: 'ITEM.REJECTED' }
		]);
	});

	it('refuses a transition on an event that is none of the state’s done, interrupt or otherwise', () => {
		const bad = setup({ types: { meta: {} as StateMeta } }).createMachine({
			id: 'bad',
			initial: 'a',
			states: {
				a: {
					meta: { label: 'A', role: 'po', step: 'work', done: 'GO' },
					on: { GO: 'b', SKIP: 'b' }
				},
				b: { type: 'final', meta: { label: 'B', role: null, step: 'final' } }
			}
		});
		expect(() => compileMachine(bad)).toThrow(
			'bad.a: SKIP is none of its done, interrupt or otherwise events'
		);
	});
});
