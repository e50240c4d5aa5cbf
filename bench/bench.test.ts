/**
 * The bench harness at tiny sizes: output shape, and that the implementations being timed
 * simulate the same customers. No timing assertions: timings belong to `npm run bench`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from './format';
import {
	checkGoals,
	FULL_CONFIG,
	measureHotLoop,
	measureOrgEngine,
	measureReplications,
	measureScale,
	pairedRatio,
	runBench,
	type BenchConfig,
	type HotLoopResult,
	type QueueTiming
} from './harness';
import { measureHeap, median, timeInterleaved } from './measure';
import { referenceQueue } from './reference';
import { simjsQueue } from './simjsQueue';
import { DEFAULT_SCENARIO } from '../src/lib/scenario/index';
import { runSimulation } from '../src/lib/sim/index';

const TINY: BenchConfig = {
	...FULL_CONFIG,
	customers: 2_000,
	warmups: 0,
	reps: 1,
	teams: [1, 10],
	weeks: 2,
	scaleWarmups: 0,
	scaleReps: 1,
	replications: 2,
	replicationReps: 1,
	orgRuns: 2,
	replicaMemoryRuns: 20,
	replicaMemoryTeams: 10
};

describe('referenceQueue(params)', () => {
	it('matches M/M/1 theory, W = 1/(μ − λ) = 5, on a long stream', () => {
		const run = referenceQueue({
			servers: 1,
			arrivalRate: 0.8,
			serviceRate: 1,
			customers: 200_000,
			seed: 42
		});
		expect(run.events).toBe(400_000);
		expect(Math.abs(run.meanTimeInSystem - 5) / 5).toBeLessThan(0.05);
		expect(run.utilisation).toBeCloseTo(0.8, 1);
	});

	it('agrees with simjs customer for customer on the same streams', () => {
		for (const servers of [1, 3]) {
			const params = {
				servers,
				arrivalRate: 0.7 * servers,
				serviceRate: 1,
				customers: 5_000,
				seed: 9
			};
			const ours = referenceQueue(params);
			const theirs = simjsQueue(params);
			expect(theirs.meanTimeInSystem).toBeCloseTo(ours.meanTimeInSystem, 9);
			expect(theirs.meanWait).toBeCloseTo(ours.meanWait, 9);
		}
	});
});

describe('measureHotLoop(config)', () => {
	let hot: ReturnType<typeof measureHotLoop>;
	beforeAll(() => {
		hot = measureHotLoop(TINY);
	});

	it('times engine, reference and simjs on one stream and reports the ratios', () => {
		for (const t of [hot.engine, hot.reference, hot.simjs]) {
			expect(t.samplesMs).toHaveLength(1);
			expect(t.medianMs).toBeGreaterThan(0);
			expect(t.events).toBeGreaterThanOrEqual(2 * TINY.customers);
			expect(t.nsPerEvent).toBeGreaterThan(0);
		}
		expect(hot.hotLoopRatio).toBeCloseTo(
			pairedRatio(hot.engine.samplesMs, hot.reference.samplesMs),
			12
		);
		expect(hot.simjsSpeedup).toBeCloseTo(1 / hot.simjsRatio, 12);
		expect(hot.ratioOfMedians.hotLoop).toBeCloseTo(
			hot.engine.medianMs / hot.reference.medianMs,
			12
		);
		expect(hot.theoryMeanTimeInSystem).toBeCloseTo(5, 12);
	});

	it('engine and reference agree on the mean time in system for the same stream', () => {
		expect(hot.engine.meanTimeInSystem).toBeCloseTo(hot.reference.meanTimeInSystem, 9);
		expect(hot.simjs.meanTimeInSystem).toBeCloseTo(hot.reference.meanTimeInSystem, 9);
	});
});

describe('measureOrgEngine(config)', () => {
	it('times the default scenario beside the reference loop and reports the per-event ratio', () => {
		const org = measureOrgEngine({ ...TINY, reps: 2 });
		expect(org).toMatchObject({ scenario: 'scale-up', teams: 8, weeks: 26, seed: 42, runs: 2 });
		// The same runs each sample: twice the events of one run of the default scenario.
		expect(org.eventsPerRun).toBe(runSimulation({ ...DEFAULT_SCENARIO, seed: 42 }).events);
		expect(org.loop.events).toBe(2 * org.eventsPerRun);
		expect(org.run.events).toBe(org.loop.events);
		expect(org.reference.events).toBe(2 * TINY.customers);
		for (const t of [org.loop, org.run, org.reference]) {
			expect(t.samplesMs).toHaveLength(2);
			expect(t.nsPerEvent).toBeCloseTo((t.medianMs * 1e6) / t.events, 6);
			expect(t.eventsPerSecond).toBeCloseTo(t.events / (t.medianMs / 1000), 6);
		}
		// The ratio is of time per event, paired by round: (loop ms / loop events) over the same
		// for the reference, median over rounds.
		const perRound = org.loop.samplesMs.map(
			(ms, i) => ms / org.loop.events / (org.reference.samplesMs[i] / org.reference.events)
		);
		expect(org.loopRatio).toBeCloseTo(median(perRound), 9);
		expect(org.runRatio).toBeGreaterThan(0);
		expect(org.cpuRatios.loop).toBeGreaterThan(0);
	});
});

describe('measureScale and measureReplications', () => {
	it('report wall time, events, heap and bytes per decision per team count', () => {
		const rows = measureScale(TINY);
		expect(rows.map((r) => r.teams)).toEqual([1, 10]);
		for (const r of rows) {
			expect(r.weeks).toBe(2);
			expect(r.events).toBeGreaterThan(0);
			expect(r.decisions).toBeGreaterThan(0);
			expect(r.eventsPerSecond).toBeCloseTo(r.events / (r.wallMs / 1000), 6);
			expect(r.peakHeapMb).toBeGreaterThan(0);
			expect(r.bytesPerDecision).toBeGreaterThan(0);
		}
		expect(rows[1].events).toBeGreaterThan(rows[0].events);
	});

	it('times N replications of the default scenario', () => {
		const r = measureReplications(TINY);
		expect(r.runs).toBe(2);
		expect(r.msPerRun).toBeCloseTo(r.medianMs / 2, 12);
	});
});

describe('runBench(config) and formatReport(report)', () => {
	it('gives one JSON-safe object with the figures the issue asks for, and a PASS/FAIL table', () => {
		const report = JSON.parse(JSON.stringify(runBench(TINY)));
		expect(Object.keys(report)).toEqual(
			expect.arrayContaining([
				'hotLoopRatio',
				'simjsRatio',
				'simjsSpeedup',
				'orgEventRatio',
				'orgEngine',
				'scale',
				'replications100Ms',
				'goals'
			])
		);
		expect(Object.keys(report.scale[0])).toEqual(
			expect.arrayContaining([
				'teams',
				'weeks',
				'wallMs',
				'events',
				'eventsPerSecond',
				'peakHeapMb'
			])
		);
		const text = formatReport(report);
		expect(report.orgEventRatio).toBe(report.orgEngine.loopRatio);
		expect(text).toContain('engine (simulateQueue)');
		expect(text).toMatch(/Engine\.run \(event loop, RunTotals\) .* \d+\.\d\d$/m);
		expect(text).toMatch(/runSimulation \(loop \+ result\) .* \d+\.\d\d$/m);
		expect(text).toMatch(/hot loop: engine \/ reference .*(PASS|FAIL)/);
		expect(text).toMatch(/Replication memory .* 20 runs of 10 teams .* KB a run in ReplicaStore/);
	});

	it('checkGoals marks each goal against its target', () => {
		const timing = (meanTimeInSystem: number) => ({ meanTimeInSystem }) as QueueTiming;
		const hot = {
			hotLoopRatio: 1.2,
			simjsSpeedup: 5,
			theoryMeanTimeInSystem: 5,
			engine: timing(5.1),
			reference: timing(5.1),
			simjs: timing(5.1)
		} as HotLoopResult;
		const goals = checkGoals(hot, [], {
			runs: 100,
			medianMs: 1600,
			samplesMs: [],
			medianCpuMs: 1500,
			msPerRun: 16
		});
		expect(goals.map((g) => [g.name, g.pass])).toEqual([
			['hot loop: engine / reference', true],
			['simjs speed-up: simjs / engine', false],
			['same customers: spread of mean time in system', true],
			['simjs mean time in system vs theory, error', true],
			['100 replications, default scenario, ms', false]
		]);
	});
});

describe('measure', () => {
	it('pairedRatio(a, b) is the median of the per-round ratios', () => {
		expect(pairedRatio([2, 9, 4], [1, 3, 1])).toBe(3);
	});

	it('median of odd and even samples', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	it('timeInterleaved runs warm-ups, then reps rounds of every task', () => {
		const calls: string[] = [];
		const out = timeInterleaved(
			{ a: () => calls.push('a'), b: () => calls.push('b') },
			{ warmups: 1, reps: 2 }
		);
		expect(calls).toEqual(['a', 'b', 'a', 'b', 'b', 'a']);
		expect(out.a.samplesMs).toHaveLength(2);
	});

	it('measureHeap sees a large allocation in its peak', () => {
		// 200,000 small objects and the array holding them: well over 2 MB.
		const { heap } = measureHeap(() => new Array(200_000).fill(0).map((_, i) => ({ i })));
		expect(heap.peakBytes - heap.baselineBytes).toBeGreaterThan(2_000_000);
		expect(heap.allocatedBytes).toBeGreaterThan(2_000_000);
	});
});
