/**
 * The page's heap per replication: what the main thread keeps of each run until the bands are
 * made. The worker posts each run's figures (replicaFigures); they arrive as a structured clone,
 * as here. Kept as result objects (how the page held them before ReplicaStore), a run of a large
 * organisation cost a tenth of a megabyte, so 500 runs held tens of megabytes; ReplicaStore keeps
 * the role figures as one typed array per run.
 */
import { presetScenario } from '../src/lib/scenario/index';
import { ReplicaStore, replicaFigures } from '../src/lib/sim/replicaStore';
import { runSimulation } from '../src/lib/sim/runSimulation';
import type { SimulationResult } from '../src/lib/sim/types';
import v8 from 'node:v8';
import { MB, gc } from './measure';

export interface ReplicaMemoryConfig {
	/** Runs kept, as the page keeps `runs` replications until all are in. */
	replicaMemoryRuns: number;
	/** Teams of the scale-up organisation whose runs are kept (roles grow with teams). */
	replicaMemoryTeams: number;
	weeks: number;
}

export interface ReplicaMemoryResult {
	runs: number;
	teams: number;
	roles: number;
	/** Heap retained per run, in bytes: kept as result objects, and in a ReplicaStore. */
	objectsBytesPerRun: number;
	storeBytesPerRun: number;
	objectsMb: number;
	storeMb: number;
}

/** Heap and array buffers (typed arrays live outside the heap). */
const used = () => v8.getHeapStatistics().used_heap_size + process.memoryUsage().arrayBuffers;

/** Memory left after a full collection, once `keep` has stored `runs` clones of `sent`. */
function retained(
	runs: number,
	sent: SimulationResult,
	keep: (i: number, r: SimulationResult) => void
) {
	gc();
	const before = used();
	for (let i = 0; i < runs; i++) keep(i, structuredClone(sent));
	gc();
	return used() - before;
}

export function measureReplicaMemory(config: ReplicaMemoryConfig): ReplicaMemoryResult {
	const runs = config.replicaMemoryRuns;
	const scenario = {
		...presetScenario('scale-up'),
		teams: config.replicaMemoryTeams,
		weeks: config.weeks
	};
	const sent = replicaFigures(runSimulation(scenario));
	const objects: SimulationResult[] = [];
	const objectsBytes = retained(runs, sent, (_, r) => objects.push(r));
	objects.length = 0;
	const store = new ReplicaStore(runs);
	const storeBytes = retained(runs, sent, (i, r) => store.add(i, r));
	if (!store.complete) throw new Error('the store lost runs');
	return {
		runs,
		teams: config.replicaMemoryTeams,
		roles: sent.roles.length,
		objectsBytesPerRun: objectsBytes / runs,
		storeBytesPerRun: storeBytes / runs,
		objectsMb: objectsBytes / MB,
		storeMb: storeBytes / MB
	};
}
