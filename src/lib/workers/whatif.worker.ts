/**
 * The meeting room's worker: ranks what-if changes and evaluates scenarios for compare and the
 * report, off the main thread, with progress. The logic is `answer` in $lib/whatif/protocol;
 * this file only wires it to the engine and the message port. To cancel, the page terminates
 * the worker.
 */
import { runSimulation } from '$lib/sim/runSimulation';
import { answer, type MeetingRequest, type MeetingResponse } from '$lib/whatif/protocol';

const scope = self as unknown as {
	postMessage(message: MeetingResponse): void;
	onmessage: ((event: MessageEvent<MeetingRequest>) => void) | null;
};

scope.onmessage = (event) => {
	answer(
		event.data,
		(scenario, seed) => runSimulation(scenario, { seed }),
		(message) => scope.postMessage(message)
	);
};
