/**
 * log1p written in plain IEEE-754 arithmetic, so that every JavaScript engine gives the same bits.
 *
 * `Math.log1p` (like `Math.log` and `Math.exp`) is only required to be approximately right, and
 * engines differ in the last bit: Node 20's V8 and Chromium 156's V8 disagree on some inputs,
 * which made the same scenario and seed give figures that differed in their last digit in Node and
 * in the browser. Additions, multiplications and divisions are exactly specified, so this port of
 * fdlibm's s_log1p.c (Sun Microsystems, 1993; error below 1 ulp) gives identical results
 * everywhere. Every random effort, delay and arrival gap goes through it.
 */

const LN2_HI = 6.9314718036912381649e-1; // 3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 3dea39ef 35793c76
const TWO54 = 1.8014398509481984e16; // 43500000 00000000
const LP1 = 6.66666666666673513e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;

// One 8-byte scratch word seen as a double and as two 32-bit halves; which half is the high word
// depends on the platform's byte order, found once.
const scratch = new Float64Array(1);
const halves = new Int32Array(scratch.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

function highWord(x: number): number {
	scratch[0] = x;
	return halves[HIGH];
}

/** x with its high 32 bits replaced by `high` (the low bits kept). */
function withHighWord(x: number, high: number): number {
	scratch[0] = x;
	halves[HIGH] = high;
	return scratch[0];
}

/** ln(1 + x), bit for bit the same in every JavaScript engine. */
export function log1p(x: number): number {
	const hx = highWord(x);
	const ax = hx & 0x7fffffff;
	let k = 1;
	let f = 0;
	let c = 0;
	let hu = 0;
	if (hx < 0x3fda827a) {
		// x < 0.41422
		if (ax >= 0x3ff00000) {
			// x <= -1
			return x === -1 ? -Infinity : NaN;
		}
		if (ax < 0x3e200000) {
			// |x| < 2^-29
			if (TWO54 + x > 0 && ax < 0x3c900000) return x;
			return x - x * x * 0.5;
		}
		if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
			// -0.2929 < x < 0.41422
			k = 0;
			f = x;
			hu = 1;
		}
	}
	if (hx >= 0x7ff00000) return x + x;
	if (k !== 0) {
		let u: number;
		if (hx < 0x43400000) {
			u = 1 + x;
			hu = highWord(u);
			k = (hu >> 20) - 1023;
			c = k > 0 ? 1 - (u - x) : x - (u - 1);
			c /= u;
		} else {
			u = x;
			hu = highWord(u);
			k = (hu >> 20) - 1023;
			c = 0;
		}
		hu &= 0x000fffff;
		if (hu < 0x6a09e) {
			u = withHighWord(u, hu | 0x3ff00000);
		} else {
			k += 1;
			u = withHighWord(u, hu | 0x3fe00000);
			hu = (0x00100000 - hu) >> 2;
		}
		f = u - 1;
	}
	const hfsq = 0.5 * f * f;
	if (hu === 0) {
		// |f| < 2^-20
		if (f === 0) {
			if (k === 0) return 0;
			c += k * LN2_LO;
			return k * LN2_HI + c;
		}
		const r = hfsq * (1 - 0.6666666666666666 * f);
		return k === 0 ? f - r : k * LN2_HI - (r - (k * LN2_LO + c) - f);
	}
	const s = f / (2 + f);
	const z = s * s;
	const r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
	if (k === 0) return f - (hfsq - s * (hfsq + r));
	return k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f);
}

// fdlibm's e_exp.c (Sun Microsystems, 1993), for the same reason as log1p above.
const EXP_LN2_HI = 6.9314718036912381649e-1;
const EXP_LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const EP1 = 1.66666666666666019037e-1;
const EP2 = -2.77777777770155933842e-3;
const EP3 = 6.61375632143793436117e-5;
const EP4 = -1.6533902205465251539e-6;
const EP5 = 4.13813679705723846039e-8;

/** e^x, bit for bit the same in every JavaScript engine (|x| below 700; beyond, 0 or Infinity). */
export function exp(x: number): number {
	if (x !== x) return x;
	if (x > 709) return Infinity;
	if (x < -700) return 0;
	if (Math.abs(x) < 3.725290298461914e-9) return 1 + x;
	// x = k ln2 + r, |r| ≤ ln2 / 2; the products k × LN2_HI are exact for |k| < 2^11.
	const k = Math.round(x * INV_LN2);
	const hi = x - k * EXP_LN2_HI;
	const lo = k * EXP_LN2_LO;
	const r = hi - lo;
	const t = r * r;
	const c = r - t * (EP1 + t * (EP2 + t * (EP3 + t * (EP4 + t * EP5))));
	const y = 1 - (lo - (r * c) / (2 - c) - hi);
	return y * withHighWord(0, (0x3ff + k) << 20);
}
