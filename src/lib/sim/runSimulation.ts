import type { Scenario } from '../scenario/index';
import type { EngineOptions } from './admission';
import { Engine } from './engine';
import { toResult } from './result';
import type { SimulationResult } from './types';

export interface RunOptions extends EngineOptions {
	/** Overrides the scenario's seed (replications pass derived seeds). */
	seed?: number;
}

/** One run of a scenario: the same scenario and seed give the same result, byte for byte. */
export function runSimulation(scenario: Scenario, options: RunOptions = {}): SimulationResult {
	return toResult(new Engine(scenario, options.seed ?? scenario.seed, options).run());
}
