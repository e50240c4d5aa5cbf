/**
 * SimulationRun with stand-in workers that answer as simulation.worker.ts does: a heavy scenario
 * waits for confirm() with nothing run, run 0 goes out alone, and the rest follow over the pool
 * (issue 12, point 3). The summary equals the CLI's for the same scenario.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenarioParams, type Scenario } from '$lib/scenario';
import { replicaFigures } from '$lib/sim/replicaStore';
import { runReplications } from '$lib/sim/replications';
import { replicationSeed } from '$lib/sim/rng';
import { runSimulation } from '$lib/sim/runSimulation';
import { toSummaryJson } from '$lib/sim/summary';
import { isHeavy, workEstimate } from '$lib/sim/workEstimate';
import {
	SimulationRun,
	type RunRequest,
	type RunResponse,
	type WorkerRequest
} from './SimulationRun.svelte';

/** A worker that records what it is asked and acknowledges at once; the test sends the rest. */
class StandInWorker {
	received: WorkerRequest[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent<RunResponse>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	onmessageerror: (() => void) | null = null;

	postMessage(request: WorkerRequest): void {
		this.received.push(request);
		this.send({ type: 'ack', id: request.id });
	}
	send(message: RunResponse): void {
		this.onmessage?.({ data: message } as MessageEvent<RunResponse>);
	}
	terminate(): void {
		this.terminated = true;
	}
	runs(): RunRequest[] {
		return this.received.filter((r): r is RunRequest => r.type === 'run');
	}
}

function pool(size: number) {
	const workers: StandInWorker[] = [];
	const run = new SimulationRun(() => {
		const worker = new StandInWorker();
		workers.push(worker);
		return worker as unknown as Worker;
	}, size);
	return { run, workers };
}

/** What the worker answers to an estimate request. */
function answerEstimate(worker: StandInWorker, scenario: Scenario) {
	const request = worker.received.findLast((r) => r.type === 'estimate')!;
	worker.send({ type: 'estimate', id: request.id, estimate: workEstimate(scenario) });
}

/** What the worker answers to its latest run request: run 0 in full, then every run reduced. */
function answerRuns(worker: StandInWorker, scenario: Scenario) {
	const request = worker.runs().at(-1)!;
	for (const index of request.indexes) {
		const seed = replicationSeed(scenario.seed, index);
		const result = runSimulation(scenario, { seed });
		if (index === 0) worker.send({ type: 'result', id: request.id, result, ms: 5 });
		worker.send({
			type: 'replica',
			id: request.id,
			index,
			seed,
			result: replicaFigures(result),
			ms: 5
		});
	}
}

let running: SimulationRun | null = null;
afterEach(() => running?.destroy());

describe('SimulationRun', () => {
	it('a light scenario runs 0 alone, then the rest over the pool, to the CLI’s summary', () => {
		const scenario = parseScenarioParams('preset=startup&weeks=6&runs=5').scenario;
		const { run, workers } = pool(2);
		running = run;
		run.start(scenario);
		expect(workers).toHaveLength(1);
		expect(workers[0].received.map((r) => r.type)).toEqual(['estimate']);

		answerEstimate(workers[0], scenario);
		expect(run.status).toBe('running');
		expect(workers[0].runs().map((r) => r.indexes)).toEqual([[0]]);
		expect(workers).toHaveLength(1);

		answerRuns(workers[0], scenario);
		expect(run.status).toBe('replicating');
		expect(run.result?.events).toBeGreaterThan(0);
		expect(workers.map((w) => w.runs().at(-1)!.indexes)).toEqual([
			[1, 3],
			[2, 4]
		]);

		answerRuns(workers[1], scenario);
		expect(run.status).toBe('replicating');
		answerRuns(workers[0], scenario);
		expect(run.status).toBe('done');
		expect(run.progress).toBe(1);
		expect(run.summary).toEqual(toSummaryJson(scenario, runReplications(scenario)));
	});

	it('a heavy scenario waits with its estimate, runs nothing, and starts run 0 alone on confirm', () => {
		const scenario = parseScenarioParams('preset=scale-up&weeks=260&runs=500').scenario;
		expect(isHeavy(workEstimate(scenario))).toBe(true);
		const { run, workers } = pool(2);
		running = run;
		run.start(scenario);
		answerEstimate(workers[0], scenario);

		expect(run.status).toBe('confirm');
		expect(run.busy).toBe(false);
		expect(run.estimate).toEqual(workEstimate(scenario));
		expect(run.estimate!.runs).toBe(500);
		expect(workers.flatMap((w) => w.runs())).toEqual([]);

		run.confirm();
		expect(run.status).toBe('running');
		expect(workers.flatMap((w) => w.runs()).map((r) => r.indexes)).toEqual([[0]]);
		expect(workers).toHaveLength(1);
	});

	it('a heavy scenario once confirmed is not asked about again when it is started again', () => {
		const heavy = parseScenarioParams('preset=scale-up&weeks=260&runs=500').scenario;
		const light = parseScenarioParams('preset=startup&weeks=6&runs=1').scenario;
		const { run, workers } = pool(1);
		running = run;
		run.start(heavy);
		answerEstimate(workers[0], heavy);
		run.confirm();
		run.start(light);
		answerEstimate(workers[0], light);
		expect(run.status).toBe('running');

		run.start(heavy);
		answerEstimate(workers[0], heavy);
		expect(run.status).toBe('running');
		expect(workers[0].runs().at(-1)).toMatchObject({ indexes: [0], scenario: heavy });
	});
});
