import type { Scenario } from '../scenario/index';
import type { EngineOptions } from './admission';
import { Engine } from './engine';
import { replicaResult, toResult } from './result';
import type { SimulationResult } from './types';

export interface RunOptions extends EngineOptions {
	/** Overrides the scenario's seed (replications pass derived seeds). */
	seed?: number;
}

/** One run of a scenario: the same scenario and seed give the same result, byte for byte. */
export function runSimulation(scenario: Scenario, options: RunOptions = {}): SimulationResult {
	return toResult(new Engine(scenario, options.seed ?? scenario.seed, options).run());
}

/**
 * One run as the replications' bands keep it (`replicaFigures` of `runSimulation`, without first
 * building what only the charts of the first run draw).
 */
export function runReplica(scenario: Scenario, options: RunOptions = {}): SimulationResult {
	return replicaResult(new Engine(scenario, options.seed ?? scenario.seed, options).run());
}
