/**
 * SweepRun with stand-in workers: a light sweep starts at once, one point a worker, and this
 * thread draws every point's outlook (what its settings decide) while the runs go on, each
 * replaced by the point's own figures when they come; a sweep whose points' runs together pass the heavy-run budget waits in `confirm`
 * with its estimate and posts nothing until confirm() (issue 12, point 3, for /sweep).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseScenarioParams } from '$lib/scenario';
import { HEAVY_WORK_EVENTS } from '$lib/sim/workEstimate';
import { parseVaries, pointOutlook, pointValues, type SweepPoint } from '$lib/sweep';
import type { SweepPointRequest } from '$lib/workers/sweep.worker';
import { SweepRun } from './SweepRun.svelte';

const started: StandInWorker[] = [];

class StandInWorker {
	received: SweepPointRequest[] = [];
	terminated = false;
	onmessage: ((event: { data: unknown }) => void) | null = null;
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
	vi.stubGlobal('requestAnimationFrame', (next: () => void) => setTimeout(next, 0));
});
afterEach(() => vi.unstubAllGlobals());

describe('SweepRun', () => {
	it('starts a light sweep at once: a point per worker, and every point’s outlook on this thread', async () => {
		const run = new SweepRun();
		const vary = parseVaries(['teamsPerPm=1..10']);
		run.start(scenario, vary, 20);
		expect(run.state).toBe('running');
		expect(run.estimate!.events).toBeLessThan(HEAVY_WORK_EVENTS);
		const requests = posted();
		expect(requests.length).toBe(run.poolSize);
		expect(requests.every((r) => r.runs === 20)).toBe(true);
		// The first slice of outlooks is worked out before start() returns: a point to draw at once.
		expect(run.outlooks.size).toBeGreaterThan(0);
		expect(run.firstMs).not.toBeNull();
		expect(run.firstRunsMs).toBeNull();
		await vi.waitFor(() => expect(run.outlooks.size).toBe(10));
		for (let index = 0; index < 10; index++) {
			expect(run.outlooks.get(index)).toEqual(pointOutlook(scenario, pointValues(vary, index), 20));
		}
		expect(new Set([...run.outlooks.values()].map((o) => o.verdict)).size).toBeGreaterThan(1);

		// A point's own figures replace its outlook, and the next point goes to that worker.
		const worker = started.find((w) => w.received.some((r) => r.index === 0))!;
		const own: SweepPoint = {
			...pointOutlook(scenario, pointValues(vary, 0), 20),
			decisions: {
				roadmap: { leadTimeDays: { p50: 20, p85: 30 }, throughputPerWeek: 1 },
				backlog: { leadTimeDays: { p50: 5, p85: 9 }, throughputPerWeek: 12 },
				pricing: { leadTimeDays: { p50: 8, p85: 12 }, throughputPerWeek: 0.2 }
			},
			costPerDecision: 4000
		};
		worker.onmessage!({ data: { type: 'point', index: 0, point: own } });
		await vi.waitFor(() => expect(run.points.get(0)).toEqual(own));
		expect(run.outlooks.has(0)).toBe(false);
		expect(run.outlooks.size).toBe(9);
		expect(run.firstRunsMs).not.toBeNull();
		expect(worker.received.length).toBe(2);
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
		// Outlooks cost no run: the first are drawn while the sweep waits for Run.
		expect(run.outlooks.size).toBeGreaterThan(0);
		expect(run.outlooks.get(0)).toEqual(
			pointOutlook(scenario, pointValues(parseVaries(['teams=2..200:2', 'teamSize=3..12']), 0), 10)
		);

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
		expect(run.outlooks.size).toBe(0);
		run.confirm();
		expect(run.state).toBe('cancelled');
		expect(posted()).toEqual([]);
		run.start(scenario, vary, 10);
		expect(run.state).toBe('confirm');
		run.destroy();
	});
});
