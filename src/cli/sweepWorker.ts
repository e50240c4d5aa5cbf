/**
 * One worker thread of `npm run sweep` (run from the bundle workerBundle.ts builds): gets a
 * point's index and settings, runs its replications, posts the point back. The scenario and
 * runs come once, in workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../lib/scenario/index';
import { runSweepPoint, type SweepValues } from '../lib/sweep/index';

export interface PointRequest {
	index: number;
	values: SweepValues;
}

const { scenario, runs } = workerData as { scenario: Scenario; runs: number };

parentPort!.on('message', ({ index, values }: PointRequest) => {
	parentPort!.postMessage({ index, point: runSweepPoint(scenario, values, runs) });
});
