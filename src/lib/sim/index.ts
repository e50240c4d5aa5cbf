/**
 * The engine's public API. Plain TypeScript with no DOM or Svelte imports and no host clock or
 * Math.random: it runs in Node, in a Web Worker and in the page, and the same scenario and seed
 * give byte-identical JSON everywhere.
 */
export { runSimulation, type RunOptions } from './runSimulation';
export { runReplications, summarise, type ProgressCallback } from './replications';
export { toSummaryJson } from './summary';
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
export {
	HOURS_PER_DAY,
	HOURS_PER_WEEK,
	WEINBERG_FOCUS,
	focusShare,
	productiveHours,
	weinbergFocus
} from './org';
export {
	INTENDED_HOLDER,
	RESPONSIBILITY_LABELS,
	SIMULATED_RESPONSIBILITIES,
	STARVED_WAIT_RATIO
} from './metrics/coverage';
export { OVERLOADED_LOAD, STRAINED_LOAD } from './metrics/verdict';
export { BOTTLENECK_LOAD } from './metrics/bottlenecks';
export { scenarioDemand } from './demand';
export { hiddenWorkMessage, type HiddenWork, type HiddenWorkByRole } from './metrics/hiddenWork';
export { EXCEPTION_KINDS, type ExceptionCounts, type ExceptionKind } from './hiddenLedger';
export {
	annualCost,
	costSummary,
	COST_ROLE_LABELS,
	headcountCost,
	WEEKS_PER_YEAR,
	type CostRole,
	type CostSummary,
	type KindCost,
	type RoleCost
} from './metrics/cost';
export { formatMoney, formatMoneyChange, grouped } from './metrics/money';
export { spanOfControl, type SpanFigure, type SpanRole } from './metrics/span';
export { LOAD_CAP } from './result';
export { groupByFunction, roleFunction, ROLE_FUNCTIONS, type RoleFunction } from './roleFunctions';
export * from './types';
