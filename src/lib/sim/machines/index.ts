import type { DecisionKind, Responsibility, RoleKind } from '../types';
import { backlogMachine } from './backlogMachine';
import { compileMachine, type CompiledMachine } from './compileMachine';
import { pricingMachine } from './pricingMachine';
import { queueMachine } from './queueMachine';
import { roadmapMachine } from './roadmapMachine';
import type { StepKind } from './stateMeta';

export { backlogMachine, pricingMachine, queueMachine, roadmapMachine };
export { compileMachine, eventIndexOf, stateIndexOf, type CompiledMachine } from './compileMachine';
export * from './stateMeta';

/** The flows of the organisation model, one per decision kind. */
export const DECISION_MACHINES = {
	roadmap: roadmapMachine,
	backlog: backlogMachine,
	pricing: pricingMachine
} as const;

/** Each machine compiled once, at module load. */
export const COMPILED: Record<DecisionKind | 'queue', CompiledMachine> = {
	roadmap: compileMachine(roadmapMachine),
	backlog: compileMachine(backlogMachine),
	pricing: compileMachine(pricingMachine),
	queue: compileMachine(queueMachine)
};

export interface MachineStateDescription {
	id: string;
	label: string;
	/** The role kind that holds the state by the seeds (before any gap is absorbed). */
	role: RoleKind | null;
	responsibility?: Responsibility;
	step: StepKind;
	initial: boolean;
	final: boolean;
}

export interface MachineTransitionDescription {
	from: string;
	to: string;
	event: string;
}

/** A machine as plain data for the statechart view: states in flow order and transitions. */
export interface MachineDescription {
	id: string;
	label: string;
	states: MachineStateDescription[];
	transitions: MachineTransitionDescription[];
}

const MACHINE_LABELS: Record<DecisionKind | 'queue', string> = {
	roadmap: 'Roadmap decision',
	backlog: 'Backlog item',
	pricing: 'Pricing change',
	queue: 'Queue customer'
};

/** Reads a compiled machine back into plain data; nothing here is retyped from the charts. */
export function describeMachine(machine: CompiledMachine, label = machine.id): MachineDescription {
	return {
		id: machine.id,
		label,
		states: machine.states.map((id, i) => {
			const meta = machine.meta[i];
			return {
				id,
				label: meta.label,
				role: meta.role,
				...(meta.responsibility ? { responsibility: meta.responsibility } : {}),
				step: meta.step,
				initial: i === machine.initial,
				final: machine.final[i] === 1
			};
		}),
		transitions: machine.transitions.map((t) => ({
			from: machine.states[t.from],
			to: machine.states[t.to],
			event: machine.events[t.event]
		}))
	};
}

export const MACHINE_DESCRIPTIONS: Record<DecisionKind | 'queue', MachineDescription> = {
	roadmap: describeMachine(COMPILED.roadmap, MACHINE_LABELS.roadmap),
	backlog: describeMachine(COMPILED.backlog, MACHINE_LABELS.backlog),
	pricing: describeMachine(COMPILED.pricing, MACHINE_LABELS.pricing),
	queue: describeMachine(COMPILED.queue, MACHINE_LABELS.queue)
};
