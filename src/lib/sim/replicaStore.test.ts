import { describe, expect, it } from 'vitest';
import { parseScenarioParams } from '../scenario/index';
import { summarise } from './replications';
import { ReplicaStore, replicaFigures } from './replicaStore';
import { replicationSeed } from './rng';
import { runReplica, runSimulation } from './runSimulation';

// Overloaded POs and starved pricing: runs with bottlenecks, gaps and open decisions.
const scenario = parseScenarioParams('preset=po-only&itemsPerWeek=9&runs=6&weeks=20').scenario;
const full = Array.from({ length: 6 }, (_, i) =>
	runSimulation(scenario, { seed: replicationSeed(scenario.seed, i) })
);

describe('ReplicaStore', () => {
	it('gives summarise the same bands, bottlenecks, gaps and waiting as the full runs', () => {
		const store = new ReplicaStore(6);
		// In any order, as a pool of workers sends them, and once each.
		for (const i of [3, 0, 5, 1, 4, 2]) expect(store.add(i, replicaFigures(full[i]))).toBe(true);
		expect(store.add(2, replicaFigures(full[2]))).toBe(false);
		expect(store.received).toBe(6);
		const expected = summarise(full, scenario);
		expect(expected.bottlenecks.length + expected.gaps.length).toBeGreaterThan(0);
		expect(summarise(store.results(), scenario)).toEqual(expected);
	});

	it('refuses to summarise until every run is in', () => {
		const store = new ReplicaStore(3);
		store.add(0, replicaFigures(full[0]));
		expect(store.complete).toBe(false);
		expect(() => store.results()).toThrow('1 of 3 runs are in');
	});

	it('keeps a run in a fraction of what the full result takes', () => {
		const run = full[1];
		const kept = replicaFigures(run);
		expect(kept.roles.every((r) => r.utilisationByWeek.length === 0)).toBe(true);
		expect(kept.decisions.backlog.leadTimeSample).toEqual([]);
		expect(JSON.stringify(kept).length).toBeLessThan(JSON.stringify(run).length / 3);
	});

	// Byte for byte: the worker posts these and the bands are built from them, so a lean run
	// must be exactly the reduced full run, key order included.
	it.each([
		'preset=po-only&itemsPerWeek=9&weeks=20',
		'preset=startup',
		'preset=scale-up',
		'preset=combined',
		'preset=pm-only',
		'preset=po-only&leadershipHours=0',
		'preset=enterprise&weeks=8',
		'exceptions=none&planning=flow&effortShape=exponential',
		'teams=3&weeks=1',
		'teamsPerPo=6&itemsPerWeek=12&weeks=12'
	])('builds the same reduced run as the full run reduced: %s', (link) => {
		const s = parseScenarioParams(link).scenario;
		for (const i of [0, 1, 2]) {
			const seed = replicationSeed(s.seed, i);
			const lean = runReplica(s, { seed });
			const reduced = replicaFigures(runSimulation(s, { seed }));
			expect(JSON.stringify(lean)).toBe(JSON.stringify(reduced));
			expect(lean).toEqual(reduced);
		}
	});
});
