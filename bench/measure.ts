/**
 * Timing and heap measurement for the bench. The machine is shared and noisy, so every figure
 * is the median of several timed repetitions after untimed warm-up runs.
 *
 * Timed runs are not preceded by a forced full collection: V8 ages the bytecode of functions at
 * each full collection and flushes it when they have not run for a few, so forcing one before
 * every run made the engine recompile between rounds (it measured 50% slower than in a steady
 * process). Timed runs see the garbage collector as a long-running program does.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * A full garbage collection. Uses `global.gc` when node runs with --expose-gc, otherwise turns
 * the flag on at run time (the documented V8 way; it only affects contexts created afterwards).
 */
export function gc(): void {
	if (!collect) {
		const exposed = (globalThis as { gc?: () => void }).gc;
		if (exposed) collect = exposed;
		else {
			v8.setFlagsFromString('--expose-gc');
			collect = runInNewContext('gc') as () => void;
		}
	}
	collect();
}

export function median(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Wall time of one call in milliseconds, and the CPU time the process used meanwhile (user +
 * system, all threads, so garbage-collector helper threads count too). On a shared machine wall
 * time includes waiting for a core; CPU time does not, so the two together show how much of a
 * slow figure was the machine.
 */
export function timeOnce<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
	const cpu = process.cpuUsage();
	const start = performance.now();
	const value = fn();
	const ms = performance.now() - start;
	const used = process.cpuUsage(cpu);
	return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

export interface Timed<T> {
	medianMs: number;
	samplesMs: number[];
	medianCpuMs: number;
	cpuSamplesMs: number[];
	value: T;
}

/**
 * Runs each task `warmups` times untimed, then `reps` timed rounds. Within a round the tasks run
 * one after the other, in an order rotated each round, so that a slow patch of the shared machine
 * is spread over all of them rather than landing on one: ratios are then fair.
 */
export function timeInterleaved<K extends string, T>(
	tasks: Record<K, () => T>,
	{ warmups, reps }: { warmups: number; reps: number }
): Record<K, Timed<T>> {
	const keys = Object.keys(tasks) as K[];
	for (let w = 0; w < warmups; w++) for (const k of keys) tasks[k]();
	const lists = () =>
		Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
	const samples = lists();
	const cpuSamples = lists();
	const values = {} as Record<K, T>;
	for (let r = 0; r < reps; r++) {
		for (let i = 0; i < keys.length; i++) {
			const k = keys[(i + r) % keys.length];
			const { ms, cpuMs, value } = timeOnce(tasks[k]);
			samples[k].push(ms);
			cpuSamples[k].push(cpuMs);
			values[k] = value;
		}
	}
	return Object.fromEntries(
		keys.map((k) => [
			k,
			{
				medianMs: median(samples[k]),
				samplesMs: samples[k],
				medianCpuMs: median(cpuSamples[k]),
				cpuSamplesMs: cpuSamples[k],
				value: values[k]
			}
		])
	) as Record<K, Timed<T>>;
}

export interface HeapUse {
	/** Used heap before the run, after a full collection, in bytes. */
	baselineBytes: number;
	/** Highest used heap seen during the run: just before each collection, and at the end. */
	peakBytes: number;
	/** Bytes allocated by the run: what collections freed plus what was left at the end. */
	allocatedBytes: number;
	collections: number;
}

interface GcStat {
	beforeGC: { heapStatistics: { usedHeapSize: number } };
	afterGC: { heapStatistics: { usedHeapSize: number } };
}

/**
 * Heap use of one synchronous call. A synchronous run cannot be sampled from outside, so this
 * reads V8's GC profiler: the heap is at its highest just before a collection, and the profiler
 * records the used size before and after each one.
 */
export function measureHeap<T>(fn: () => T): { heap: HeapUse; value: T } {
	gc();
	const baselineBytes = v8.getHeapStatistics().used_heap_size;
	const profiler = new v8.GCProfiler();
	profiler.start();
	const value = fn();
	const endBytes = v8.getHeapStatistics().used_heap_size;
	const stats = (profiler.stop()?.statistics ?? []) as GcStat[];
	let peakBytes = endBytes;
	let freed = 0;
	for (const s of stats) {
		const before = s.beforeGC.heapStatistics.usedHeapSize;
		peakBytes = Math.max(peakBytes, before);
		freed += before - s.afterGC.heapStatistics.usedHeapSize;
	}
	return {
		heap: {
			baselineBytes,
			peakBytes,
			allocatedBytes: endBytes - baselineBytes + freed,
			collections: stats.length
		},
		value
	};
}

export const MB = 1024 * 1024;
