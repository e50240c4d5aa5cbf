import type { Scenario } from '../scenario/index';
import {
	COMPILED,
	PRIORITIES,
	STEP_KINDS,
	eventIndexOf,
	stateIndexOf,
	type CompiledMachine
} from './machines/index';
import { DECISION_KINDS } from './types';

/**
 * The three flows as flat integer tables the engine's hot loop reads: per decision kind × state,
 * how the step works, who holds it, which event ends it, its priority and its mean effort. All of
 * it comes from the machines' `meta` (and the scenario's effort settings), so the statecharts stay
 * the single definition of the flows.
 */

/** Decision kinds by index, in the order of DECISION_KINDS. */
export const ROADMAP = 0;
export const BACKLOG = 1;
export const PRICING = 2;
export const KINDS = DECISION_KINDS.length;
export const MACHINES: CompiledMachine[] = DECISION_KINDS.map((k) => COMPILED[k]);
/** Room per decision for per-state sums: the largest machine's state count. */
export const STATE_STRIDE = Math.max(...MACHINES.map((m) => m.states.length));

export const S_INSTANT = STEP_KINDS.indexOf('instant');
export const S_WORK = STEP_KINDS.indexOf('work');
export const S_DELAY = STEP_KINDS.indexOf('delay');
export const S_FANOUT = STEP_KINDS.indexOf('fanout');
export const S_SPRINT = STEP_KINDS.indexOf('sprint');
export const S_DEV = STEP_KINDS.indexOf('development');
export const S_FINAL = STEP_KINDS.indexOf('final');

/** Who serves a step, from the state's role in the machine. */
export const H_STRATEGY = 0;
export const H_DELIVERY = 1;
export const H_TEAM = 2;
export const H_NONE = 3;

export const BUILD_CLASS = PRIORITIES.indexOf('build');

export interface FlowTables {
	/** Per kind × state (index kind × STATE_STRIDE + state). */
	stepKind: Int32Array;
	holder: Int32Array;
	doneEvent: Int32Array;
	interruptEvent: Int32Array;
	/** The step's other outcome (decided by default, failed acceptance), -1 when none. */
	otherwiseEvent: Int32Array;
	/** 1 where the step takes leaders' time when leadership capacity is modelled. */
	leaders: Int32Array;
	priority: Int32Array;
	/** Mean effort in hours; the penalty of the absorbing role is applied when work is created. */
	meanEffort: Float64Array;
	/** Per kind: the compiled transition table and its number of events. */
	transitions: Int32Array[];
	eventCounts: Int32Array;
	/** The event that ends a backlog item's wait for sprint planning. */
	planned: number;
	/** Backlog cells of the steps hidden work acts on. */
	refining: number;
	answering: number;
	accepting: number;
}

const backlogCell = (state: string) =>
	BACKLOG * STATE_STRIDE + stateIndexOf(MACHINES[BACKLOG], state);

export function flowTables(s: Scenario): FlowTables {
	const cells = KINDS * STATE_STRIDE;
	const tables: FlowTables = {
		stepKind: new Int32Array(cells),
		holder: new Int32Array(cells),
		doneEvent: new Int32Array(cells).fill(-1),
		interruptEvent: new Int32Array(cells).fill(-1),
		otherwiseEvent: new Int32Array(cells).fill(-1),
		leaders: new Int32Array(cells),
		priority: new Int32Array(cells),
		meanEffort: new Float64Array(cells),
		transitions: MACHINES.map((m) => m.table),
		eventCounts: Int32Array.from(MACHINES, (m) => m.events.length),
		planned: -1,
		refining: backlogCell('refining'),
		answering: backlogCell('awaitingAnswer'),
		accepting: backlogCell('accepting')
	};
	MACHINES.forEach((m, k) => {
		m.meta.forEach((meta, state) => {
			const i = k * STATE_STRIDE + state;
			tables.stepKind[i] = STEP_KINDS.indexOf(meta.step);
			tables.holder[i] =
				meta.role === 'pm'
					? H_STRATEGY
					: meta.role === 'po'
						? H_DELIVERY
						: meta.role === 'team'
							? H_TEAM
							: H_NONE;
			if (meta.done) tables.doneEvent[i] = eventIndexOf(m, meta.done);
			if (meta.interrupt) tables.interruptEvent[i] = eventIndexOf(m, meta.interrupt);
			if (meta.otherwise) tables.otherwiseEvent[i] = eventIndexOf(m, meta.otherwise);
			if (meta.leaders) tables.leaders[i] = 1;
			tables.priority[i] = meta.priority ? PRIORITIES.indexOf(meta.priority) : 0;
			tables.meanEffort[i] = meta.effort ? s[meta.effort] : 0;
		});
	});
	tables.planned =
		tables.doneEvent[BACKLOG * STATE_STRIDE + MACHINES[BACKLOG].states.indexOf('awaitingSprint')];
	return tables;
}
