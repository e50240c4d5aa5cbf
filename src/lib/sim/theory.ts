/**
 * Closed-form queueing results the engine is checked against (`npm run validate`).
 *
 * Notation (Kendall; Gross & Harris, Fundamentals of Queueing Theory, ch. 2):
 * λ arrival rate, μ service rate of one server, c servers, a = λ/μ offered load in erlangs,
 * ρ = a/c utilisation. Every formula below assumes Poisson arrivals, first-come first-served,
 * an unbounded queue and a stable system (ρ < 1), and exponential service except the M/G/1
 * (Pollaczek–Khinchine) ones, which take any service-time distribution by its first two moments.
 *
 * Pure functions: no engine imports, so the theory side cannot share a bug with the engine.
 */

/** Offered load a = λ/μ in erlangs. */
export function offeredLoad(arrivalRate: number, serviceRate: number): number {
	return arrivalRate / serviceRate;
}

/** Utilisation ρ = λ/(cμ): the long-run busy share of each server. */
export function utilisation(servers: number, arrivalRate: number, serviceRate: number): number {
	return arrivalRate / (servers * serviceRate);
}

/** True when a queue with these rates settles to a steady state (λ < cμ). */
export function isStable(servers: number, arrivalRate: number, serviceRate: number): boolean {
	return arrivalRate < servers * serviceRate;
}

function assertStable(servers: number, arrivalRate: number, serviceRate: number): void {
	if (!(Number.isInteger(servers) && servers >= 1)) {
		throw new RangeError(`servers must be a positive integer, got ${servers}`);
	}
	if (!(arrivalRate > 0 && serviceRate > 0)) {
		throw new RangeError(
			`rates must be positive, got arrival ${arrivalRate} and service ${serviceRate}`
		);
	}
	if (!isStable(servers, arrivalRate, serviceRate)) {
		throw new RangeError(
			`unstable queue: arrival rate ${arrivalRate} >= ${servers} × service rate ${serviceRate}`
		);
	}
}

/**
 * M/M/1 mean time in system W = 1/(μ − λ) (Gross & Harris §2.2; Kleinrock, Queueing Systems
 * vol. 1, eq. 3.26).
 */
export function mm1MeanTimeInSystem(arrivalRate: number, serviceRate: number): number {
	assertStable(1, arrivalRate, serviceRate);
	return 1 / (serviceRate - arrivalRate);
}

/** M/M/1 mean wait in queue Wq = ρ/(μ − λ) = W − 1/μ (Gross & Harris §2.2). */
export function mm1MeanWait(arrivalRate: number, serviceRate: number): number {
	assertStable(1, arrivalRate, serviceRate);
	return arrivalRate / serviceRate / (serviceRate - arrivalRate);
}

/** M/M/1 mean number in system L = ρ/(1 − ρ) (Gross & Harris §2.2). */
export function mm1MeanNumberInSystem(arrivalRate: number, serviceRate: number): number {
	assertStable(1, arrivalRate, serviceRate);
	const rho = arrivalRate / serviceRate;
	return rho / (1 - rho);
}

/**
 * Erlang B, the blocking probability of c servers with no queue, by the standard recursion
 * B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), which avoids the overflow of a^c/c! for large c
 * (Jagerman, "Some properties of the Erlang loss function", Bell System Tech. J. 53, 1974).
 */
export function erlangB(servers: number, load: number): number {
	if (!(Number.isInteger(servers) && servers >= 0)) {
		throw new RangeError(`servers must be a non-negative integer, got ${servers}`);
	}
	if (!(load >= 0)) throw new RangeError(`load must be non-negative, got ${load}`);
	let b = 1;
	for (let k = 1; k <= servers; k++) b = (load * b) / (k + load * b);
	return b;
}

/**
 * Erlang C: the probability that an arrival to an M/M/c queue has to wait,
 *   C(c, a) = (a^c/c! · c/(c−a)) / (Σ_{k<c} a^k/k! + a^c/c! · c/(c−a)),
 * computed from Erlang B as C = c·B / (c − a(1 − B)) (Gross & Harris §2.3; Cooper,
 * Introduction to Queueing Theory, 2nd ed., §3.4). Requires a < c.
 */
export function erlangC(servers: number, load: number): number {
	if (!(load < servers)) {
		throw new RangeError(`unstable queue: load ${load} erlangs >= ${servers} servers`);
	}
	const b = erlangB(servers, load);
	return (servers * b) / (servers - load * (1 - b));
}

/** M/M/c mean wait in queue Wq = C(c, a) / (cμ − λ) (Gross & Harris §2.3). */
export function mmcMeanWait(servers: number, arrivalRate: number, serviceRate: number): number {
	assertStable(servers, arrivalRate, serviceRate);
	const pWait = erlangC(servers, offeredLoad(arrivalRate, serviceRate));
	return pWait / (servers * serviceRate - arrivalRate);
}

/** M/M/c mean time in system W = Wq + 1/μ. With c = 1 this is 1/(μ − λ). */
export function mmcMeanTimeInSystem(
	servers: number,
	arrivalRate: number,
	serviceRate: number
): number {
	return mmcMeanWait(servers, arrivalRate, serviceRate) + 1 / serviceRate;
}

/**
 * The first two moments of a sum of independent exponential times with the given means:
 * E[S] = Σ mᵢ and E[S²] = Var S + E[S]² = Σ mᵢ² + (Σ mᵢ)², since an exponential of mean m has
 * variance m². For two steps of means a and b: E[S] = a + b, E[S²] = 2a² + 2b² + 2ab.
 */
export function exponentialSumMoments(means: readonly number[]): {
	mean: number;
	secondMoment: number;
} {
	if (means.length === 0 || !means.every((m) => m > 0)) {
		throw new RangeError(`means must be positive, got [${means.join(', ')}]`);
	}
	const mean = means.reduce((s, m) => s + m, 0);
	return { mean, secondMoment: means.reduce((s, m) => s + m * m, 0) + mean * mean };
}

function assertStableMg1(arrivalRate: number, meanService: number, secondMoment: number): void {
	if (!(arrivalRate > 0 && meanService > 0)) {
		throw new RangeError(
			`arrival rate and mean service time must be positive, got ${arrivalRate} and ${meanService}`
		);
	}
	if (!(secondMoment >= meanService * meanService)) {
		throw new RangeError(
			`second moment ${secondMoment} is below the squared mean ${meanService * meanService}`
		);
	}
	if (!(arrivalRate * meanService < 1)) {
		throw new RangeError(
			`unstable queue: load ${arrivalRate * meanService} = arrival rate × mean service >= 1`
		);
	}
}

/**
 * M/G/1 mean wait in queue by the Pollaczek–Khinchine formula Wq = λ·E[S²] / (2(1 − ρ)),
 * ρ = λ·E[S] (Gross & Harris §5.1.1; Kleinrock, Queueing Systems vol. 1, ch. 5). Holds for
 * any service-time distribution and any order of service that does not look at service times;
 * first come first served here.
 */
export function mg1MeanWait(
	arrivalRate: number,
	meanService: number,
	secondMoment: number
): number {
	assertStableMg1(arrivalRate, meanService, secondMoment);
	return (arrivalRate * secondMoment) / (2 * (1 - arrivalRate * meanService));
}

/** M/G/1 mean time in system W = Wq + E[S] (Pollaczek–Khinchine). */
export function mg1MeanTimeInSystem(
	arrivalRate: number,
	meanService: number,
	secondMoment: number
): number {
	return mg1MeanWait(arrivalRate, meanService, secondMoment) + meanService;
}

/**
 * Little's law L = λ·W (Little, "A proof for the queuing formula L = λW", Operations Research
 * 9(3), 1961): the long-run mean number in a system equals throughput times mean time in it.
 * Holds for any stable system and any discipline, which is why it checks the whole engine.
 */
export function littlesLaw(throughput: number, meanTimeInSystem: number): number {
	return throughput * meanTimeInSystem;
}

/** |measured − expected| / |expected|. */
export function relativeError(measured: number, expected: number): number {
	return Math.abs(measured - expected) / Math.abs(expected);
}
