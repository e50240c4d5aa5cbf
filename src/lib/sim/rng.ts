import { randomLcg } from 'd3-random';
import { exp, log1p } from './portableMath';

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

/**
 * Exponential draws with the given rate (mean 1/rate) from a uniform source: d3-random's
 * `randomExponential` formula, −ln(1 − u) / rate, with a log1p that gives the same bits in every
 * JavaScript engine (portableMath.ts).
 */
export function exponentialFrom(source: () => number, rate = 1): () => number {
	return () => -log1p(-source()) / rate;
}

/** Exponential draws with the given rate (mean 1/rate) from one stream. */
export function exponentialStream(seed: number, stream: number, rate = 1): () => number {
	return exponentialFrom(uniformStream(seed, stream), rate);
}

/**
 * Seed of replication `run` (run 0 is the scenario's own seed, so the first replication is the
 * single run the page shows). Replications are spaced 1000 stream steps apart, far beyond the
 * streams one run uses, and kept as unsigned 32-bit integers like the scenario's seed field.
 */
export function replicationSeed(seed: number, run: number): number {
	return run === 0 ? seed : (seed + Math.imul(run * 1000, STREAM_STEP)) >>> 0;
}

/**
 * d3-random's `randomLcg` step, inlined so that the engine can keep one generator per decision
 * in a typed array instead of a closure each: `next = 0x19660d × state + 0x3c6ef35f` modulo 2³²,
 * and the uniform draw is `next / 2³²` (the same numbers `randomLcg` gives for the same state).
 */
export const LCG_MUL = 0x19660d;
export const LCG_INC = 0x3c6ef35f;
export const LCG_EPS = 1 / 0x100000000;

/** The state after `state` (signed 32-bit, as stored in an Int32Array). */
export function lcgStep(state: number): number {
	return (Math.imul(LCG_MUL, state) + LCG_INC) | 0;
}

/**
 * Exponential(1) from the generator whose state is row `row` of `states`, stepping it: the draw of
 * `exponentialStream`, for generators kept one per row of a typed array (one per decision, one per
 * team) instead of one closure each.
 */
export function exponentialAt(states: Int32Array, row: number): number {
	const state = lcgStep(states[row]);
	states[row] = state;
	return -log1p(-(state >>> 0) * LCG_EPS);
}

/** MurmurHash3's 32-bit finaliser: every input bit moves about half the output bits. */
export function mix32(x: number): number {
	x ^= x >>> 16;
	x = Math.imul(x, 0x85ebca6b);
	x ^= x >>> 13;
	x = Math.imul(x, 0xc2b2ae35);
	x ^= x >>> 16;
	return x | 0;
}

/**
 * Where a decision's own random numbers come from. Each decision draws every effort, delay and
 * question gap of its life from a generator seeded by (run seed, origin, a, b), so what happens
 * to one decision never depends on how many draws other decisions made before it: common random
 * numbers across settings (docs/model.md, "Randomness").
 */
export const ORIGIN = {
	/** A team's Poisson stream of new backlog items: (team, 0). */
	teamArrivals: 1,
	/** The n-th item a team's arrival stream brings: (team, n). */
	backlogItem: 2,
	/** Items a roadmap decision's cascade adds, from the decision's own seed: (team, item). */
	cascadeItem: 3,
	/** The n-th roadmap decision a team raises: (team, n). */
	roadmap: 4,
	/** The n-th pricing trigger: (n, 0). */
	pricing: 5,
	/** A team's Poisson stream of roadmap decisions: (team, 0). */
	teamRoadmaps: 6
} as const;

/** Seed of the generator for (origin, a, b) in a run seeded with `seed`. */
export function derivedSeed(seed: number, origin: number, a: number, b: number): number {
	let h = mix32((seed | 0) ^ Math.imul(origin, STREAM_STEP));
	h = mix32(h ^ Math.imul(a + 1, 0x85ebca6b));
	return mix32(h ^ Math.imul(b + 1, 0xc2b2ae35));
}

/** Uniform [0, 1) from the generator in row `row` of `states`, stepping it. */
export function uniformAt(states: Int32Array, row: number): number {
	const state = lcgStep(states[row]);
	states[row] = state;
	return (state >>> 0) * LCG_EPS;
}

/**
 * A standard normal from the generator in row `row`: Marsaglia's polar method, which needs only
 * a logarithm and a square root (both portable here), no sine or cosine.
 */
export function normalAt(states: Int32Array, row: number): number {
	for (;;) {
		const a = 2 * uniformAt(states, row) - 1;
		const b = 2 * uniformAt(states, row) - 1;
		const s = a * a + b * b;
		if (s > 0 && s < 1) return a * Math.sqrt((-2 * log1p(s - 1)) / s);
	}
}

/** The σ of a lognormal of mean 1 and coefficient of variation `cv`: σ² = ln(1 + cv²). */
export function lognormalSigma(cv: number): number {
	return Math.sqrt(log1p(cv * cv));
}

/** Lognormal of mean 1 with log-standard-deviation `sigma`: e^(σZ − σ²/2). */
export function lognormalAt(states: Int32Array, row: number, sigma: number): number {
	return exp(sigma * normalAt(states, row) - (sigma * sigma) / 2);
}
