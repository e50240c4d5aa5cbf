/**
 * The engine's public API. Plain TypeScript: runs in Node, in a Web Worker and in the page.
 */
export { simulateQueue, type QueueParams, type QueueResult } from './simulateQueue';
export {
	COMPILED,
	DECISION_MACHINES,
	MACHINE_DESCRIPTIONS,
	describeMachine,
	type MachineDescription,
	type MachineStateDescription,
	type MachineTransitionDescription
} from './machines/index';
export * from './types';
