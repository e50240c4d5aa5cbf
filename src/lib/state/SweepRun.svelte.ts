/**
 * A sweep in the browser: a pool of Web Workers, one per core (navigator.hardwareConcurrency),
 * each given one point at a time; points arrive in any order and are kept by index for the
 * chart. Cancel terminates the workers at once, mid-point.
 *
 * The first point should be on screen within 300 ms of opening a link (issue 11). A point's
 * verdict and busiest role follow from its settings alone (pointOutlook), so this thread works
 * them out first, in slices that leave it free between them, and the chart draws every point's
 * outlook while the workers run the points' replications; each point's own figures replace its
 * outlook as they come. The pool is started when the page is created, before it hydrates.
 * Arrivals are applied together at an animation frame, at most every MIN_FLUSH_GAP_MS, so a grid
 * of hundreds of points redraws in batches.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { Scenario } from '$lib/scenario';
import {
	ASSUMED_EVENTS_PER_SECOND,
	estimatedSeconds,
	isHeavy,
	type WorkEstimate
} from '$lib/sim/workEstimate';
import {
	pointCount,
	pointValues,
	runOrder,
	sweepWorkEstimate,
	pointOutlook,
	PointScenarios,
	type SweepOutlook,
	type SweepPoint,
	type Vary
} from '$lib/sweep';
import type { SweepPointRequest, SweepPointResponse } from '$lib/workers/sweep.worker';

/** Workers when the browser does not say how many cores it has (assumption: a 2-core laptop). */
const FALLBACK_CORES = 2;
/** More workers than this only cost memory: a sweep's points are few hundred at most on screen. */
const MAX_WORKERS = 16;
/** Arrivals are applied at the next frame, or after this long when no frame comes (hidden tab). */
const FLUSH_FALLBACK_MS = 100;
/**
 * Redraws at most this often, so a fast grid's points come in batches: each redraw restyles every
 * cell (the colour scale moves), and on a busy 2-core machine one redraw a point made long tasks.
 * Assumption: six updates a second still read as streaming.
 */
const MIN_FLUSH_GAP_MS = 160;
/**
 * Outlooks are worked out on this thread in slices of at most this long (a long task is one over
 * 50 ms), and, while the workers run, no more than OUTLOOK_BUDGET_MS in all: a grid of large
 * organisations (tens of milliseconds a point) then leaves the rest of its points to their runs.
 * Assumptions.
 */
const OUTLOOK_SLICE_MS = 30;
const OUTLOOK_BUDGET_MS = 600;

/** `confirm`: a sweep above the heavy-run budget waits for the user to start it. */
export type SweepState = 'idle' | 'confirm' | 'running' | 'done' | 'cancelled' | 'failed';

function poolLimit(): number {
	const cores = (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 0;
	return Math.max(1, Math.min(cores || FALLBACK_CORES, MAX_WORKERS));
}

function newWorker(): Worker {
	return new Worker(new URL('../workers/sweep.worker.ts', import.meta.url), { type: 'module' });
}

export class SweepRun {
	/** The points with their own figures (every replication), by index. */
	readonly points = new SvelteMap<number, SweepPoint>();
	/** Points known from their settings alone while their runs go on; gone once final. */
	readonly outlooks = new SvelteMap<number, SweepOutlook>();
	state = $state<SweepState>('idle');
	total = $state(0);
	error = $state('');
	/**
	 * Milliseconds from start() to the first point drawn (its outlook), and from the start of the
	 * runs (at once, or at confirm()) to the first point with its runs' figures and to the last.
	 */
	firstMs = $state<number | null>(null);
	firstRunsMs = $state<number | null>(null);
	wallMs = $state<number | null>(null);
	/** Workers in the pool of the current sweep. */
	poolSize = $state(0);
	/** The estimated work of a sweep waiting in `confirm` (or of the last one confirmed). */
	estimate = $state<WorkEstimate | null>(null);
	/** The sweep waiting for Run, started as it is by confirm(). */
	private waiting: { scenario: Scenario; vary: Vary[]; runs: number } | null = null;
	private workers: Worker[] = [];
	/** Workers started ahead of a sweep (the constructor's), taken by the next start. */
	private spare: Worker[] = [];
	private arrived: SweepPointResponse[] = [];
	/** Outlooks worked out since the last redraw, applied with the arrivals. */
	private worked: [number, SweepOutlook][] = [];
	/** Counts the sweeps started, so a slice of outlooks of an earlier one stops. */
	private sweepId = 0;
	private destroyed = false;
	private flushScheduled = false;
	private lastFlush = -Infinity;
	/** When the sweep was asked for (outlooks count from it) and when its runs began. */
	private started = 0;
	private runStarted = 0;

	/** Starts the pool at once in a browser, so worker start-up overlaps the page's own. */
	constructor() {
		if (typeof Worker !== 'undefined') {
			this.spare = Array.from({ length: poolLimit() }, newWorker);
			performance.mark('sweep:pool-started');
		}
	}

	get done(): number {
		return this.points.size;
	}

	/** Seconds the sweep waiting in `confirm` takes on this machine's pool, at the assumed speed. */
	get estimatedSeconds(): number {
		return this.estimate
			? estimatedSeconds(this.estimate, ASSUMED_EVENTS_PER_SECOND, poolLimit())
			: 0;
	}

	/**
	 * Starts a sweep, or, when every point's runs together are above the heavy-run budget (a link
	 * can ask for hours of work), waits in `confirm` with the estimate until confirm(). Either way
	 * the points' outlooks are worked out and drawn: they cost no run.
	 */
	start(settings: Scenario, varied: Vary[], runs: number): void {
		if (this.destroyed) return;
		// Plain copies: a page's reactive state cannot be posted to a worker.
		const scenario = $state.snapshot(settings) as Scenario;
		const vary = $state.snapshot(varied) as Vary[];
		this.stopWorkers();
		this.points.clear();
		this.outlooks.clear();
		this.total = pointCount(vary);
		this.error = '';
		this.firstMs = null;
		this.firstRunsMs = null;
		this.wallMs = null;
		this.started = performance.now();
		const id = ++this.sweepId;
		const points = new PointScenarios(scenario, vary, runs);
		this.estimate = sweepWorkEstimate(scenario, vary, runs, undefined, points);
		if (isHeavy(this.estimate)) {
			this.waiting = { scenario, vary, runs };
			this.state = 'confirm';
		} else {
			this.run(scenario, vary, runs);
		}
		this.workOutOutlooks(id, scenario, vary, runs, points);
	}

	/** Runs the heavy sweep waiting in `confirm`. */
	confirm(): void {
		const waiting = this.waiting;
		if (this.state !== 'confirm' || !waiting) return;
		this.run(waiting.scenario, waiting.vary, waiting.runs);
	}

	private run(scenario: Scenario, vary: Vary[], runs: number): void {
		this.waiting = null;
		this.state = 'running';
		this.runStarted = performance.now();
		this.lastFlush = -Infinity;
		performance.mark('sweep:start');
		const size = Math.min(poolLimit(), this.total);
		this.poolSize = size;
		const generation = this.spare.length > 0 ? this.spare.splice(0) : [];
		for (const extra of generation.splice(size)) extra.terminate();
		while (generation.length < size) generation.push(newWorker());
		const order = runOrder(vary);
		let next = 0;
		const send = (worker: Worker) => {
			if (next >= this.total) return;
			const index = order[next++];
			const request: SweepPointRequest = {
				scenario,
				runs,
				index,
				values: pointValues(vary, index)
			};
			worker.postMessage(request);
		};
		this.workers = generation;
		for (const worker of generation) {
			worker.onmessage = ({ data }: MessageEvent<SweepPointResponse>) => {
				if (this.workers !== generation || this.state !== 'running') return;
				this.arrived.push(data);
				this.scheduleFlush();
				if (data.type === 'point') send(worker);
			};
			worker.onerror = (event) => {
				if (this.workers !== generation) return;
				this.error = `The sweep stopped: ${event.message || 'a worker failed'}`;
				this.state = 'failed';
				this.stopWorkers();
			};
			send(worker);
		}
	}

	/**
	 * The outlook of every point in run order, a slice at a time, until all are known or the
	 * budget is spent; a point whose runs are in already needs none.
	 */
	private workOutOutlooks(
		id: number,
		scenario: Scenario,
		vary: Vary[],
		runs: number,
		points: PointScenarios
	): void {
		const order = runOrder(vary);
		let next = 0;
		let spent = 0;
		const slice = () => {
			if (this.sweepId !== id || (this.state !== 'running' && this.state !== 'confirm')) return;
			const sliceStart = performance.now();
			const first = next === 0;
			let now = sliceStart;
			while (next < order.length && now - sliceStart < OUTLOOK_SLICE_MS) {
				const index = order[next++];
				const point = points.take(index);
				if (!this.points.has(index)) {
					this.worked.push([index, pointOutlook(scenario, pointValues(vary, index), runs, point)]);
				}
				now = performance.now();
			}
			spent += now - sliceStart;
			// The first slice is drawn at once; later ones with the next redraw, so a grid's chart
			// is not redrawn after every slice.
			if (first) this.applyOutlooks();
			else this.scheduleFlush();
			// While a heavy sweep waits for Run, no worker needs the cores: every outlook is drawn.
			const within = this.state === 'confirm' || spent < OUTLOOK_BUDGET_MS;
			if (next < order.length && within) setTimeout(slice, 0);
		};
		slice();
	}

	private applyOutlooks(): void {
		for (const [index, outlook] of this.worked.splice(0)) {
			if (!this.points.has(index)) this.outlooks.set(index, outlook);
		}
		this.noteFirstPoint();
	}

	private noteFirstPoint(): void {
		if (this.firstMs !== null || this.outlooks.size + this.points.size === 0) return;
		this.firstMs = performance.now() - this.started;
		performance.mark('sweep:first-point');
	}

	cancel(): void {
		if (this.state === 'confirm') {
			this.waiting = null;
			this.outlooks.clear();
			this.state = 'cancelled';
			return;
		}
		if (this.state !== 'running') return;
		this.flush();
		if (this.state !== 'running') return;
		this.stopWorkers();
		this.outlooks.clear();
		this.state = 'cancelled';
	}

	destroy(): void {
		// Any slice of outlooks still to come finds a newer sweep and stops; no sweep starts after.
		this.sweepId++;
		this.destroyed = true;
		this.stopWorkers();
		for (const worker of this.spare.splice(0)) worker.terminate();
	}

	private scheduleFlush(): void {
		if (this.flushScheduled) return;
		this.flushScheduled = true;
		const flush = () => this.flush();
		const wait = Math.max(0, this.lastFlush + MIN_FLUSH_GAP_MS - performance.now());
		const atFrame = () => {
			// A redraw asked for just before the page went away has nothing left to draw.
			if (this.destroyed) return;
			requestAnimationFrame(flush);
			setTimeout(flush, FLUSH_FALLBACK_MS);
		};
		if (wait === 0) atFrame();
		else setTimeout(atFrame, wait);
	}

	/** Applies every outlook and arrival since the last frame in one go. */
	private flush(): void {
		this.flushScheduled = false;
		if (this.worked.length > 0 && (this.state === 'running' || this.state === 'confirm')) {
			this.lastFlush = performance.now();
			this.applyOutlooks();
		}
		const arrived = this.arrived.splice(0);
		if (arrived.length === 0 || this.state !== 'running') return;
		this.lastFlush = performance.now();
		for (const data of arrived) {
			if (data.type === 'error') {
				this.error = `Point ${data.index + 1} could not run: ${data.message}`;
				this.state = 'failed';
				this.outlooks.clear();
				this.stopWorkers();
				return;
			}
			this.points.set(data.index, data.point);
			this.outlooks.delete(data.index);
		}
		this.noteFirstPoint();
		if (this.firstRunsMs === null) {
			this.firstRunsMs = performance.now() - this.runStarted;
			performance.mark('sweep:first-runs');
		}
		if (this.points.size === this.total) {
			this.wallMs = performance.now() - this.runStarted;
			this.state = 'done';
			this.stopWorkers();
		}
	}

	private stopWorkers(): void {
		for (const worker of this.workers) worker.terminate();
		this.workers = [];
		this.arrived = [];
		this.worked = [];
	}
}
