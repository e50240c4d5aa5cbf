import { describe, expect, it } from 'vitest';
import { log1p } from './portableMath';

describe('log1p(x): the same bits in every JavaScript engine', () => {
	it.each([
		{ name: 'zero', input: 0, expected: 0 },
		{ name: 'a half below', input: -0.5, expected: -0.6931471805599453 },
		{ name: 'one', input: 1, expected: 0.6931471805599453 },
		{ name: 'tiny, returned as is', input: 1e-20, expected: 1e-20 },
		{ name: 'minus one', input: -1, expected: -Infinity },
		{ name: 'below minus one', input: -2, expected: NaN },
		{ name: 'infinity', input: Infinity, expected: Infinity }
	])('$name', ({ input, expected }) => {
		expect(log1p(input)).toBe(expected);
	});

	it('gives fixed bits: a checksum of 800,000 results, as computed with fdlibm', () => {
		// The same checksum in Node and in any browser; Math.log1p's would differ between engines.
		const bits = new Float64Array(1);
		const words = new Uint32Array(bits.buffer);
		let state = 12345;
		let hash = 0;
		for (let i = 0; i < 200_000; i++) {
			state = (Math.imul(0x19660d, state) + 0x3c6ef35f) | 0;
			const u = (state >>> 0) / 2 ** 32;
			for (const x of [-u, u * 7, -u * 1e-7, u * 1e9]) {
				bits[0] = log1p(x);
				hash = (Math.imul(hash, 31) + words[0]) | 0;
				hash = (Math.imul(hash, 31) + words[1]) | 0;
			}
		}
		expect(hash).toBe(-1081562019);
	});

	it('equals Node’s Math.log1p, so simulateQueue and the bench (which draw with d3) see the same customers', () => {
		let state = 99;
		for (let i = 0; i < 100_000; i++) {
			state = (Math.imul(0x19660d, state) + 0x3c6ef35f) | 0;
			const u = (state >>> 0) / 2 ** 32;
			expect(log1p(-u)).toBe(Math.log1p(-u));
		}
	});

	it('is accurate: ln(1 + x) within an ulp where 1 + x is exact', () => {
		for (const x of [-0.75, -0.25, 0.125, 3, 1023]) {
			expect(Math.abs(log1p(x) - Math.log(1 + x))).toBeLessThanOrEqual(
				Math.abs(Math.log(1 + x)) * 2 ** -52
			);
		}
	});
});
