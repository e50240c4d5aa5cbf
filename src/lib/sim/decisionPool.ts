import { exponentialAt, lognormalAt, uniformAt } from './rng';

export function growInt32(a: Int32Array, size: number) {
	const b = new Int32Array(size);
	b.set(a);
	return b;
}

export function growFloat64(a: Float64Array, size: number) {
	const b = new Float64Array(size);
	b.set(a);
	return b;
}

/**
 * The decisions in flight: one row per decision in parallel typed arrays, recycled through a
 * free list, so a run allocates nothing per decision once the pool has grown to the largest
 * number in flight. Each row also holds the decision's own random generators (d3-random's LCG
 * state), so what one decision draws never depends on what others drew before it.
 *
 * The arrays are replaced when the pool grows: read them through the pool, never keep one.
 */
export class DecisionPool {
	/** Per-state sums per decision: the largest machine's state count. */
	readonly stride: number;
	kind = new Int32Array(0);
	/** Generators: efforts and delays, and question gaps (LCG states). */
	rng = new Int32Array(0);
	rngQuestions = new Int32Array(0);
	/**
	 * Generator of the hidden-work draws (who a question goes to, acceptance, effort of a rework
	 * pass): its own stream, so with hidden work off every other draw is what it was before.
	 */
	rngHidden = new Int32Array(0);
	/** Creation order: the key that makes a person serve the oldest decision first. */
	serial = new Float64Array(0);
	/** The seed the decision was created with (a roadmap decision's cascade items derive from it). */
	origin = new Int32Array(0);
	state = new Int32Array(0);
	alive = new Int32Array(0);
	team = new Int32Array(0);
	owner = new Int32Array(0);
	/** Cascade branches still running, and how many there were (waits are averaged over them). */
	pending = new Int32Array(0);
	branches = new Int32Array(0);
	/** The development task a decision holds (-1: none), and whether its developer is blocked. */
	devTask = new Int32Array(0);
	blocked = new Int32Array(0);
	stalled = new Int32Array(0);
	/** The role it was last handed to, for hand-off counts. */
	lastRole = new Int32Array(0);
	/** Hidden work: the answer task a blocked developer waits for (-1: none) and until when. */
	answerTask = new Int32Array(0);
	patienceDue = new Float64Array(0);
	/** When the developer holding the item last stopped to wait for an answer. */
	blockedAt = new Float64Array(0);
	/** 1 when the question now waiting went past its owner (escalated); which kind it is (0 PO, 1 PM). */
	escalated = new Int32Array(0);
	scope = new Int32Array(0);
	/** Questions of this item decided by default; rework passes so far; 1 when refined in a hurry. */
	defaults = new Int32Array(0);
	reworks = new Int32Array(0);
	hurried = new Int32Array(0);
	/** 1 once leadership has met on the decision's current alignment or approval. */
	leadersMet = new Int32Array(0);
	/** Free list and sprint queues. */
	next = new Int32Array(0);
	created = new Float64Array(0);
	entered = new Float64Array(0);
	/** Development effort still to do. */
	remaining = new Float64Array(0);
	/** decision × stride: hours in each state, and the part of it spent waiting. */
	stateTime = new Float64Array(0);
	stateWait = new Float64Array(0);
	/** Rows ever used: a row at or above this has never held a decision. */
	used = 0;
	/** Rows holding a decision now. */
	live = 0;
	private capacity = 0;
	private free = -1;
	private nextSerial = 0;

	constructor(stride: number, capacity: number) {
		this.stride = stride;
		this.grow(capacity);
	}

	/** A fresh row for a decision of `kind` created at `t`, drawing from a generator seeded `seed`. */
	alloc(kind: number, initialState: number, seed: number, t: number): number {
		let e = this.free;
		if (e >= 0) {
			this.free = this.next[e];
		} else {
			if (this.used === this.capacity) this.grow(this.capacity * 2);
			e = this.used++;
		}
		this.live++;
		this.kind[e] = kind;
		this.rng[e] = seed;
		this.rngQuestions[e] = seed ^ 0x5bd1e995;
		this.rngHidden[e] = seed ^ 0x27d4eb2f;
		this.answerTask[e] = -1;
		this.escalated[e] = 0;
		this.scope[e] = 0;
		this.defaults[e] = 0;
		this.reworks[e] = 0;
		this.hurried[e] = 0;
		this.leadersMet[e] = 0;
		this.serial[e] = this.nextSerial++;
		this.origin[e] = seed;
		this.state[e] = initialState;
		this.alive[e] = 1;
		this.pending[e] = 0;
		this.branches[e] = 1;
		this.devTask[e] = -1;
		this.blocked[e] = 0;
		this.stalled[e] = 0;
		this.next[e] = -1;
		this.created[e] = t;
		this.entered[e] = t;
		this.remaining[e] = 0;
		// A plain loop: for a dozen cells it beats two calls to fill().
		const stateTime = this.stateTime;
		const stateWait = this.stateWait;
		for (let c = e * this.stride, end = c + this.stride; c < end; c++) {
			stateTime[c] = 0;
			stateWait[c] = 0;
		}
		return e;
	}

	/** Returns a finished decision's row to the pool. */
	release(e: number): void {
		this.alive[e] = 0;
		this.live--;
		this.next[e] = this.free;
		this.free = e;
	}

	/** Exponential(1) from decision `e`'s stream of efforts and delays. */
	draw(e: number): number {
		return exponentialAt(this.rng, e);
	}

	/** Lognormal of mean 1 (log-sd `sigma`) from decision `e`'s stream of efforts and delays. */
	drawLognormal(e: number, sigma: number): number {
		return lognormalAt(this.rng, e, sigma);
	}

	/** Uniform [0, 1) from decision `e`'s hidden-work stream. */
	drawHidden(e: number): number {
		return uniformAt(this.rngHidden, e);
	}

	/** Exponential(1) from decision `e`'s stream of question gaps. */
	drawQuestion(e: number): number {
		return exponentialAt(this.rngQuestions, e);
	}

	private grow(size: number): void {
		this.kind = growInt32(this.kind, size);
		this.rng = growInt32(this.rng, size);
		this.rngQuestions = growInt32(this.rngQuestions, size);
		this.rngHidden = growInt32(this.rngHidden, size);
		this.answerTask = growInt32(this.answerTask, size);
		this.patienceDue = growFloat64(this.patienceDue, size);
		this.blockedAt = growFloat64(this.blockedAt, size);
		this.escalated = growInt32(this.escalated, size);
		this.scope = growInt32(this.scope, size);
		this.defaults = growInt32(this.defaults, size);
		this.reworks = growInt32(this.reworks, size);
		this.hurried = growInt32(this.hurried, size);
		this.leadersMet = growInt32(this.leadersMet, size);
		this.serial = growFloat64(this.serial, size);
		this.origin = growInt32(this.origin, size);
		this.state = growInt32(this.state, size);
		this.alive = growInt32(this.alive, size);
		this.team = growInt32(this.team, size);
		this.owner = growInt32(this.owner, size);
		this.pending = growInt32(this.pending, size);
		this.branches = growInt32(this.branches, size);
		this.devTask = growInt32(this.devTask, size);
		this.blocked = growInt32(this.blocked, size);
		this.stalled = growInt32(this.stalled, size);
		this.lastRole = growInt32(this.lastRole, size);
		this.next = growInt32(this.next, size);
		this.created = growFloat64(this.created, size);
		this.entered = growFloat64(this.entered, size);
		this.remaining = growFloat64(this.remaining, size);
		this.stateTime = growFloat64(this.stateTime, size * this.stride);
		this.stateWait = growFloat64(this.stateWait, size * this.stride);
		this.capacity = size;
	}
}
