/**
 * Runs simulations off the main thread. A request names the replications this worker should run
 * (by index: run 0 uses the scenario's own seed, run i the seed `replicationSeed(seed, i)`, as
 * `runReplications` does); SimulationRun spreads the indexes over a small pool of these workers
 * and merges the answers. Run 0's full result goes back at once, for the charts; every run also
 * goes back reduced to the figures the bands need (run 0 by replicaFigures, the others built that
 * way by runReplica). Before any run, an estimate request gets the scenario's expected work
 * (workEstimate), so the page can ask before a heavy run.
 *
 * The worker yields between runs, so a newer request (a changed setting) takes over after the
 * run in progress instead of after all of them.
 */
import type { Scenario } from '$lib/scenario';
import { replicaFigures } from '$lib/sim/replicaStore';
import { replicationSeed } from '$lib/sim/rng';
import { runReplica, runSimulation } from '$lib/sim/runSimulation';
import type { SimulationResult } from '$lib/sim/types';
import { workEstimate } from '$lib/sim/workEstimate';
import type { RunRequest, RunResponse, WorkerRequest } from '$lib/state/SimulationRun.svelte';

const scope = self as unknown as {
	postMessage(message: RunResponse): void;
	onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

let latest = -1;
/**
 * The scenario last estimated, by key: its run reuses the very object, so the demand solved for
 * the estimate (cached per scenario object) is not solved again.
 */
let estimated: { key: string; scenario: Scenario } | null = null;

/** Lets queued messages (a newer request) in before the next run. */
function yieldToMessages(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => resolve();
		channel.port2.postMessage(null);
	});
}

async function job(request: RunRequest): Promise<void> {
	const { id, indexes } = request;
	const scenario = estimated?.key === request.key ? estimated.scenario : request.scenario;
	scope.postMessage({ type: 'ack', id });
	for (const index of indexes) {
		await yieldToMessages();
		if (latest !== id) return;
		const seed = replicationSeed(scenario.seed, index);
		const started = performance.now();
		let result: SimulationResult;
		try {
			// Only run 0 is drawn in full; the others need what the bands keep.
			result = index === 0 ? runSimulation(scenario, { seed }) : runReplica(scenario, { seed });
		} catch (error) {
			scope.postMessage({
				type: 'error',
				id,
				message: error instanceof Error ? error.message : String(error)
			});
			return;
		}
		const ms = performance.now() - started;
		if (index === 0) scope.postMessage({ type: 'result', id, result, ms });
		const replica = index === 0 ? replicaFigures(result) : result;
		scope.postMessage({ type: 'replica', id, index, seed, result: replica, ms });
	}
}

scope.onmessage = (event) => {
	const request = event.data;
	if (request?.type === 'estimate') {
		latest = request.id;
		// Acknowledged first: a slow estimate (the demand of a very large organisation) must not
		// look like a stuck worker.
		scope.postMessage({ type: 'ack', id: request.id });
		try {
			estimated = { key: request.key, scenario: request.scenario };
			scope.postMessage({
				type: 'estimate',
				id: request.id,
				estimate: workEstimate(request.scenario)
			});
		} catch (error) {
			scope.postMessage({
				type: 'error',
				id: request.id,
				message: error instanceof Error ? error.message : String(error)
			});
		}
		return;
	}
	if (request?.type === 'stop') {
		latest = request.id;
		scope.postMessage({ type: 'ack', id: request.id });
		return;
	}
	if (request?.type !== 'run') return;
	latest = request.id;
	void job(request);
};
