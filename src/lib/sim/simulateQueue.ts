import { Clock } from './clock';
import { COMPILED, eventIndexOf } from './machines/index';
import { Resources } from './resources';
import { randomExponential } from 'd3-random';
import { STREAM, uniformStream } from './rng';

export interface QueueParams {
	servers: number;
	/** Arrivals per unit of time (the clock is unit-free here). */
	arrivalRate: number;
	/** Services per unit of time of one server. */
	serviceRate: number;
	/** Arrivals to simulate; the run ends when the last one has left. */
	customers: number;
	seed: number;
}

export interface QueueResult extends QueueParams {
	meanTimeInSystem: number;
	meanWait: number;
	/** Departures per unit of time. */
	throughput: number;
	/** Busy share of the servers, from the integrated busy count. */
	utilisation: number;
	/** Events taken from the clock. */
	events: number;
}

const ARRIVAL = 0;
const DEPARTURE = 1;

const queue = COMPILED.queue;
const QUEUE_EVENTS = queue.events.length;
const STARTED = eventIndexOf(queue, 'CUSTOMER.STARTED');
const SERVED = eventIndexOf(queue, 'CUSTOMER.SERVED');

/**
 * One FIFO c-server queue with exponential inter-arrival and service times (M/M/c), run through
 * the engine's own parts: the `Clock` heap, a `Resources` station with one priority class, and
 * the compiled `queueMachine` table stepped once per state change. Queueing theory checks these
 * parts here (`simulateQueue.test.ts`, `npm run validate`) and the bench times them.
 *
 * Streams: inter-arrival times from stream 0 (the seed), service times from stream 1, one
 * service time per customer in arrival order, as the bench's reference draws them.
 */
export function simulateQueue(params: QueueParams): QueueResult {
	const { servers, arrivalRate, serviceRate, customers, seed } = params;
	if (!(Number.isInteger(servers) && servers >= 1)) {
		throw new RangeError(`servers must be a positive integer, got ${servers}`);
	}
	if (!(arrivalRate > 0 && serviceRate > 0)) {
		throw new RangeError(`rates must be positive, got ${arrivalRate} and ${serviceRate}`);
	}
	// d3's own exponential (Math.log1p), as the bench's reference and simjs draw: this queue only
	// runs in Node, where Math.log1p gives the portable log1p's bits (portableMath.test.ts), so it
	// sees the same customers either way, and the bench compares the engine's machinery alone.
	const nextInterarrival = randomExponential.source(uniformStream(seed, STREAM.arrivals))(
		arrivalRate
	);
	const nextService = randomExponential.source(uniformStream(seed, STREAM.service))(serviceRate);

	const clock = new Clock(servers + 2);
	const resources = new Resources([{ servers, speed: 1 }], 1, 64);
	const table = queue.table;
	let state = new Int32Array(64);

	let arrived = 0;
	let completed = 0;
	let events = 0;
	let sumTimeInSystem = 0;
	let sumWait = 0;

	if (customers > 0) clock.schedule(nextInterarrival(), ARRIVAL);

	while (clock.size > 0) {
		const code = clock.next();
		const now = clock.now;
		events++;
		if ((code & 1) === ARRIVAL) {
			const task = resources.allocTask(0, 0, arrived, nextService(), now);
			if (task >= state.length) {
				const grown = new Int32Array(state.length * 2);
				grown.set(state);
				state = grown;
			}
			state[task] = queue.initial;
			if (resources.arrive(task, now)) {
				state[task] = table[state[task] * QUEUE_EVENTS + STARTED];
				clock.schedule(
					now + resources.taskWork[task] / resources.speed[0],
					(task << 1) | DEPARTURE
				);
			}
			if (++arrived < customers) clock.schedule(now + nextInterarrival(), ARRIVAL);
		} else {
			const task = code >> 1;
			state[task] = table[state[task] * QUEUE_EVENTS + SERVED];
			sumTimeInSystem += now - resources.taskQueuedAt[task];
			completed++;
			resources.freeTask(task);
			const next = resources.release(0, now);
			if (next >= 0) {
				sumWait += now - resources.taskQueuedAt[next];
				state[next] = table[state[next] * QUEUE_EVENTS + STARTED];
				clock.schedule(
					now + resources.taskWork[next] / resources.speed[0],
					(next << 1) | DEPARTURE
				);
			}
		}
	}

	const end = clock.now;
	resources.touch(0, end);
	return {
		servers,
		arrivalRate,
		serviceRate,
		customers,
		seed,
		meanTimeInSystem: completed > 0 ? sumTimeInSystem / completed : 0,
		meanWait: completed > 0 ? sumWait / completed : 0,
		throughput: end > 0 ? completed / end : 0,
		utilisation: end > 0 ? resources.busyArea[0] / (servers * end) : 0,
		events
	};
}
