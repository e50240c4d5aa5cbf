/**
 * Runs a sweep's points on worker threads (one point at a time per worker, so a slow point does
 * not hold up a batch) and hands them on in sweep order. At most WINDOW_PER_JOB points per worker
 * are in flight or waiting for an earlier one, so memory stays flat however many points there
 * are.
 */
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../lib/scenario/index';
import { runSweepPoint, type SweepPoint, type SweepValues } from '../lib/sweep/index';
import { workerBundle } from './workerBundle';

/** Points a worker may be ahead of the next one printed (assumption: enough to keep it busy). */
const WINDOW_PER_JOB = 4;

/**
 * A worker runs the bundled sweepWorker (workerBundle.ts): plain JavaScript, so a thread starts
 * in tens of milliseconds instead of compiling the TypeScript itself.
 */
function startWorker(bundle: string, scenario: Scenario, runs: number): Worker {
	return new Worker(bundle, { workerData: { scenario, runs } });
}

export interface PoolOptions {
	scenario: Scenario;
	runs: number;
	jobs: number;
	/** The points to run, in sweep order: index and settings. */
	points: Iterable<{ index: number; values: SweepValues }>;
	/** Called once per point, in the order of `points`. */
	onPoint: (point: SweepPoint) => void;
}

/** Runs every point; jobs = 1 runs them in this thread, without workers. */
export async function runPoints({ scenario, runs, jobs, points, onPoint }: PoolOptions) {
	if (jobs === 1) {
		for (const { values } of points) onPoint(runSweepPoint(scenario, values, runs));
		return;
	}
	const bundle = await workerBundle();
	const queue = points[Symbol.iterator]();
	const workers = Array.from({ length: jobs }, () => startWorker(bundle, scenario, runs));
	const window = jobs * WINDOW_PER_JOB;
	const ready = new Map<number, SweepPoint>();
	const order: number[] = [];
	let printed = 0;
	try {
		await new Promise<void>((resolve, reject) => {
			const idle = [...workers];
			const pump = () => {
				while (printed < order.length && ready.has(order[printed])) {
					const index = order[printed++];
					onPoint(ready.get(index)!);
					ready.delete(index);
				}
				while (idle.length > 0 && order.length - printed < window) {
					const next = queue.next();
					if (next.done) break;
					order.push(next.value.index);
					idle.pop()!.postMessage(next.value);
				}
				// Nothing in flight and nothing left to send: every point is out.
				if (idle.length === workers.length && printed === order.length) resolve();
			};
			for (const worker of workers) {
				worker.on('message', ({ index, point }: { index: number; point: SweepPoint }) => {
					ready.set(index, point);
					idle.push(worker);
					try {
						pump();
					} catch (error) {
						reject(error);
					}
				});
				worker.on('error', reject);
			}
			pump();
		});
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
}
