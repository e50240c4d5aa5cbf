/**
 * Bridges the simulation workers and the page: `start(scenario)` runs the scenario off the main
 * thread and the getters follow it (status, progress, result, summary, error) as `$state` that
 * the views read.
 *
 * - A worker first estimates the scenario's work (workEstimate). Above HEAVY_WORK_EVENTS the run
 *   waits in `confirm` with the estimate until `confirm()` is called (the page asks); below it
 *   starts at once.
 * - Run 0 runs alone, so its full result (what the views draw) comes back as soon as one run
 *   allows; then the other replications are spread over a small pool of module workers (one per
 *   core, at most four), each running every n-th run. Each run is kept compact (ReplicaStore)
 *   until all are in, then merged into bands and the CLI's summary
 *   (`summarise` and `toSummaryJson`, the functions `npm run simulate` uses), so the headline
 *   figures equal the CLI's for the same URL.
 * - A new scenario while a run is under way is sent to the same workers with a newer id: they
 *   drop the old job between runs. A worker that does not take the new job within
 *   `PREEMPT_MS` (a long run of a very large organisation) is terminated and replaced.
 * - `cancel()` terminates the workers; the last complete result stays on screen.
 */
import type { Scenario } from '$lib/scenario';
import { toQueryString } from '$lib/scenario';
import { ReplicaStore } from '$lib/sim/replicaStore';
import { summarise } from '$lib/sim/replications';
import { toSummaryJson } from '$lib/sim/summary';
import type { SimulationResult, SimulationSummary } from '$lib/sim/types';
import { ASSUMED_EVENTS_PER_SECOND, isHeavy, type WorkEstimate } from '$lib/sim/workEstimate';

/** `confirm`: a heavy scenario waits for the user to start it. */
export type RunStatus =
	'idle' | 'running' | 'confirm' | 'replicating' | 'done' | 'cancelled' | 'error';

export interface RunRequest {
	type: 'run';
	id: number;
	key: string;
	scenario: Scenario;
	/** Which replications this worker runs (0 is the scenario's own seed). */
	indexes: number[];
}

export interface EstimateRequest {
	type: 'estimate';
	id: number;
	key: string;
	scenario: Scenario;
}

/** Drops the job under way (a newer scenario is being estimated elsewhere). */
export interface StopRequest {
	type: 'stop';
	id: number;
}

export type WorkerRequest = RunRequest | EstimateRequest | StopRequest;

export type RunResponse =
	| { type: 'ack'; id: number }
	| { type: 'estimate'; id: number; estimate: WorkEstimate }
	| { type: 'result'; id: number; result: SimulationResult; ms: number }
	| {
			type: 'replica';
			id: number;
			index: number;
			seed: number;
			result: SimulationResult;
			ms: number;
	  }
	| { type: 'error'; id: number; message: string };

/** How long a busy worker may take to switch to a newer scenario before it is replaced. */
export const PREEMPT_MS = 250;

/** The key of a scenario's results: every setting but the name, which changes no figure. */
export function scenarioKey(scenario: Scenario): string {
	return toQueryString({ ...scenario, name: '' });
}

/** Replication indexes for worker `w` of `n`: every n-th run from `first` on, starting at w. */
export function indexesFor(worker: number, workers: number, runs: number, first = 0): number[] {
	const out: number[] = [];
	for (let i = first + worker; i < runs; i += workers) out.push(i);
	return out;
}

function defaultWorker(): Worker {
	return new Worker(new URL('../workers/simulation.worker.ts', import.meta.url), {
		type: 'module',
		name: 'simulation'
	});
}

function defaultPoolSize(): number {
	const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
	return Math.max(1, Math.min(4, cores));
}

interface Slot {
	worker: Worker | null;
	/** The id this worker last acknowledged. */
	acked: number;
	timer: ReturnType<typeof setTimeout> | null;
}

interface Job {
	id: number;
	key: string;
	scenario: Scenario;
	runs: number;
	replicas: ReplicaStore;
	seeds: number[];
	/** Whether the replications after run 0 have been sent out. */
	spread: boolean;
	started: number;
	detailMs: number;
	replicaMs: number;
}

export class SimulationRun {
	#status = $state<RunStatus>('idle');
	#progress = $state(0);
	#result = $state.raw<SimulationResult | null>(null);
	#resultKey = $state('');
	#summary = $state.raw<SimulationSummary | null>(null);
	#summaryKey = $state('');
	#error = $state<string | null>(null);
	#runMs = $state<number | null>(null);
	#totalMs = $state<number | null>(null);
	#estimate = $state.raw<WorkEstimate | null>(null);
	#eventsPerSecond = $state(ASSUMED_EVENTS_PER_SECOND);

	#createWorker: () => Worker;
	#slots: Slot[];
	#job: Job | null = null;
	#nextId = 1;
	#key = '';
	/** The heavy scenario the user said to run. */
	#approvedKey = '';

	constructor(createWorker: () => Worker = defaultWorker, poolSize = defaultPoolSize()) {
		this.#createWorker = createWorker;
		this.#slots = Array.from({ length: poolSize }, () => ({ worker: null, acked: 0, timer: null }));
	}

	get status(): RunStatus {
		return this.#status;
	}
	/** Share of replications done, 0..1. */
	get progress(): number {
		return this.#progress;
	}
	/** The first run of the latest scenario, in full (what the charts draw). */
	get result(): SimulationResult | null {
		return this.#result;
	}
	/** The scenario key of `result`. */
	get resultKey(): string {
		return this.#resultKey;
	}
	/** The CLI's summary of the latest scenario (medians and bands over runs); null until all runs are in. */
	get summary(): SimulationSummary | null {
		return this.#summary;
	}
	get summaryKey(): string {
		return this.#summaryKey;
	}
	get error(): string | null {
		return this.#error;
	}
	/** Milliseconds of the first run in its worker. */
	get runMs(): number | null {
		return this.#runMs;
	}
	/** Milliseconds from start to the summary, wall clock. */
	get totalMs(): number | null {
		return this.#totalMs;
	}
	get busy(): boolean {
		return this.#status === 'running' || this.#status === 'replicating';
	}
	/** The latest scenario's expected work; null until its worker has estimated it. */
	get estimate(): WorkEstimate | null {
		return this.#estimate;
	}
	/** Events a second one worker processed in the last timed run (an assumption before one). */
	get eventsPerSecond(): number {
		return this.#eventsPerSecond;
	}
	/** Workers that run replications side by side. */
	get workers(): number {
		return this.#slots.length;
	}

	/** Runs a scenario unless it is the one already shown or under way. */
	start(scenario: Scenario): void {
		const key = scenarioKey(scenario);
		if (key === this.#key && this.#status !== 'error' && this.#status !== 'cancelled') return;
		this.#key = key;
		const plain = $state.snapshot(scenario) as Scenario;
		const runs = Math.max(1, plain.runs);
		const job: Job = {
			id: this.#nextId++,
			key,
			scenario: plain,
			runs,
			replicas: new ReplicaStore(runs),
			seeds: new Array(runs),
			spread: false,
			started: performance.now(),
			detailMs: 0,
			replicaMs: 0
		};
		this.#job = job;
		this.#status = 'running';
		this.#progress = 0;
		this.#error = null;
		this.#estimate = null;
		try {
			this.#post(this.#slots[0], { type: 'estimate', id: job.id, key, scenario: plain });
			// The other workers stop the previous scenario's runs now, not when run 0 is done.
			for (const slot of this.#slots.slice(1)) {
				if (slot.worker) this.#post(slot, { type: 'stop', id: job.id });
			}
		} catch (error) {
			this.#fail(`The simulation could not start: ${messageOf(error)}`);
		}
	}

	/** Starts the heavy scenario waiting in `confirm`. */
	confirm(): void {
		const job = this.#job;
		if (this.#status !== 'confirm' || !job) return;
		this.#approvedKey = job.key;
		this.#launch(job);
	}

	/** Run 0 alone first, so the views have something to draw as soon as one run allows. */
	#launch(job: Job): void {
		this.#status = 'running';
		job.started = performance.now();
		this.#postRuns(job, [0]);
	}

	#postRuns(job: Job, ...perWorker: number[][]): void {
		try {
			perWorker.forEach((indexes, w) => {
				if (indexes.length === 0) return;
				this.#post(this.#slots[w], {
					type: 'run',
					id: job.id,
					key: job.key,
					scenario: job.scenario,
					indexes
				});
			});
		} catch (error) {
			this.#fail(`The simulation could not start: ${messageOf(error)}`);
		}
	}

	/** The replications after run 0, over the whole pool. */
	#spread(job: Job): void {
		if (job.spread) return;
		job.spread = true;
		const workers = Math.min(this.#slots.length, job.runs - 1);
		const indexes = Array.from({ length: workers }, (_, w) => indexesFor(w, workers, job.runs, 1));
		this.#postRuns(job, ...indexes);
	}

	/** Stops the run under way; the last complete result stays on screen. */
	cancel(): void {
		if (!this.busy) return;
		for (const slot of this.#slots) this.#terminate(slot);
		this.#job = null;
		this.#status = 'cancelled';
		// The cancelled scenario runs again when asked for again.
		this.#key = '';
	}

	destroy(): void {
		for (const slot of this.#slots) this.#terminate(slot);
		this.#job = null;
	}

	#post(slot: Slot, request: WorkerRequest): void {
		const worker = this.#ensureWorker(slot);
		worker.postMessage(request);
		if (slot.timer !== null) clearTimeout(slot.timer);
		// A worker inside one long run cannot read the new request until that run ends.
		slot.timer = setTimeout(() => {
			slot.timer = null;
			if (slot.acked >= request.id || this.#job?.id !== request.id) return;
			this.#terminate(slot);
			this.#ensureWorker(slot).postMessage(request);
		}, PREEMPT_MS);
	}

	#ensureWorker(slot: Slot): Worker {
		if (slot.worker) return slot.worker;
		const worker = this.#createWorker();
		worker.onmessage = (event: MessageEvent<RunResponse>) => {
			if (event.data.id > slot.acked) slot.acked = event.data.id;
			this.#receive(event.data);
		};
		worker.onerror = (event: ErrorEvent) => {
			event.preventDefault();
			this.#fail(`The simulation stopped: ${event.message || 'its worker failed to load'}`);
		};
		worker.onmessageerror = () =>
			this.#fail('The simulation sent a result the page could not read.');
		slot.worker = worker;
		slot.acked = 0;
		return worker;
	}

	#terminate(slot: Slot): void {
		if (slot.timer !== null) clearTimeout(slot.timer);
		slot.timer = null;
		slot.worker?.terminate();
		slot.worker = null;
	}

	#receive(message: RunResponse): void {
		const job = this.#job;
		if (!job || message.id !== job.id) return;
		switch (message.type) {
			case 'ack':
				break;
			case 'estimate':
				this.#estimate = message.estimate;
				if (isHeavy(message.estimate) && job.key !== this.#approvedKey) this.#status = 'confirm';
				else this.#launch(job);
				break;
			case 'result':
				this.#result = message.result;
				this.#resultKey = job.key;
				this.#runMs = message.ms;
				// Calibrates the next estimate's time on this machine (short runs time mostly noise).
				if (message.ms > 200) this.#eventsPerSecond = message.result.events / (message.ms / 1000);
				job.detailMs = message.ms;
				if (this.#status === 'running') this.#status = 'replicating';
				if (job.runs > 1) this.#spread(job);
				break;
			case 'replica':
				if (!job.replicas.add(message.index, message.result)) break;
				job.seeds[message.index] = message.seed;
				this.#progress = job.replicas.received / job.runs;
				if (job.replicas.complete) this.#finish(job);
				break;
			case 'error':
				this.#fail(message.message);
				break;
		}
	}

	#finish(job: Job): void {
		const detail = this.#result;
		if (!detail || this.#resultKey !== job.key) return;
		try {
			const summary =
				job.runs > 1
					? toSummaryJson(job.scenario, {
							runs: job.runs,
							seeds: job.seeds,
							detail,
							bands: summarise(job.replicas.results(), job.scenario)
						})
					: toSummaryJson(job.scenario, detail);
			this.#summary = summary;
			this.#summaryKey = job.key;
		} catch (error) {
			this.#fail(`The replications could not be summarised: ${messageOf(error)}`);
			return;
		}
		this.#totalMs = performance.now() - job.started;
		this.#status = 'done';
		this.#progress = 1;
		this.#job = null;
	}

	#fail(message: string): void {
		this.#error = message;
		this.#status = 'error';
		this.#job = null;
		for (const slot of this.#slots) this.#terminate(slot);
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
