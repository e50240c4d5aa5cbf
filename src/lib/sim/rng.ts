import { randomExponential, randomLcg } from 'd3-random';

/**
 * Seeded random streams, all from d3-random's `randomLcg`. Each purpose draws from its own
 * stream, so changing one setting (say, questions per week) changes the draws of that purpose
 * only and leaves arrivals and service times where they were: common random numbers, which make
 * "before and after" comparisons of two structures far less noisy.
 */
export const STREAM = {
	arrivals: 0,
	service: 1,
	questions: 2,
	roadmapArrivals: 3,
	pricingArrivals: 4,
	routing: 5,
	delays: 6
} as const;

/**
 * Golden-ratio (Weyl) step between stream seeds, as in the bench's queue streams: stream 0 is
 * the seed itself and stream 1 is `(seed + 0x9e3779b9) | 0`, so `simulateQueue` sees exactly the
 * customers the bench's reference sees.
 */
const STREAM_STEP = 0x9e3779b9;

/** The seed of stream `stream` of a run seeded with `seed`. */
export function streamSeed(seed: number, stream: number): number {
	return stream === 0 ? seed : (seed + Math.imul(stream, STREAM_STEP)) | 0;
}

/** Uniform [0, 1) draws of one stream. */
export function uniformStream(seed: number, stream: number): () => number {
	return randomLcg(streamSeed(seed, stream));
}

/** Exponential draws with the given rate (mean 1/rate) from one stream. */
export function exponentialStream(seed: number, stream: number, rate = 1): () => number {
	return randomExponential.source(uniformStream(seed, stream))(rate);
}

/**
 * Seed of replication `run` (run 0 is the scenario's own seed, so the first replication is the
 * single run the page shows). Replications are spaced 1000 stream steps apart, far beyond the
 * streams one run uses, and kept as unsigned 32-bit integers like the scenario's seed field.
 */
export function replicationSeed(seed: number, run: number): number {
	return run === 0 ? seed : (seed + Math.imul(run * 1000, STREAM_STEP)) >>> 0;
}
