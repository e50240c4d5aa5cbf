/**
 * Reads a sweep's JSON output (sweepOutput.ts) a piece at a time, so `--merge` of a large grid
 * holds one point per shard, never a whole file: the fields before "points", then each point,
 * then the fields after. Any JSON whitespace is allowed between tokens (a shard passed through
 * a pretty-printer still merges).
 */
export class SweepJsonError extends Error {}

/** Gives the next piece of the text, or null at its end. */
export type ChunkSource = () => string | null;

/** Characters consumed before the buffer is trimmed (assumption: a few points' worth). */
const TRIM_AT = 1 << 16;

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

export class SweepJsonReader {
	private buffer = '';
	private pos = 0;
	private ended = false;
	private stage: 'start' | 'points' | 'tail' | 'done' = 'start';
	private firstPoint = true;
	/** The most characters held at once: what reading costs in memory. */
	maxBuffered = 0;

	constructor(private readonly next: ChunkSource) {}

	/** The fields before "points" (scenario, vary, runs, shard…); then the points may be read. */
	head(): Record<string, unknown> {
		if (this.stage !== 'start') throw new Error('head() is read once, first');
		this.expect('{');
		const fields: Record<string, unknown> = {};
		if (this.peek() === '}') throw new SweepJsonError('it has no "points"');
		for (;;) {
			const key = this.key();
			if (key === 'points') {
				this.expect('[');
				this.stage = 'points';
				return fields;
			}
			fields[key] = JSON.parse(this.rawValue());
			this.expect(',');
		}
	}

	/** The next point, or null after the last. */
	nextPoint(): unknown {
		if (this.stage !== 'points') return null;
		if (this.peek() === ']') {
			this.pos++;
			this.stage = 'tail';
			return null;
		}
		if (!this.firstPoint) this.expect(',');
		this.firstPoint = false;
		return JSON.parse(this.rawValue());
	}

	/** The fields after "points" (breakingPoint, wallMs), once every point is read. */
	tail(): Record<string, unknown> {
		while (this.stage === 'points') this.nextPoint();
		const fields: Record<string, unknown> = {};
		while (this.stage === 'tail') {
			const c = this.peek();
			this.pos++;
			if (c === '}') this.stage = 'done';
			else if (c === ',') {
				const key = this.key();
				fields[key] = JSON.parse(this.rawValue());
			} else throw new SweepJsonError(`unexpected ${JSON.stringify(c)} after the points`);
		}
		if (this.peek(true) !== null) throw new SweepJsonError('text after the end of the object');
		return fields;
	}

	/** Reads one more piece; false at the end of the text. */
	private fill(): boolean {
		if (this.ended) return false;
		const chunk = this.next();
		if (chunk === null) {
			this.ended = true;
			return false;
		}
		if (this.pos >= TRIM_AT) {
			this.buffer = this.buffer.slice(this.pos);
			this.pos = 0;
		}
		this.buffer += chunk;
		this.maxBuffered = Math.max(this.maxBuffered, this.buffer.length);
		return true;
	}

	/** The next character that is not whitespace, left unread; null only at the end if allowed. */
	private peek(endAllowed: true): string | null;
	private peek(): string;
	private peek(endAllowed = false): string | null {
		for (;;) {
			while (this.pos < this.buffer.length && WHITESPACE.has(this.buffer[this.pos])) this.pos++;
			if (this.pos < this.buffer.length) return this.buffer[this.pos];
			if (!this.fill()) {
				if (endAllowed) return null;
				throw new SweepJsonError('it ends early (was its sweep stopped?)');
			}
		}
	}

	private expect(c: string): void {
		const found = this.peek();
		if (found !== c)
			throw new SweepJsonError(`expected ${JSON.stringify(c)}, found ${JSON.stringify(found)}`);
		this.pos++;
	}

	private key(): string {
		if (this.peek() !== '"') throw new SweepJsonError('expected a field name');
		const key = JSON.parse(this.rawValue()) as string;
		this.expect(':');
		return key;
	}

	/** The text of one JSON value from here, read to its end (strings and nesting followed). */
	private rawValue(): string {
		const first = this.peek();
		let start = this.pos;
		let i = start;
		let depth = 0;
		let inString = false;
		for (;;) {
			if (i >= this.buffer.length) {
				const offset = i - start;
				if (!this.fill()) {
					// A number, true, false or null may end the text; nothing else may.
					if (depth === 0 && !inString && first !== '"') return this.take(start, i);
					throw new SweepJsonError('it ends early (was its sweep stopped?)');
				}
				// fill() trims the buffer up to this.pos, the value's start: keep the place by offset.
				start = this.pos;
				i = start + offset;
				continue;
			}
			const c = this.buffer[i];
			if (inString) {
				if (c === '\\') i++;
				else if (c === '"') {
					inString = false;
					if (depth === 0) return this.take(start, i + 1);
				}
			} else if (c === '"') inString = true;
			else if (c === '{' || c === '[') depth++;
			else if (c === '}' || c === ']') {
				if (depth === 0) return this.take(start, i);
				depth--;
				if (depth === 0) return this.take(start, i + 1);
			} else if (depth === 0 && (c === ',' || WHITESPACE.has(c))) return this.take(start, i);
			i++;
		}
	}

	private take(start: number, end: number): string {
		const text = this.buffer.slice(start, end);
		this.pos = end;
		return text;
	}
}
