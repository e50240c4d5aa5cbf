/**
 * One worker of the /sweep page's pool: runs a point's replications (runSweepPoint, the code
 * `npm run sweep` runs) and posts the point back. SweepRun hands out one point at a time.
 */
import type { Scenario } from '$lib/scenario';
import { runSweepPoint, type SweepPoint, type SweepValues } from '$lib/sweep';

export interface SweepPointRequest {
	scenario: Scenario;
	runs: number;
	index: number;
	values: SweepValues;
}

export type SweepPointResponse =
	| { type: 'point'; index: number; point: SweepPoint }
	| { type: 'error'; index: number; message: string };

const scope = self as unknown as {
	postMessage(message: SweepPointResponse): void;
	onmessage: ((event: MessageEvent<SweepPointRequest>) => void) | null;
};

scope.onmessage = ({ data }) => {
	try {
		scope.postMessage({
			type: 'point',
			index: data.index,
			point: runSweepPoint(data.scenario, data.values, data.runs)
		});
	} catch (error) {
		scope.postMessage({
			type: 'error',
			index: data.index,
			message: error instanceof Error ? error.message : String(error)
		});
	}
};
