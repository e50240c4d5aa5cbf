import { describe, expect, it } from 'vitest';
import {
	erlangB,
	erlangC,
	exponentialSumMoments,
	isStable,
	littlesLaw,
	mm1MeanNumberInSystem,
	mm1MeanTimeInSystem,
	mm1MeanWait,
	mg1MeanTimeInSystem,
	mg1MeanWait,
	mmcMeanTimeInSystem,
	mmcMeanWait,
	relativeError,
	utilisation
} from './theory';

describe('M/M/1', () => {
	const cases = [
		// λ = 0.8, μ = 1: W = 5, Wq = 4, L = 4 (the bench's stream).
		{ name: 'ρ = 0.8', lambda: 0.8, mu: 1, w: 5, wq: 4, l: 4 },
		// Textbook example: 15 arrivals an hour, 17.5 served an hour: W = 0.4 h (24 min), L = 6.
		{ name: '15/h served at 17.5/h', lambda: 15, mu: 17.5, w: 0.4, wq: 0.4 - 1 / 17.5, l: 6 },
		{ name: 'ρ = 0.5', lambda: 0.5, mu: 1, w: 2, wq: 1, l: 1 }
	];
	for (const { name, lambda, mu, w, wq, l } of cases) {
		it(`mm1MeanTimeInSystem, mm1MeanWait, mm1MeanNumberInSystem at ${name}`, () => {
			expect(mm1MeanTimeInSystem(lambda, mu)).toBeCloseTo(w, 12);
			expect(mm1MeanWait(lambda, mu)).toBeCloseTo(wq, 12);
			expect(mm1MeanNumberInSystem(lambda, mu)).toBeCloseTo(l, 12);
		});
	}

	it('mm1MeanTimeInSystem(λ, μ) throws on an unstable queue', () => {
		expect(() => mm1MeanTimeInSystem(1, 1)).toThrow(
			'unstable queue: arrival rate 1 >= 1 × service rate 1'
		);
		expect(() => mm1MeanWait(0, 1)).toThrow('rates must be positive, got arrival 0 and service 1');
	});
});

describe('erlangB(c, a)', () => {
	// Published Erlang B table, 1% grade of service: the load c servers carry at B = 0.01
	// (e.g. the tables in ITU-T E.501 / any teletraffic handbook), rounded as the table prints.
	const table = [
		{ servers: 1, load: 0.0101 },
		{ servers: 2, load: 0.153 },
		{ servers: 5, load: 1.36 },
		{ servers: 10, load: 4.46 },
		{ servers: 20, load: 12.03 }
	];
	for (const { servers, load } of table) {
		it(`erlangB(${servers}, ${load}) is 1% as in the published table`, () => {
			expect(erlangB(servers, load)).toBeCloseTo(0.01, 3);
		});
	}

	it('erlangB(1, a) is a/(1 + a)', () => {
		expect(erlangB(1, 3)).toBeCloseTo(0.75, 12);
	});
});

describe('erlangC(c, a)', () => {
	const cases = [
		// Hand-computed from the closed form: (1/2·2)/(1 + 1 + 1) = 1/3.
		{ name: 'c = 2, a = 1', servers: 2, load: 1, expected: 1 / 3, digits: 12 },
		// (8/6·3)/(1 + 2 + 2 + 4) = 4/9.
		{ name: 'c = 3, a = 2', servers: 3, load: 2, expected: 4 / 9, digits: 12 },
		// With one server the probability of waiting is ρ.
		{ name: 'c = 1, a = 0.7', servers: 1, load: 0.7, expected: 0.7, digits: 12 },
		// The widely reproduced call-centre example (Westbay Engineers, "The Erlang-C formula"):
		// 360 calls per half hour of 4 minutes = 48 erlangs on 55 agents → P(wait) ≈ 0.2387.
		{ name: 'c = 55, a = 48', servers: 55, load: 48, expected: 0.2387, digits: 4 }
	];
	for (const { name, servers, load, expected, digits } of cases) {
		it(`erlangC at ${name} is ${expected.toFixed(4)}`, () => {
			expect(erlangC(servers, load)).toBeCloseTo(expected, digits);
		});
	}

	it('erlangC agrees with the direct sum of the closed form', () => {
		const direct = (c: number, a: number) => {
			let sum = 0;
			let term = 1;
			for (let k = 0; k < c; k++) {
				sum += term;
				term *= a / (k + 1);
			}
			const top = (term * c) / (c - a);
			return top / (sum + top);
		};
		for (const [c, a] of [
			[2, 1.6],
			[3, 2.1],
			[5, 4.5],
			[10, 8]
		]) {
			expect(erlangC(c, a)).toBeCloseTo(direct(c, a), 12);
		}
	});

	it('erlangC(c, a) throws when a >= c', () => {
		expect(() => erlangC(2, 2)).toThrow('unstable queue: load 2 erlangs >= 2 servers');
	});
});

describe('M/M/c', () => {
	it('mmcMeanWait in the call-centre example is 8.2 seconds (ASA)', () => {
		// 360 calls per 1800 s, 240 s each: λ = 0.2/s, μ = 1/240 per s.
		expect(mmcMeanWait(55, 0.2, 1 / 240)).toBeCloseTo(8.18, 2);
	});

	it('mmcMeanTimeInSystem with 2 servers matches W = 1/(μ(1 − ρ²))', () => {
		// The closed form the Erlang C formula reduces to for c = 2: λ = 1.2, μ = 1, ρ = 0.6.
		expect(mmcMeanTimeInSystem(2, 1.2, 1)).toBeCloseTo(1 / (1 - 0.36), 12);
		expect(mmcMeanTimeInSystem(2, 1, 1)).toBeCloseTo(4 / 3, 12);
	});

	it('mmcMeanTimeInSystem with 1 server equals the M/M/1 formula', () => {
		for (const lambda of [0.3, 0.5, 0.9]) {
			expect(mmcMeanTimeInSystem(1, lambda, 1)).toBeCloseTo(mm1MeanTimeInSystem(lambda, 1), 12);
		}
	});

	it('mmcMeanWait throws on unstable or invalid input', () => {
		expect(() => mmcMeanWait(3, 3, 1)).toThrow(
			'unstable queue: arrival rate 3 >= 3 × service rate 1'
		);
		expect(() => mmcMeanWait(1.5, 1, 1)).toThrow('servers must be a positive integer, got 1.5');
	});
});

describe('M/G/1 (Pollaczek–Khinchine)', () => {
	it('exponentialSumMoments([a, b]) is a + b and 2a² + 2b² + 2ab', () => {
		// Hours of the validation's roadmap flow: discovery 1 h, deciding 0.25 h.
		expect(exponentialSumMoments([1, 0.25])).toEqual({ mean: 1.25, secondMoment: 2.625 });
		// One exponential of mean m: E[S²] = 2m².
		expect(exponentialSumMoments([3])).toEqual({ mean: 3, secondMoment: 18 });
	});

	it('mg1MeanWait with exponential service is the M/M/1 formula', () => {
		for (const lambda of [0.3, 0.5, 0.9]) {
			expect(mg1MeanWait(lambda, 1, 2)).toBeCloseTo(mm1MeanWait(lambda, 1), 12);
			expect(mg1MeanTimeInSystem(lambda, 1, 2)).toBeCloseTo(mm1MeanTimeInSystem(lambda, 1), 12);
		}
	});

	it('mg1MeanWait with constant service (M/D/1) is half the M/M/1 wait', () => {
		// E[S²] = E[S]² = 1, λ = 0.5: Wq = 0.5/(2 · 0.5) = 0.5 against M/M/1's 1.
		expect(mg1MeanWait(0.5, 1, 1)).toBeCloseTo(0.5, 12);
	});

	it('mg1MeanTimeInSystem of the roadmap flow at ρ = 0.7 is 3.7 hours', () => {
		// λ = 0.7/1.25 = 0.56 an hour: Wq = 0.56 · 2.625 / (2 · 0.3) = 2.45 h, W = 2.45 + 1.25.
		expect(mg1MeanWait(0.56, 1.25, 2.625)).toBeCloseTo(2.45, 12);
		expect(mg1MeanTimeInSystem(0.56, 1.25, 2.625)).toBeCloseTo(3.7, 12);
	});

	it('mg1MeanWait refuses an unstable queue and impossible moments', () => {
		expect(() => mg1MeanWait(1, 1, 2)).toThrow(
			'unstable queue: load 1 = arrival rate × mean service >= 1'
		);
		expect(() => mg1MeanWait(0.5, 1, 0.5)).toThrow('second moment 0.5 is below the squared mean 1');
		expect(() => exponentialSumMoments([])).toThrow('means must be positive, got []');
	});
});

describe('helpers', () => {
	it('littlesLaw(λ, W) is λ·W', () => {
		expect(littlesLaw(0.8, 5)).toBe(4);
	});
	it('utilisation and isStable', () => {
		expect(utilisation(2, 1.5, 1)).toBe(0.75);
		expect(isStable(2, 1.99, 1)).toBe(true);
		expect(isStable(2, 2, 1)).toBe(false);
	});
	it('relativeError(measured, expected) is unsigned and relative', () => {
		expect(relativeError(4.9, 5)).toBeCloseTo(0.02, 12);
		expect(relativeError(5.1, 5)).toBeCloseTo(0.02, 12);
	});
});
