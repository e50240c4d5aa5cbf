/**
 * Runs simulations off the main thread. A request names the replications this worker should run
 * (by index: run 0 uses the scenario's own seed, run i the seed `replicationSeed(seed, i)`, as
 * `runReplications` does); SimulationRun spreads the indexes over a small pool of these workers
 * and merges the answers. Run 0's full result goes back at once, for the charts; every run also
 * goes back slimmed to the figures the bands need.
 *
 * The worker yields between runs, so a newer request (a changed setting) takes over after the
 * run in progress instead of after all of them.
 */
import { replicationSeed } from '$lib/sim/rng';
import { runSimulation } from '$lib/sim/runSimulation';
import type { SimulationResult } from '$lib/sim/types';
import type { RunRequest, RunResponse } from '$lib/state/SimulationRun.svelte';

const scope = self as unknown as {
	postMessage(message: RunResponse): void;
	onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
};

let latest = -1;

/** What the bands need of a run (see `summarise` in $lib/sim/replications); the rest stays here. */
function slim(result: SimulationResult): SimulationResult {
	return {
		...result,
		decisions: Object.fromEntries(
			Object.entries(result.decisions).map(([kind, d]) => [
				kind,
				{ ...d, leadTimeSample: [], createdByWeek: [], completedByWeek: [] }
			])
		) as unknown as SimulationResult['decisions'],
		roles: result.roles.map((r) => ({ ...r, utilisationByWeek: [], queueByWeek: [] })),
		handoffs: [],
		coverage: []
	};
}

/** Lets queued messages (a newer request) in before the next run. */
function yieldToMessages(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => resolve();
		channel.port2.postMessage(null);
	});
}

async function job(request: RunRequest): Promise<void> {
	const { id, scenario, indexes } = request;
	scope.postMessage({ type: 'ack', id });
	for (const index of indexes) {
		await yieldToMessages();
		if (latest !== id) return;
		const seed = replicationSeed(scenario.seed, index);
		const started = performance.now();
		let result: SimulationResult;
		try {
			result = runSimulation(scenario, { seed });
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
		scope.postMessage({ type: 'replica', id, index, seed, result: slim(result), ms });
	}
}

scope.onmessage = (event) => {
	const request = event.data;
	if (request?.type !== 'run') return;
	latest = request.id;
	void job(request);
};
