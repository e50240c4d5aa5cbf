/**
 * A sweep in the browser: a pool of Web Workers, one per core (navigator.hardwareConcurrency),
 * each given one point at a time; points arrive in any order and are kept by index for the
 * chart. Cancel terminates the workers at once, mid-point.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { Scenario } from '$lib/scenario';
import { pointCount, pointValues, type SweepPoint, type Vary } from '$lib/sweep';
import type { SweepPointRequest, SweepPointResponse } from '$lib/workers/sweep.worker';

/** Workers when the browser does not say how many cores it has (assumption: a 2-core laptop). */
const FALLBACK_CORES = 2;
/** More workers than this only cost memory: a sweep's points are few hundred at most on screen. */
const MAX_WORKERS = 16;

export type SweepState = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export class SweepRun {
	readonly points = new SvelteMap<number, SweepPoint>();
	state = $state<SweepState>('idle');
	total = $state(0);
	error = $state('');
	/** Milliseconds from start to the first point, and to the last. */
	firstMs = $state<number | null>(null);
	wallMs = $state<number | null>(null);
	/** Workers in the pool of the current sweep. */
	poolSize = $state(0);
	private workers: Worker[] = [];

	get done(): number {
		return this.points.size;
	}

	start(settings: Scenario, varied: Vary[], runs: number): void {
		// Plain copies: a page's reactive state cannot be posted to a worker.
		const scenario = $state.snapshot(settings) as Scenario;
		const vary = $state.snapshot(varied) as Vary[];
		this.stopWorkers();
		this.points.clear();
		this.total = pointCount(vary);
		this.state = 'running';
		this.error = '';
		this.firstMs = null;
		this.wallMs = null;
		const started = performance.now();
		const cores = navigator.hardwareConcurrency || FALLBACK_CORES;
		const size = Math.max(1, Math.min(cores, MAX_WORKERS, this.total));
		this.poolSize = size;
		let next = 0;
		const send = (worker: Worker) => {
			if (next >= this.total) return;
			const index = next++;
			const request: SweepPointRequest = {
				scenario,
				runs,
				index,
				values: pointValues(vary, index)
			};
			worker.postMessage(request);
		};
		this.workers = Array.from({ length: size }, () => {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a module URL, never changed
			const worker = new Worker(new URL('../workers/sweep.worker.ts', import.meta.url), {
				type: 'module'
			});
			worker.onmessage = ({ data }: MessageEvent<SweepPointResponse>) => {
				if (this.state !== 'running') return;
				if (data.type === 'error') {
					this.error = `Point ${data.index + 1} could not run: ${data.message}`;
					this.state = 'failed';
					this.stopWorkers();
					return;
				}
				this.points.set(data.index, data.point);
				this.firstMs ??= performance.now() - started;
				if (this.points.size === this.total) {
					this.wallMs = performance.now() - started;
					this.state = 'done';
					this.stopWorkers();
				} else send(worker);
			};
			worker.onerror = (event) => {
				this.error = `The sweep stopped: ${event.message || 'a worker failed'}`;
				this.state = 'failed';
				this.stopWorkers();
			};
			return worker;
		});
		for (const worker of this.workers) send(worker);
	}

	cancel(): void {
		if (this.state !== 'running') return;
		this.stopWorkers();
		this.state = 'cancelled';
	}

	destroy(): void {
		this.stopWorkers();
	}

	private stopWorkers(): void {
		for (const worker of this.workers) worker.terminate();
		this.workers = [];
	}
}
