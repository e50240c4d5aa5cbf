/**
 * What both statechart views (the results' and the model page's) read off a machine's
 * description: where it starts, and what can follow a state, as the tooltips word it.
 */
import type { ChartState, ChartTransition } from './statechartLayout';

interface Machine {
	states: readonly (ChartState & { initial?: boolean })[];
	transitions: readonly ChartTransition[];
}

/** The initial state's id: the one marked initial, else the first, else ''. */
export function initialStateId(machine: Pick<Machine, 'states'>): string {
	return machine.states.find((s) => s.initial)?.id ?? machine.states[0]?.id ?? '';
}

/** "EVENT → Next state" for every transition out of a state. */
export function nextSteps(machine: Machine, stateId: string): string[] {
	return machine.transitions
		.filter((t) => t.from === stateId)
		.map((t) => `${t.event} → ${machine.states.find((s) => s.id === t.to)?.label ?? t.to}`);
}
