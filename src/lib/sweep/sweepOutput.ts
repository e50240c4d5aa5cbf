import { isScenario, type Scenario } from '../scenario/index';
import { SweepBreakingPointFinder, type SweepBreakingPoint } from './lineBreakingPoints';
import { pointCount, pointValues, shardIndexes } from './sweepPoints';
import type { SweepPoint } from './sweepPoint';
import { SweepJsonError, SweepJsonReader, type ChunkSource } from './sweepJsonReader';
import type { Vary } from './varySpec';

/** One shard of a sweep: number `index` (1-based) of `of`. */
export interface Shard {
	index: number;
	of: number;
}

/** The JSON of `npm run sweep -- … --json` (docs/sweep.md). */
export interface SweepJson {
	scenario: Scenario;
	vary: Vary[];
	runs: number;
	/** Only in a shard's output: which shard it is. */
	shard?: Shard;
	points: SweepPoint[];
	/** In a shard's output always null: the merge finds it over every point. */
	breakingPoint: SweepBreakingPoint | null;
	wallMs: number;
}

/**
 * Writes the sweep's JSON as its points arrive, in order, holding none of them: the text is
 * exactly `JSON.stringify` of the whole SweepJson, so a merged set of shards and one unsharded
 * run print the same bytes.
 */
export class SweepJsonWriter {
	private first = true;
	private readonly finder: SweepBreakingPointFinder;

	constructor(
		private readonly head: Pick<SweepJson, 'scenario' | 'vary' | 'runs' | 'shard'>,
		private readonly write: (text: string) => void
	) {
		this.finder = new SweepBreakingPointFinder(head.vary, head.scenario.model);
		const { scenario, vary, runs, shard } = head;
		const fields = JSON.stringify(
			shard ? { scenario, vary, runs, shard } : { scenario, vary, runs }
		);
		write(`${fields.slice(0, -1)},"points":[`);
	}

	add(point: SweepPoint): void {
		if (!this.head.shard) this.finder.add(point);
		this.write((this.first ? '' : ',') + JSON.stringify(point));
		this.first = false;
	}

	/** Closes the object; returns the breaking point (null for a shard). */
	finish(wallMs: number): SweepBreakingPoint | null {
		const found = this.head.shard ? null : this.finder.result;
		this.write(`],"breakingPoint":${JSON.stringify(found)},"wallMs":${JSON.stringify(wallMs)}}\n`);
		return found;
	}
}

export class MergeError extends Error {}

/** Opens one shard's text for reading from its start; a string is its whole text. */
export type ShardText = string | (() => ChunkSource);

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const NOT_JSON = '(expected the output of npm run sweep -- … --json --shard I/N)';

/** A reader of a shard, with its read errors named after the file. */
function open(name: string, text: ShardText) {
	const reader = new SweepJsonReader(typeof text === 'string' ? once(text) : text());
	const named =
		<A extends unknown[], R>(read: (...args: A) => R) =>
		(...args: A): R => {
			try {
				return read(...args);
			} catch (error) {
				if (error instanceof SweepJsonError || error instanceof SyntaxError)
					throw new MergeError(`${name} is not JSON ${NOT_JSON}: ${error.message}`);
				throw error;
			}
		};
	return {
		reader,
		head: named(() => reader.head()),
		nextPoint: named(() => reader.nextPoint() as SweepPoint | null),
		tail: named(() => reader.tail())
	};
}

function once(text: string): ChunkSource {
	let given = false;
	return () => (given ? null : ((given = true), text));
}

type ShardHead = Pick<SweepJson, 'scenario' | 'vary' | 'runs'> & { shard: Shard };

function checkHead(head: Record<string, unknown>, name: string): ShardHead {
	const json = head as Partial<SweepJson>;
	if (!isScenario(json.scenario) || !Array.isArray(json.vary) || typeof json.runs !== 'number') {
		throw new MergeError(`${name} is not a sweep's JSON output`);
	}
	if (!json.shard) throw new MergeError(`${name} is a whole sweep, not a shard (--shard I/N)`);
	return json as ShardHead;
}

/**
 * Joins shard outputs (`files`: name and text, or a way to read it in pieces; a Map will do) into
 * the output of one unsharded run, written through `write`. Every shard of the same sweep must be
 * there once (a file named twice is a shard given twice);
 * the merged `wallMs` is the longest shard's, the wall time when they ran side by side. Each
 * shard is read twice, a point at a time: once to check it whole (nothing is written from a bad
 * set), once to write its points in sweep order; memory holds a point per shard.
 */
export function mergeShards(
	files: Iterable<readonly [string, ShardText]>,
	write: (text: string) => void
) {
	const given = [...files];
	if (given.length === 0) throw new MergeError('--merge needs the shard files to join');
	const shards = given.map(([name, text]) => {
		const shard = open(name, text);
		return { name, text, shard, head: checkHead(shard.head(), name) };
	});
	const [{ head: first, name: firstName }] = shards;
	const of = first.shard.of;
	const byIndex = new Map<number, (typeof shards)[number]>();
	const problems: string[] = [];
	for (const entry of shards) {
		const { name, head } = entry;
		if (
			!sameJson(head.scenario, first.scenario) ||
			!sameJson(head.vary, first.vary) ||
			head.runs !== first.runs ||
			head.shard.of !== of
		) {
			throw new MergeError(`${name} is a shard of another sweep than ${firstName}`);
		}
		const earlier = byIndex.get(head.shard.index);
		if (earlier) {
			const files =
				earlier.name === name ? `${name} is named twice` : `${earlier.name} and ${name}`;
			problems.push(`shard ${head.shard.index}/${of} is given twice (${files})`);
		} else byIndex.set(head.shard.index, entry);
	}
	const missing = Array.from({ length: of }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
	// A shard given twice is often the one missing mistyped: say both.
	if (missing.length > 0) {
		problems.push(
			`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${of}`).join(', ')} missing`
		);
	}
	if (problems.length > 0) throw new MergeError(problems.join('; '));
	const count = pointCount(first.vary);
	let wallMs = 0;
	for (const [index, { shard, name }] of byIndex) {
		let complete = true;
		for (const p of shardIndexes(count, index, of)) {
			const point = shard.nextPoint();
			if (!point || !sameJson(point.values, pointValues(first.vary, p))) complete = false;
			if (!complete) break;
		}
		if (!complete || shard.nextPoint() !== null)
			throw new MergeError(`shard ${index}/${of} is incomplete or out of order`);
		const tail = shard.tail();
		if (typeof tail.wallMs !== 'number')
			throw new MergeError(`${name} is not a sweep's JSON output`);
		wallMs = Math.max(wallMs, tail.wallMs);
	}
	// Checked: read again from the start, this time to write.
	const readers = Array.from({ length: of }, (_, i) => {
		const { name, text } = byIndex.get(i + 1)!;
		const shard = open(name, text);
		shard.head();
		return shard;
	});
	const writer = new SweepJsonWriter(
		{ scenario: first.scenario, vary: first.vary, runs: first.runs },
		write
	);
	// Point p is in shard (p mod of) + 1 at place ⌊p / of⌋: a round robin over the shards.
	for (let p = 0; p < count; p++) {
		const point = readers[p % of].nextPoint();
		// Only a file changed between the two readings can fail here.
		if (!point || !sameJson(point.values, pointValues(first.vary, p)))
			throw new MergeError(`shard ${(p % of) + 1}/${of} changed while it was merged`);
		writer.add(point);
	}
	return writer.finish(wallMs);
}
