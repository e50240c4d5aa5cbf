import { describe, expect, it } from 'vitest';
import { parseScenarioParams } from '../scenario/index';
import { SweepJsonReader, SweepJsonError, type ChunkSource } from './sweepJsonReader';
import { mergeShards, SweepJsonWriter, type Shard } from './sweepOutput';
import { pointCount, pointValues, shardIndexes } from './sweepPoints';
import type { SweepPoint } from './sweepPoint';
import { parseVaries, type SweepValues } from './varySpec';

const scenario = parseScenarioParams('preset=startup&weeks=13').scenario;

/** A point of the figures given: the reader and the merge only move points, never judge them. */
function fakePoint(values: SweepValues): SweepPoint {
	const kind = { leadTimeDays: { p50: 5.5, p85: null }, throughputPerWeek: 1.25 };
	return {
		values,
		verdict: 'strained',
		decisions: { roadmap: kind, backlog: kind, pricing: kind },
		// A label with an escaped quote and a non-ASCII dash, so chunk edges fall inside both.
		busiest: { role: 'PM 1 "lead" (teams 1–5)', load: 0.93 },
		costPerDecision: 4321
	};
}

/** 2,000 points: a grid large enough that holding a file whole would show. */
const vary = parseVaries(['teams=1..200', 'teamSize=1..10']);
const count = pointCount(vary);

function sweepText(shard?: Shard, wallMs = 0): string {
	let text = '';
	const writer = new SweepJsonWriter({ scenario, vary, runs: 3, shard }, (t) => (text += t));
	const indexes = shard
		? shardIndexes(count, shard.index, shard.of)
		: Array.from({ length: count }, (_, i) => i);
	for (const i of indexes) writer.add(fakePoint(pointValues(vary, i)));
	writer.finish(wallMs);
	return text;
}

function chunks(text: string, size: number): ChunkSource {
	let at = 0;
	return () => (at >= text.length ? null : text.slice(at, (at += size)));
}

function readAll(reader: SweepJsonReader) {
	const head = reader.head();
	const points: unknown[] = [];
	for (let p = reader.nextPoint(); p !== null; p = reader.nextPoint()) points.push(p);
	return { ...head, points, ...reader.tail() };
}

describe('SweepJsonReader', () => {
	const small = (() => {
		let text = '';
		const line = parseVaries(['teamsPerPm=1..3']);
		const writer = new SweepJsonWriter({ scenario, vary: line, runs: 2 }, (t) => (text += t));
		for (let i = 0; i < 3; i++) writer.add(fakePoint(pointValues(line, i)));
		writer.finish(812);
		return text;
	})();

	it.each([1, 2, 3, 7, 64, 100_000])(
		'reads head, points and tail as JSON.parse does, in pieces of %i characters',
		(size) => {
			expect(readAll(new SweepJsonReader(chunks(small, size)))).toEqual(JSON.parse(small));
		}
	);

	it('reads a pretty-printed output the same', () => {
		const pretty = JSON.stringify(JSON.parse(small), null, 2) + '\n';
		expect(readAll(new SweepJsonReader(chunks(pretty, 5)))).toEqual(JSON.parse(small));
	});

	it('holds a few pieces, never the whole text', () => {
		const text = sweepText();
		const reader = new SweepJsonReader(chunks(text, 4096));
		expect(readAll(reader).points).toHaveLength(count);
		expect(text.length).toBeGreaterThan(600_000);
		expect(reader.maxBuffered).toBeLessThan(80_000);
	});

	it.each([
		{ name: 'text that is not JSON', text: 'hello', message: 'expected "{", found "h"' },
		{ name: 'a cut-off file', text: small.slice(0, 900), message: 'it ends early' },
		{ name: 'an object without points', text: '{"runs":3}', message: 'expected ","' },
		{ name: 'text after the object', text: small + '{}', message: 'text after the end' }
	])('refuses $name', ({ text, message }) => {
		const read = () => readAll(new SweepJsonReader(chunks(text, 10)));
		expect(read).toThrow(SweepJsonError);
		expect(read).toThrow(message);
	});
});

describe('mergeShards reads shards a point at a time', () => {
	it('merges 2,000 points from 4 shards holding a few pieces of each, byte for byte', () => {
		const of = 4;
		const texts = Array.from({ length: of }, (_, i) => sweepText({ index: i + 1, of }, 100 + i));
		const piece = 4096;
		// Characters handed to the merge by each shard's second reading (the first only checks),
		// against those it has written: how far reading runs ahead of writing.
		let handedOut = 0;
		let written = 0;
		let mostAhead = 0;
		const files = new Map(
			texts.map((text, i) => {
				let readings = 0;
				const open = () => {
					const next = chunks(text, piece);
					const counted = ++readings === 2;
					return () => {
						const chunk = next();
						if (counted) handedOut += chunk?.length ?? 0;
						return chunk;
					};
				};
				return [`shard-${i + 1}.json`, open];
			})
		);
		let merged = '';
		mergeShards(files, (t) => {
			merged += t;
			written += t.length;
			mostAhead = Math.max(mostAhead, handedOut - written);
		});
		expect(merged).toBe(sweepText(undefined, 103));
		// Read whole, the shards would be 600,000 characters ahead of the output.
		expect(mostAhead).toBeLessThan(of * piece * 2);
	});
});
