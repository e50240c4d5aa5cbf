/**
 * The discrete-event clock: a binary min-heap of timed events on typed arrays. An event is a
 * time and an integer code (the engine packs an event type and an id into it). Events at the
 * same time come out in the order they were scheduled, so a run never depends on how the heap
 * happens to break ties, and the same seed gives the same result on every JavaScript engine.
 *
 * No object is created per event; the arrays double when full, so memory follows the largest
 * number of pending events, not the number of events processed.
 */
export class Clock {
	/** Time of the event last taken by `next()`. */
	now = 0;
	/** Pending events. */
	size = 0;
	private times: Float64Array;
	private seqs: Float64Array;
	private codes: Int32Array;
	private sequence = 0;

	constructor(capacity = 64) {
		this.times = new Float64Array(capacity);
		this.seqs = new Float64Array(capacity);
		this.codes = new Int32Array(capacity);
	}

	/** Adds an event at `time` (never before `now`; the caller guarantees it). */
	schedule(time: number, code: number): void {
		if (this.size === this.times.length) this.grow();
		const times = this.times;
		const seqs = this.seqs;
		const codes = this.codes;
		const seq = this.sequence++;
		let i = this.size++;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			const pt = times[parent];
			if (pt < time || (pt === time && seqs[parent] < seq)) break;
			times[i] = pt;
			seqs[i] = seqs[parent];
			codes[i] = codes[parent];
			i = parent;
		}
		times[i] = time;
		seqs[i] = seq;
		codes[i] = code;
	}

	/** Time of the earliest pending event; Infinity when there is none. */
	peekTime(): number {
		return this.size > 0 ? this.times[0] : Infinity;
	}

	/** Removes the earliest event, advances `now` to its time and returns its code. */
	next(): number {
		const times = this.times;
		const seqs = this.seqs;
		const codes = this.codes;
		const code = codes[0];
		this.now = times[0];
		const last = --this.size;
		const time = times[last];
		const seq = seqs[last];
		const moved = codes[last];
		let i = 0;
		for (;;) {
			let child = 2 * i + 1;
			if (child >= last) break;
			const right = child + 1;
			if (
				right < last &&
				(times[right] < times[child] ||
					(times[right] === times[child] && seqs[right] < seqs[child]))
			) {
				child = right;
			}
			const ct = times[child];
			if (time < ct || (time === ct && seq < seqs[child])) break;
			times[i] = ct;
			seqs[i] = seqs[child];
			codes[i] = codes[child];
			i = child;
		}
		times[i] = time;
		seqs[i] = seq;
		codes[i] = moved;
		return code;
	}

	/** Calls `visit(time, code)` for every pending event, in no particular order. */
	forEachPending(visit: (time: number, code: number) => void): void {
		for (let i = 0; i < this.size; i++) visit(this.times[i], this.codes[i]);
	}

	private grow(): void {
		const capacity = this.times.length * 2;
		const times = new Float64Array(capacity);
		const seqs = new Float64Array(capacity);
		const codes = new Int32Array(capacity);
		times.set(this.times);
		seqs.set(this.seqs);
		codes.set(this.codes);
		this.times = times;
		this.seqs = seqs;
		this.codes = codes;
	}
}
