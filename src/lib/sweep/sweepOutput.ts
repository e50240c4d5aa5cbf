import { isScenario, type Scenario } from '../scenario/index';
import { SweepBreakingPointFinder, type SweepBreakingPoint } from './lineBreakingPoints';
import { pointCount, pointValues, shardIndexes } from './sweepPoints';
import type { SweepPoint } from './sweepPoint';
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
		this.finder = new SweepBreakingPointFinder(head.vary);
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

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function readShard(text: string, name: string): SweepJson {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new MergeError(
			`${name} is not JSON (expected the output of npm run sweep -- … --json --shard I/N)`
		);
	}
	const json = value as Partial<SweepJson>;
	if (
		typeof json !== 'object' ||
		json === null ||
		!isScenario(json.scenario) ||
		!Array.isArray(json.vary) ||
		!Array.isArray(json.points) ||
		typeof json.runs !== 'number' ||
		typeof json.wallMs !== 'number'
	) {
		throw new MergeError(`${name} is not a sweep's JSON output`);
	}
	if (!json.shard) throw new MergeError(`${name} is a whole sweep, not a shard (--shard I/N)`);
	return json as SweepJson;
}

/**
 * Joins shard outputs (`files`: name → text) into the output of one unsharded run, written
 * through `write`. Every shard of the same sweep must be there once; the merged `wallMs` is the
 * longest shard's, the wall time when they ran side by side.
 */
export function mergeShards(files: ReadonlyMap<string, string>, write: (text: string) => void) {
	const shards = [...files].map(([name, text]) => ({ name, json: readShard(text, name) }));
	if (shards.length === 0) throw new MergeError('--merge needs the shard files to join');
	const [{ json: first, name: firstName }] = shards;
	const of = first.shard!.of;
	const byIndex = new Map<number, SweepJson>();
	for (const { name, json } of shards) {
		if (
			!sameJson(json.scenario, first.scenario) ||
			!sameJson(json.vary, first.vary) ||
			json.runs !== first.runs ||
			json.shard!.of !== of
		) {
			throw new MergeError(`${name} is a shard of another sweep than ${firstName}`);
		}
		if (byIndex.has(json.shard!.index)) {
			throw new MergeError(`shard ${json.shard!.index}/${of} is given twice (${name})`);
		}
		byIndex.set(json.shard!.index, json);
	}
	const missing = Array.from({ length: of }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
	if (missing.length > 0) {
		throw new MergeError(
			`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${of}`).join(', ')} missing`
		);
	}
	const count = pointCount(first.vary);
	for (const [index, json] of byIndex) {
		const expected = [...shardIndexes(count, index, of)];
		const complete =
			json.points.length === expected.length &&
			expected.every((p, i) => sameJson(json.points[i].values, pointValues(first.vary, p)));
		if (!complete) throw new MergeError(`shard ${index}/${of} is incomplete or out of order`);
	}
	const writer = new SweepJsonWriter(
		{ scenario: first.scenario, vary: first.vary, runs: first.runs },
		write
	);
	// Point p is in shard (p mod of) + 1 at place ⌊p / of⌋: a round robin over the shards.
	for (let p = 0; p < count; p++) {
		writer.add(byIndex.get((p % of) + 1)!.points[Math.floor(p / of)]);
	}
	return writer.finish(Math.max(...shards.map((s) => s.json.wallMs)));
}
