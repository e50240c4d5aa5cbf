/**
 * One job for the meeting-room worker (rank what-if changes, or evaluate scenarios), as state the
 * components read: status, progress, result, error. A new job while one is under way terminates
 * that worker and starts a fresh one, so a stale job never delays the current one; answers of
 * older jobs are dropped by id. `cancel()` stops the job and keeps the last result.
 */
import type { Evaluation } from '$lib/whatif/evaluate';
import type { MeetingRequest, MeetingResponse } from '$lib/whatif/protocol';
import type { Ranking } from '$lib/whatif/rankChanges';

export type TaskStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

type RequestBody =
	| Omit<Extract<MeetingRequest, { type: 'rank' }>, 'id'>
	| Omit<Extract<MeetingRequest, { type: 'evaluate' }>, 'id'>;

function defaultWorker(): Worker {
	return new Worker(new URL('../../workers/whatif.worker.ts', import.meta.url), {
		type: 'module',
		name: 'meeting-room'
	});
}

export class MeetingTask<R> {
	#status = $state<TaskStatus>('idle');
	#progress = $state(0);
	#result = $state.raw<R | null>(null);
	#resultKey = $state('');
	#error = $state<string | null>(null);
	#ms = $state<number | null>(null);

	#extract: (message: MeetingResponse) => R | undefined;
	#createWorker: () => Worker;
	#worker: Worker | null = null;
	#id = 0;
	#key = '';
	#pendingKey = '';

	constructor(
		extract: (message: MeetingResponse) => R | undefined,
		createWorker: () => Worker = defaultWorker
	) {
		this.#extract = extract;
		this.#createWorker = createWorker;
	}

	get status(): TaskStatus {
		return this.#status;
	}
	/** 0..1 while running. */
	get progress(): number {
		return this.#progress;
	}
	get result(): R | null {
		return this.#result;
	}
	/** The key of the job whose result is shown. */
	get resultKey(): string {
		return this.#resultKey;
	}
	get error(): string | null {
		return this.#error;
	}
	get ms(): number | null {
		return this.#ms;
	}
	get busy(): boolean {
		return this.#status === 'running';
	}

	/** Starts a job unless the same key is already shown or under way. */
	start(key: string, body: RequestBody): void {
		if (key === this.#key && (this.#status === 'running' || this.#status === 'done')) return;
		if (this.busy) this.#stopWorker();
		this.#key = key;
		this.#pendingKey = key;
		const id = ++this.#id;
		this.#status = 'running';
		this.#progress = 0;
		this.#error = null;
		try {
			const worker = this.#ensureWorker();
			worker.postMessage({ ...body, id } as MeetingRequest);
		} catch (error) {
			this.#fail(
				`The simulation could not start: ${error instanceof Error ? error.message : error}`
			);
		}
	}

	cancel(): void {
		if (!this.busy) return;
		this.#stopWorker();
		this.#id++;
		this.#key = '';
		this.#status = 'cancelled';
	}

	/** Stops the job quietly (the scenario changed): back to idle, the last result kept. */
	stop(): void {
		if (!this.busy) return;
		this.#stopWorker();
		this.#id++;
		this.#key = '';
		this.#status = 'idle';
	}

	destroy(): void {
		this.#stopWorker();
		this.#id++;
	}

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		const worker = this.#createWorker();
		worker.onmessage = (event: MessageEvent<MeetingResponse>) => this.#receive(event.data);
		worker.onerror = (event: ErrorEvent) => {
			event.preventDefault();
			this.#fail(`The simulation stopped: ${event.message || 'the worker failed to load'}`);
		};
		this.#worker = worker;
		return worker;
	}

	#stopWorker(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}

	#receive(message: MeetingResponse): void {
		if (message.id !== this.#id) return;
		if (message.type === 'progress') {
			this.#progress = message.total ? message.done / message.total : 1;
			return;
		}
		if (message.type === 'error') {
			this.#fail(message.message);
			return;
		}
		const result = this.#extract(message);
		if (result === undefined) return;
		this.#result = result;
		this.#resultKey = this.#pendingKey;
		this.#ms = message.ms;
		this.#progress = 1;
		this.#status = 'done';
	}

	#fail(message: string): void {
		this.#error = message;
		this.#status = 'error';
		this.#key = '';
		this.#stopWorker();
	}
}

export function rankingTask(createWorker?: () => Worker): MeetingTask<Ranking> {
	return new MeetingTask((m) => (m.type === 'ranking' ? m.ranking : undefined), createWorker);
}

export function evaluationTask(createWorker?: () => Worker): MeetingTask<Evaluation[]> {
	return new MeetingTask(
		(m) => (m.type === 'evaluation' ? m.evaluations : undefined),
		createWorker
	);
}
