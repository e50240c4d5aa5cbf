import { describe, expect, it } from 'vitest';
import { simulateQueue, type QueueParams } from './simulateQueue';

/** Erlang C, P(wait) in M/M/c with offered load a = λ/μ (Gross & Harris §2.3), by direct sums. */
function erlangC(c: number, a: number): number {
	let term = 1;
	let sum = 1;
	for (let k = 1; k < c; k++) {
		term *= a / k;
		sum += term;
	}
	const top = ((term * a) / c) * (c / (c - a));
	return top / (sum + top);
}

/** W = C(c, a) / (cμ − λ) + 1/μ; with c = 1 this is 1/(μ − λ). */
function mmcTimeInSystem(c: number, lambda: number, mu: number): number {
	return erlangC(c, lambda / mu) / (c * mu - lambda) + 1 / mu;
}

/** Mean over replications with seeds 1..runs of one queue. */
function replicate(params: Omit<QueueParams, 'seed'>, runs: number) {
	let time = 0;
	let wait = 0;
	let utilisation = 0;
	let throughput = 0;
	for (let seed = 1; seed <= runs; seed++) {
		const r = simulateQueue({ ...params, seed });
		time += r.meanTimeInSystem / runs;
		wait += r.meanWait / runs;
		utilisation += r.utilisation / runs;
		throughput += r.throughput / runs;
	}
	return { time, wait, utilisation, throughput };
}

describe('simulateQueue(params) against queueing theory', () => {
	it.each([
		{
			name: 'M/M/1 at ρ = 0.5',
			input: { servers: 1, arrivalRate: 0.5, serviceRate: 1, customers: 100_000 },
			expected: { time: 2, utilisation: 0.5 }
		},
		{
			name: 'M/M/1 at ρ = 0.8',
			input: { servers: 1, arrivalRate: 0.8, serviceRate: 1, customers: 200_000 },
			expected: { time: 5, utilisation: 0.8 }
		},
		{
			name: 'M/M/3 at ρ = 0.8 (Erlang C)',
			input: { servers: 3, arrivalRate: 2.4, serviceRate: 1, customers: 200_000 },
			expected: { time: mmcTimeInSystem(3, 2.4, 1), utilisation: 0.8 }
		}
	])('$name: mean time in system within 5% of theory', ({ input, expected }) => {
		const r = replicate(input, 8);
		expect(Math.abs(r.time - expected.time) / expected.time).toBeLessThan(0.05);
		expect(Math.abs(r.utilisation - expected.utilisation)).toBeLessThan(0.01);
		expect(Math.abs(r.throughput - input.arrivalRate) / input.arrivalRate).toBeLessThan(0.01);
		// W = Wq + 1/μ holds customer by customer, so it holds for the means up to sampling noise.
		expect(Math.abs(r.time - r.wait - 1 / input.serviceRate)).toBeLessThan(0.02);
	});

	it('the local Erlang C helper gives the textbook M/M/3 figure', () => {
		// a = 2.4, c = 3: C = 0.6472 (Gross & Harris table values; W = 0.6472/0.6 + 1).
		expect(erlangC(3, 2.4)).toBeCloseTo(0.6472, 4);
		expect(mmcTimeInSystem(1, 0.8, 1)).toBeCloseTo(5, 10);
	});

	it('is deterministic for a seed and differs between seeds', () => {
		const params = { servers: 2, arrivalRate: 1.5, serviceRate: 1, customers: 5000, seed: 9 };
		expect(JSON.stringify(simulateQueue(params))).toBe(JSON.stringify(simulateQueue(params)));
		expect(simulateQueue({ ...params, seed: 10 }).meanTimeInSystem).not.toBe(
			simulateQueue(params).meanTimeInSystem
		);
	});

	it('takes two events per customer and serves every customer', () => {
		const r = simulateQueue({
			servers: 1,
			arrivalRate: 0.9,
			serviceRate: 1,
			customers: 1000,
			seed: 1
		});
		expect(r.events).toBe(2000);
		expect(r.throughput).toBeGreaterThan(0);
		expect(r.utilisation).toBeLessThanOrEqual(1);
	});

	it.each([
		{
			name: 'zero servers',
			input: { servers: 0, arrivalRate: 1, serviceRate: 1 },
			expected: 'servers must be a positive integer, got 0'
		},
		{
			name: 'a zero rate',
			input: { servers: 1, arrivalRate: 0, serviceRate: 1 },
			expected: 'rates must be positive, got 0 and 1'
		}
	])('throws on $name', ({ input, expected }) => {
		expect(() => simulateQueue({ ...input, customers: 10, seed: 1 })).toThrow(expected);
	});
});
