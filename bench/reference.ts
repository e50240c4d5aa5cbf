/**
 * The hand-written reference the engine's hot loop is measured against: the fastest plain
 * discrete-event simulation of a FIFO c-server queue we know how to write in TypeScript, so that
 * the ratio measures what the engine's generality costs, not a straw man.
 *
 * - The clock is a binary min-heap on typed arrays (times in a Float64Array, event payloads in an
 *   Int32Array), allocated once; no objects are created per event.
 * - The loop is one `switch` over the event kind.
 * - FIFO means customers start service in arrival order, so the waiting line is two counters
 *   (next to serve, arrived) over one Float64Array of arrival times.
 * - Random draws come from the same d3-random closures the engine uses (see stream.ts).
 */
import { queueStreams, type QueueParams, type QueueRun } from './stream';

const ARRIVAL = 0;
const DEPARTURE = 1;

export function referenceQueue(params: QueueParams): QueueRun {
	const { servers, arrivalRate, serviceRate, customers, seed } = params;
	const { nextInterarrival, nextService } = queueStreams(seed, arrivalRate, serviceRate);

	// At most one pending arrival and one departure per server are ever scheduled.
	const capacity = servers + 1;
	const heapTime = new Float64Array(capacity);
	// Payload: customer id × 2 + event kind.
	const heapEvent = new Int32Array(capacity);
	let heapSize = 0;

	const push = (time: number, event: number): void => {
		let i = heapSize++;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (heapTime[parent] <= time) break;
			heapTime[i] = heapTime[parent];
			heapEvent[i] = heapEvent[parent];
			i = parent;
		}
		heapTime[i] = time;
		heapEvent[i] = event;
	};

	// Removes the root; the caller has read it already.
	const pop = (): void => {
		const last = --heapSize;
		const time = heapTime[last];
		const event = heapEvent[last];
		let i = 0;
		for (;;) {
			let child = 2 * i + 1;
			if (child >= last) break;
			if (child + 1 < last && heapTime[child + 1] < heapTime[child]) child++;
			if (heapTime[child] >= time) break;
			heapTime[i] = heapTime[child];
			heapEvent[i] = heapEvent[child];
			i = child;
		}
		heapTime[i] = time;
		heapEvent[i] = event;
	};

	const arrivedAt = new Float64Array(customers);
	let arrived = 0;
	let nextToServe = 0;
	let busy = 0;
	let completed = 0;
	let events = 0;
	let now = 0;
	let sumTimeInSystem = 0;
	let sumWait = 0;
	let busyTime = 0;

	if (customers > 0) push(nextInterarrival(), ARRIVAL);

	while (heapSize > 0) {
		now = heapTime[0];
		const event = heapEvent[0];
		pop();
		events++;
		switch (event & 1) {
			case ARRIVAL: {
				const id = arrived++;
				arrivedAt[id] = now;
				if (busy < servers) {
					busy++;
					nextToServe++;
					const service = nextService();
					busyTime += service;
					push(now + service, (id << 1) | DEPARTURE);
				}
				if (arrived < customers) push(now + nextInterarrival(), ARRIVAL);
				break;
			}
			case DEPARTURE: {
				sumTimeInSystem += now - arrivedAt[event >> 1];
				completed++;
				if (nextToServe < arrived) {
					const id = nextToServe++;
					sumWait += now - arrivedAt[id];
					const service = nextService();
					busyTime += service;
					push(now + service, (id << 1) | DEPARTURE);
				} else {
					busy--;
				}
				break;
			}
		}
	}

	return {
		servers,
		arrivalRate,
		serviceRate,
		customers,
		seed,
		meanTimeInSystem: sumTimeInSystem / completed,
		meanWait: sumWait / completed,
		throughput: completed / now,
		utilisation: busyTime / (servers * now),
		events
	};
}
