/**
 * Closed-form queueing results the engine is checked against (`npm run validate`).
 *
 * Notation (Kendall; Gross & Harris, Fundamentals of Queueing Theory, ch. 2):
 * λ arrival rate, μ service rate of one server, c servers, a = λ/μ offered load in erlangs,
 * ρ = a/c utilisation. Every formula below assumes Poisson arrivals, exponential service,
 * first-come first-served, an unbounded queue and a stable system (ρ < 1).
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
