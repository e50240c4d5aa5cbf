import type { AnyStateMachine } from 'xstate';
import type { StateMeta } from './stateMeta';

/**
 * A machine flattened into integers, built once when the module loads. The engine's hot loop
 * steps `table` instead of running XState actors: one array read per event, no allocation.
 * `compileMachine.test.ts` proves the table agrees with XState's own `transition()`.
 */
export interface CompiledMachine {
	id: string;
	/** State keys in definition order; a state's index is its position here. */
	states: readonly string[];
	/** Event types in first-use order; an event's index is its position here. */
	events: readonly string[];
	initial: number;
	/** 1 where the state is final. */
	final: Uint8Array;
	/** Next state: `table[state * events.length + event]`; an ignored event keeps the state. */
	table: Int32Array;
	meta: readonly StateMeta[];
	/** Every explicit transition, in definition order. */
	transitions: readonly { from: number; event: number; to: number }[];
}

/**
 * Flattens a machine whose states are atomic or final children of the root, with plain
 * (unguarded, single-target) event transitions. Anything else would not fit a table, so it
 * throws rather than compile something that disagrees with XState.
 */
export function compileMachine(machine: AnyStateMachine): CompiledMachine {
	const root = machine.root;
	const states = Object.keys(root.states);
	const nodes = states.map((key) => root.states[key]);
	const stateIndex = new Map(states.map((key, i) => [key, i]));
	const events: string[] = [];
	const eventIndex = new Map<string, number>();
	const transitions: { from: number; event: number; to: number }[] = [];

	nodes.forEach((node, from) => {
		if (node.type !== 'atomic' && node.type !== 'final') {
			throw new Error(`${machine.id}.${node.key}: only atomic and final states compile`);
		}
		if ((node.always?.length ?? 0) > 0 || node.after.length > 0 || node.invoke.length > 0) {
			throw new Error(
				`${machine.id}.${node.key}: eventless, delayed and invoked transitions do not compile`
			);
		}
		if (!node.meta) throw new Error(`${machine.id}.${node.key}: every state needs meta`);
		for (const [type, definitions] of node.transitions) {
			if (definitions.length !== 1 || definitions[0].guard) {
				throw new Error(`${machine.id}.${node.key} on ${type}: guarded transitions do not compile`);
			}
			const targets = definitions[0].target ?? [];
			if (targets.length !== 1 || targets[0].parent !== root) {
				throw new Error(`${machine.id}.${node.key} on ${type}: needs one sibling target`);
			}
			if (!eventIndex.has(type)) {
				eventIndex.set(type, events.length);
				events.push(type);
			}
			transitions.push({
				from,
				event: eventIndex.get(type)!,
				to: stateIndex.get(targets[0].key)!
			});
		}
	});

	const table = new Int32Array(states.length * events.length);
	for (let s = 0; s < states.length; s++) table.fill(s, s * events.length, (s + 1) * events.length);
	for (const t of transitions) table[t.from * events.length + t.event] = t.to;

	const initialKey = machine.config.initial;
	if (typeof initialKey !== 'string' || !stateIndex.has(initialKey)) {
		throw new Error(`${machine.id}: the initial state must be a child of the root`);
	}
	const meta = nodes.map((node) => node.meta as StateMeta);
	for (const t of transitions) {
		const m = meta[t.from];
		const type = events[t.event];
		if (m.done !== type && m.interrupt !== type && m.otherwise !== type) {
			throw new Error(
				`${machine.id}.${states[t.from]}: ${type} is none of its done, interrupt or otherwise events`
			);
		}
	}

	return {
		id: machine.id,
		states,
		events,
		initial: stateIndex.get(initialKey)!,
		final: Uint8Array.from(nodes, (node) => (node.type === 'final' ? 1 : 0)),
		table,
		meta,
		transitions
	};
}

/** Index of a state key; throws on a typo so a renamed state fails at load, not silently. */
export function stateIndexOf(machine: CompiledMachine, key: string): number {
	const i = machine.states.indexOf(key);
	if (i < 0) throw new Error(`${machine.id} has no state ${key}`);
	return i;
}

/** Index of an event type; throws on a typo. */
export function eventIndexOf(machine: CompiledMachine, type: string): number {
	const i = machine.events.indexOf(type);
	if (i < 0) throw new Error(`${machine.id} has no event ${type}`);
	return i;
}
