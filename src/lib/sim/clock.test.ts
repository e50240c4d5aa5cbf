import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Clock } from './clock';

function drain(clock: Clock): { time: number; code: number }[] {
	const out: { time: number; code: number }[] = [];
	while (clock.size > 0) {
		const code = clock.next();
		out.push({ time: clock.now, code });
	}
	return out;
}

describe('Clock', () => {
	it.each([
		{
			name: 'distinct times come out in time order',
			input: [
				[3, 1],
				[1, 2],
				[2, 3]
			],
			expected: [2, 3, 1]
		},
		{
			name: 'equal times come out in scheduling order',
			input: [
				[5, 10],
				[5, 11],
				[5, 12],
				[5, 13]
			],
			expected: [10, 11, 12, 13]
		},
		{
			name: 'ties are kept in order among earlier and later events',
			input: [
				[2, 1],
				[1, 2],
				[2, 3],
				[0, 4],
				[2, 5],
				[1, 6]
			],
			expected: [4, 2, 6, 1, 3, 5]
		}
	])('next() $name', ({ input, expected }) => {
		const clock = new Clock(2);
		for (const [time, code] of input) clock.schedule(time, code);
		expect(drain(clock).map((e) => e.code)).toEqual(expected);
	});

	it('next() sets now to the time of the event it returns', () => {
		const clock = new Clock();
		clock.schedule(7.5, 1);
		clock.schedule(2.25, 2);
		expect(clock.next()).toBe(2);
		expect(clock.now).toBe(2.25);
		expect(clock.peekTime()).toBe(7.5);
		expect(clock.next()).toBe(1);
		expect(clock.now).toBe(7.5);
		expect(clock.peekTime()).toBe(Infinity);
	});

	it('matches a stable sort by time for any schedule, also when events are added while draining', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 300 }),
				fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 50 }),
				(times, later) => {
					const clock = new Clock(1);
					const expected: { time: number; code: number }[] = [];
					times.forEach((t, code) => {
						clock.schedule(t, code);
						expected.push({ time: t, code });
					});
					// Take half, then add events at or after the current time.
					const got: { time: number; code: number }[] = [];
					const half = Math.floor(times.length / 2);
					for (let i = 0; i < half; i++) got.push({ code: clock.next(), time: clock.now });
					const now = clock.now;
					later.forEach((dt, i) => {
						const code = 1000 + i;
						clock.schedule(now + dt, code);
						expected.push({ time: now + dt, code });
					});
					got.push(...drain(clock));
					// Array.prototype.sort is stable, and codes were pushed in scheduling order.
					expected.sort((a, b) => a.time - b.time);
					expect(got).toEqual(expected);
				}
			),
			{ numRuns: 200, seed: 3 }
		);
	});
});
