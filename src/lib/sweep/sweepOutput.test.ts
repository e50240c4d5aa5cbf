import { describe, expect, it } from 'vitest';
import { parseScenarioParams } from '../scenario/index';
import {
	mergeShards,
	MergeError,
	SweepJsonWriter,
	type Shard,
	type SweepJson
} from './sweepOutput';
import { pointCount, pointValues, shardIndexes } from './sweepPoints';
import { runSweepPoint } from './sweepPoint';
import { parseVaries } from './varySpec';

const scenario = parseScenarioParams('preset=startup&weeks=13').scenario;
const vary = parseVaries(['teamSize=3..6', 'pmpoHours=30..40:10']);
const runs = 2;
// Points are costly; each is run once and every shard takes its own from here.
const points = Array.from({ length: pointCount(vary) }, (_, i) =>
	runSweepPoint(scenario, pointValues(vary, i), runs)
);

/** The text a sweep (or one shard of it) writes, with a fixed wall time. */
function output(shard?: Shard, wallMs = 0): string {
	let text = '';
	const writer = new SweepJsonWriter({ scenario, vary, runs, shard }, (t) => (text += t));
	const indexes = shard ? [...shardIndexes(points.length, shard.index, shard.of)] : points.keys();
	for (const i of indexes) writer.add(points[i]);
	writer.finish(wallMs);
	return text;
}

function merged(files: [string, string][]): string {
	let text = '';
	mergeShards(files, (t) => (text += t));
	return text;
}

describe('SweepJsonWriter', () => {
	it('writes exactly JSON.stringify of the whole object, breaking point included', () => {
		const text = output(undefined, 1234);
		const json = JSON.parse(text) as SweepJson;
		expect(text).toBe(JSON.stringify(json) + '\n');
		expect(json.points).toHaveLength(8);
		expect(json.vary).toEqual([
			{ key: 'teamSize', values: [3, 4, 5, 6] },
			{ key: 'pmpoHours', values: [30, 40] }
		]);
		expect(json.points[5].values).toEqual({ teamSize: 4, pmpoHours: 40 });
		expect(json.wallMs).toBe(1234);
		expect(json.breakingPoint?.key).toBe('teamSize');
		// Three developers cannot keep up with their own backlog: the team itself is overloaded.
		expect(json.breakingPoint).toEqual({
			key: 'teamSize',
			value: 3,
			message:
				'Already at 3 developers per team with combined PM/PO hours per week = 30 to 40 h. At 3 developers per team with 30 h, Team 1 is overloaded (135% load) and backlog p85 passes 20 days. With combined PM/PO hours per week = 40 h it recovers further along after breaking; the heatmap and the table show where.'
		});
	});
});

describe('mergeShards(files, write)', () => {
	it.each([1, 3, 8])('merged %i shards equal one unsharded run, byte for byte', (of) => {
		const shards = Array.from(
			{ length: of },
			(_, i) => [`shard-${i + 1}.json`, output({ index: i + 1, of }, 10 * i)] as [string, string]
		);
		// Given in any order; the merged wall time is the longest shard's.
		const text = merged(shards.reverse());
		expect(text).toBe(output(undefined, 10 * (of - 1)));
	});

	it('a shard writes its own points and no breaking point', () => {
		const json = JSON.parse(output({ index: 2, of: 3 })) as SweepJson;
		expect(json.shard).toEqual({ index: 2, of: 3 });
		expect(json.points.map((p) => p.values)).toEqual([1, 4, 7].map((i) => pointValues(vary, i)));
		expect(json.breakingPoint).toBeNull();
	});

	it.each([
		{
			name: 'a missing shard',
			files: [
				['a', output({ index: 1, of: 3 })],
				['c', output({ index: 3, of: 3 })]
			],
			message: 'shard 2/3 missing'
		},
		{
			name: 'a shard twice',
			files: [
				['a', output({ index: 1, of: 2 })],
				['b', output({ index: 1, of: 2 })]
			],
			message: 'shard 1/2 is given twice (a and b); shard 2/2 missing'
		},
		{
			// `--merge a.json a.json`: the same file twice is shard 1/2 twice, not only 2/2 missing.
			name: 'the same file twice',
			files: [
				['a.json', output({ index: 1, of: 2 })],
				['a.json', output({ index: 1, of: 2 })]
			],
			message: 'shard 1/2 is given twice (a.json is named twice); shard 2/2 missing'
		},
		{
			name: 'not JSON',
			files: [['notes.txt', 'hello']],
			message:
				'notes.txt is not JSON (expected the output of npm run sweep -- … --json --shard I/N)'
		},
		{
			name: 'a whole sweep',
			files: [['all.json', output()]],
			message: 'all.json is a whole sweep, not a shard (--shard I/N)'
		},
		{
			name: 'shards of different sweeps',
			files: [
				['a', output({ index: 1, of: 2 })],
				['b', output({ index: 2, of: 3 })]
			],
			message: 'b is a shard of another sweep than a'
		}
	])('refuses $name', ({ files, message }) => {
		expect(() => merged(files as [string, string][])).toThrow(MergeError);
		expect(() => merged(files as [string, string][])).toThrow(message);
	});
});
