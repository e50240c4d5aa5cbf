/**
 * The random stream every queue in the bench consumes: d3-random's `randomLcg` feeding
 * `randomExponential`, one source for inter-arrival times and one for service times.
 *
 * Two sources rather than one interleaved source so that the k-th customer gets the k-th
 * service time whatever the implementation draws it (at arrival, as simjs must, or when service
 * starts, as the reference does). With FIFO service the three implementations then see exactly
 * the same customers and must report the same mean time in system.
 */
import { randomExponential, randomLcg } from 'd3-random';

export interface QueueParams {
	servers: number;
	arrivalRate: number;
	serviceRate: number;
	customers: number;
	seed: number;
}

export interface QueueRun extends QueueParams {
	meanTimeInSystem: number;
	meanWait: number;
	throughput: number;
	utilisation: number;
	events: number;
}

/** The service source's seed: a fixed offset so the two sources never overlap in practice. */
export function serviceSeed(seed: number): number {
	return (seed + 0x9e3779b9) | 0;
}

export interface QueueStreams {
	nextInterarrival: () => number;
	nextService: () => number;
}

export function queueStreams(seed: number, arrivalRate: number, serviceRate: number): QueueStreams {
	return {
		nextInterarrival: randomExponential.source(randomLcg(seed))(arrivalRate),
		nextService: randomExponential.source(randomLcg(serviceSeed(seed)))(serviceRate)
	};
}
