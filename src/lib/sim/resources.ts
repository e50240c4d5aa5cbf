/**
 * Stations and tasks. A station is a person (one server) or a team (c servers, its developers);
 * each has a speed, the share of a nominal 40-hour week that is productive, so a task of `work`
 * effort hours occupies a server for `work / speed` clock hours.
 *
 * Waiting tasks sit in non-preemptive priority queues. Within a class they are served in the
 * order of their `key`, smallest first, and first come first served among equal keys. The
 * engine's key is the serial number of the decision a task belongs to, so a person finishes the
 * decisions they started before new ones (oldest decision first); a plain queue passes arrival
 * order, which makes it FIFO. Queues are sorted, doubly linked lists over the task pool (no array
 * shifting, no allocation); an insertion scans from both ends at once, so a task that belongs at
 * either end, the usual case, costs O(1).
 *
 * Busy servers, waiting tasks and blocked servers are integrated over time at every change, so
 * utilisation and mean queue length are exact time averages, not samples.
 */
export interface StationSpec {
	servers: number;
	speed: number;
}

export class Resources {
	readonly stations: number;
	readonly classes: number;
	readonly servers: Int32Array;
	readonly speed: Float64Array;
	/** Servers holding a task (working or blocked). */
	readonly busy: Int32Array;
	/** Highest `busy` ever seen, to check no station is busier than its servers. */
	readonly peakBusy: Int32Array;
	/** Servers that hold a task but cannot work on it (a developer waiting for an answer). */
	readonly blocked: Int32Array;
	/** Tasks queued. */
	readonly waiting: Int32Array;
	readonly lastTime: Float64Array;
	readonly busyArea: Float64Array;
	readonly blockedArea: Float64Array;
	readonly queueArea: Float64Array;
	private readonly head: Int32Array;
	private readonly tail: Int32Array;

	// Task pool: parallel arrays indexed by task id, recycled through a free list.
	taskNext: Int32Array;
	taskPrev: Int32Array;
	taskStation: Int32Array;
	taskClass: Int32Array;
	taskEntity: Int32Array;
	/** A free slot for the model (the roadmap cascade stores the team here). */
	taskTag: Int32Array;
	taskQueuedAt: Float64Array;
	/** Order within a class: smallest first. */
	taskKey: Float64Array;
	/** Effort in hours; service time is work / speed. */
	taskWork: Float64Array;
	private freeHead = -1;
	private allocated = 0;

	constructor(specs: readonly StationSpec[], classes: number, taskCapacity = 64) {
		const n = specs.length;
		this.stations = n;
		this.classes = classes;
		this.servers = Int32Array.from(specs, (s) => s.servers);
		this.speed = Float64Array.from(specs, (s) => s.speed);
		this.busy = new Int32Array(n);
		this.peakBusy = new Int32Array(n);
		this.blocked = new Int32Array(n);
		this.waiting = new Int32Array(n);
		this.lastTime = new Float64Array(n);
		this.busyArea = new Float64Array(n);
		this.blockedArea = new Float64Array(n);
		this.queueArea = new Float64Array(n);
		this.head = new Int32Array(n * classes).fill(-1);
		this.tail = new Int32Array(n * classes).fill(-1);
		const c = Math.max(taskCapacity, 1);
		this.taskNext = new Int32Array(c);
		this.taskPrev = new Int32Array(c);
		this.taskStation = new Int32Array(c);
		this.taskClass = new Int32Array(c);
		this.taskEntity = new Int32Array(c);
		this.taskTag = new Int32Array(c);
		this.taskQueuedAt = new Float64Array(c);
		this.taskKey = new Float64Array(c);
		this.taskWork = new Float64Array(c);
	}

	/**
	 * A task id for `work` hours at `station` in priority `cls`, queued from `time`, served in
	 * order of `key` within its class (default: its arrival time, which makes the class FIFO).
	 */
	allocTask(
		station: number,
		cls: number,
		entity: number,
		work: number,
		time: number,
		key = time
	): number {
		let task = this.freeHead;
		if (task >= 0) {
			this.freeHead = this.taskNext[task];
		} else {
			if (this.allocated === this.taskNext.length) this.grow();
			task = this.allocated++;
		}
		this.taskNext[task] = -1;
		this.taskStation[task] = station;
		this.taskClass[task] = cls;
		this.taskEntity[task] = entity;
		this.taskWork[task] = work;
		this.taskQueuedAt[task] = time;
		this.taskKey[task] = key;
		return task;
	}

	freeTask(task: number): void {
		this.taskNext[task] = this.freeHead;
		this.freeHead = task;
	}

	/** Tasks ever held at once: the pool's high-water mark. */
	get taskHighWater(): number {
		return this.allocated;
	}

	/** Brings the time integrals of a station up to `time`. */
	touch(station: number, time: number): void {
		const dt = time - this.lastTime[station];
		if (dt > 0) {
			this.busyArea[station] += this.busy[station] * dt;
			this.queueArea[station] += this.waiting[station] * dt;
			const blocked = this.blocked[station];
			if (blocked !== 0) this.blockedArea[station] += blocked * dt;
			this.lastTime[station] = time;
		}
	}

	/**
	 * Offers a task to its station at `time`. Returns true when a server was free and the task
	 * holds it from now (the caller schedules its end); false when it was queued.
	 */
	arrive(task: number, time: number): boolean {
		const s = this.taskStation[task];
		this.touch(s, time);
		const busy = this.busy[s];
		if (busy < this.servers[s]) {
			this.busy[s] = busy + 1;
			if (busy + 1 > this.peakBusy[s]) this.peakBusy[s] = busy + 1;
			return true;
		}
		this.enqueue(s * this.classes + this.taskClass[task], task);
		this.waiting[s]++;
		return false;
	}

	/**
	 * A server of `station` finished at `time`. Returns the next task, which now holds the server
	 * (the caller schedules its end), or -1 when the queue was empty and the server is idle.
	 */
	release(station: number, time: number): number {
		this.touch(station, time);
		if (this.waiting[station] > 0) {
			const base = station * this.classes;
			for (let q = base; q < base + this.classes; q++) {
				const task = this.head[q];
				if (task < 0) continue;
				const next = this.taskNext[task];
				// The new head's `prev` is left stale: a head is recognised by `head[q]`, not by it.
				this.head[q] = next;
				if (next < 0) this.tail[q] = -1;
				this.taskNext[task] = -1;
				this.waiting[station]--;
				return task;
			}
		}
		this.busy[station]--;
		return -1;
	}

	/**
	 * Inserts `task` into queue `q` after every task whose key is not larger, scanning from the
	 * tail and the head at once: new decisions join at the tail, a decision returning to someone
	 * who is already working on newer ones goes near the head.
	 */
	private enqueue(q: number, task: number): void {
		const key = this.taskKey[task];
		const next = this.taskNext;
		const prev = this.taskPrev;
		const keys = this.taskKey;
		const tail = this.tail[q];
		if (tail < 0 || keys[tail] <= key) {
			// The common case, and the only one of a FIFO queue: join at the tail.
			prev[task] = tail;
			next[task] = -1;
			if (tail < 0) this.head[q] = task;
			else next[tail] = task;
			this.tail[q] = task;
			return;
		}
		// `after`: the task to insert behind (-1: at the head).
		let after: number;
		let fromTail = tail;
		let fromHead = this.head[q];
		for (;;) {
			if (fromTail < 0 || keys[fromTail] <= key) {
				after = fromTail;
				break;
			}
			if (keys[fromHead] > key) {
				after = fromHead === this.head[q] ? -1 : prev[fromHead];
				break;
			}
			fromTail = prev[fromTail];
			fromHead = next[fromHead];
		}
		const before = after < 0 ? this.head[q] : next[after];
		prev[task] = after;
		next[task] = before;
		if (after < 0) this.head[q] = task;
		else next[after] = task;
		if (before < 0) this.tail[q] = task;
		else prev[before] = task;
	}

	/**
	 * Takes queued `task` out of its queue at `time` (a developer stopped waiting for it). The
	 * caller frees it. A head's `prev` may be stale (see `release`), so a head is found by `head`.
	 */
	withdraw(task: number, time: number): void {
		const s = this.taskStation[task];
		this.touch(s, time);
		const q = s * this.classes + this.taskClass[task];
		const prev = this.head[q] === task ? -1 : this.taskPrev[task];
		const next = this.taskNext[task];
		if (prev < 0) this.head[q] = next;
		else this.taskNext[prev] = next;
		if (next < 0) this.tail[q] = prev;
		else this.taskPrev[next] = prev;
		this.taskNext[task] = -1;
		this.waiting[s]--;
	}

	/** A server keeps its task but stops working on it (true) or resumes (false). */
	block(station: number, time: number, blocked: boolean): void {
		this.touch(station, time);
		this.blocked[station] += blocked ? 1 : -1;
	}

	/** Calls `visit(task)` for every queued task of a station, most urgent first. */
	forEachQueued(station: number, visit: (task: number) => void): void {
		const base = station * this.classes;
		for (let q = base; q < base + this.classes; q++) {
			for (let task = this.head[q]; task >= 0; task = this.taskNext[task]) visit(task);
		}
	}

	private grow(): void {
		const c = this.taskNext.length * 2;
		const grow32 = (a: Int32Array) => {
			const b = new Int32Array(c);
			b.set(a);
			return b;
		};
		const grow64 = (a: Float64Array) => {
			const b = new Float64Array(c);
			b.set(a);
			return b;
		};
		this.taskNext = grow32(this.taskNext);
		this.taskPrev = grow32(this.taskPrev);
		this.taskStation = grow32(this.taskStation);
		this.taskClass = grow32(this.taskClass);
		this.taskEntity = grow32(this.taskEntity);
		this.taskTag = grow32(this.taskTag);
		this.taskQueuedAt = grow64(this.taskQueuedAt);
		this.taskKey = grow64(this.taskKey);
		this.taskWork = grow64(this.taskWork);
	}
}
