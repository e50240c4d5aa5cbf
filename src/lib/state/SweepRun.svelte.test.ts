/**
 * SweepRun with stand-in workers: a light sweep starts at once, one point a worker, the first
 * provisional; a sweep whose points' runs together pass the heavy-run budget waits in `confirm`
 * with its estimate and posts nothing until confirm() (issue 12, point 3, for /sweep).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseScenarioParams } from '$lib/scenario';
import { HEAVY_WORK_EVENTS } from '$lib/sim/workEstimate';
import { parseVaries } from '$lib/sweep';
import type { SweepPointRequest } from '$lib/workers/sweep.worker';
import { SweepRun } from './SweepRun.svelte';

const started: StandInWorker[] = [];

class StandInWorker {
	received: SweepPointRequest[] = [];
	terminated = false;
	onmessage: unknown = null;
	onerror: unknown = null;
	constructor() {
		started.push(this);
	}
	postMessage(request: SweepPointRequest): void {
		this.received.push(request);
	}
	terminate(): void {
		this.terminated = true;
	}
}

const posted = () => started.flatMap((w) => w.received);
const scenario = parseScenarioParams(new URLSearchParams('v=2&preset=scale-up')).scenario;

beforeEach(() => {
	started.length = 0;
	vi.stubGlobal('Worker', StandInWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('SweepRun', () => {
	it('starts a light sweep at once: a point per worker, each worker’s first provisional', () => {
		const run = new SweepRun();
		run.start(scenario, parseVaries(['teamsPerPm=1..10']), 20);
		expect(run.state).toBe('running');
		expect(run.estimate!.events).toBeLessThan(HEAVY_WORK_EVENTS);
		const requests = posted();
		expect(requests.length).toBe(run.poolSize);
		expect(requests.every((r) => r.provisional && r.runs === 20)).toBe(true);
		run.destroy();
	});

	it('holds a heavy sweep in confirm with its estimate, posting nothing until confirm()', () => {
		const run = new SweepRun();
		run.start(scenario, parseVaries(['teams=2..200:2', 'teamSize=3..12']), 10);
		expect(run.state).toBe('confirm');
		expect(run.total).toBe(1000);
		expect(run.estimate!.events).toBeGreaterThan(HEAVY_WORK_EVENTS);
		expect(run.estimate!.runs).toBe(10_000);
		expect(run.estimatedSeconds).toBeGreaterThan(60);
		expect(posted()).toEqual([]);

		run.confirm();
		expect(run.state).toBe('running');
		const requests = posted();
		expect(requests.length).toBe(run.poolSize);
		expect(requests[0]).toMatchObject({ index: 0, values: { teams: 2, teamSize: 3 }, runs: 10 });
		run.destroy();
	});

	it('a heavy sweep cancelled before it runs posts nothing and can be asked again', () => {
		const run = new SweepRun();
		const vary = parseVaries(['teams=2..200:2', 'teamSize=3..12']);
		run.start(scenario, vary, 10);
		run.cancel();
		expect(run.state).toBe('cancelled');
		run.confirm();
		expect(run.state).toBe('cancelled');
		expect(posted()).toEqual([]);
		run.start(scenario, vary, 10);
		expect(run.state).toBe('confirm');
		run.destroy();
	});
});
