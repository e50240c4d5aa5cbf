/**
 * The sweep round of the browser benchmark: opens a /sweep link as a fresh navigation and times,
 * from the navigation's start (performance.timeOrigin), the first `[data-sweep-point]` in the
 * DOM (a point's outlook: its verdict and load, from its settings), the first point with its
 * runs' figures (no `data-runs-pending`) and the progress reading `data-state="done"`; long tasks on the main thread are those the
 * context's 'longtask' observer saw in that document. The issue's goals: first point within
 * 300 ms, no long task over 200 ms.
 */
import type { BrowserContext, Page } from '@playwright/test';

export const FIRST_POINT_GOAL_MS = 300;
export const LONG_TASK_LIMIT_MS = 200;

export interface SweepCase {
	label: string;
	query: string;
}

/**
 * The default scenario's teams-per-PM sweep and a 10 × 10 grid (100 points) at 10 runs a point:
 * at the default 20 runs the grid is above the heavy-run budget and would wait for Run.
 */
export const SWEEP_CASES: SweepCase[] = [
	{ label: 'teams per PM 1–10', query: 'vary=teamsPerPm:1..10' },
	{ label: '10 × 10 grid, 10 runs', query: 'runs=10&vary=teamsPerPm:1..10&vary=teamSize:3..12' }
];

export interface SweepSample {
	firstPointMs: number;
	firstRunsMs: number;
	allPointsMs: number;
	points: number;
	longTasks: number[];
}

/** Records, in every document of the context, when the first point and the end appear. */
export async function recordSweepMarks(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const marks: { first?: number; runs?: number; done?: number } = {};
		(window as unknown as { __sweepMarks: typeof marks }).__sweepMarks = marks;
		const observer = new MutationObserver(() => {
			if (marks.first === undefined && document.querySelector('[data-sweep-point]')) {
				marks.first = performance.now();
			}
			if (
				marks.runs === undefined &&
				document.querySelector('[data-sweep-point]:not([data-runs-pending])')
			) {
				marks.runs = performance.now();
			}
			if (marks.done === undefined && document.querySelector('[data-state="done"]')) {
				marks.done = performance.now();
				observer.disconnect();
			}
		});
		observer.observe(document, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['data-state', 'data-runs-pending']
		});
	});
}

async function openOnce(page: Page, url: string): Promise<SweepSample> {
	await page.goto(url);
	await page.waitForFunction(
		() => (window as unknown as { __sweepMarks: { done?: number } }).__sweepMarks.done,
		undefined,
		{ timeout: 180_000, polling: 250 }
	);
	return page.evaluate(() => {
		const w = window as unknown as {
			__sweepMarks: { first: number; runs: number; done: number };
			__longTasks: number[];
		};
		return {
			firstPointMs: w.__sweepMarks.first,
			firstRunsMs: w.__sweepMarks.runs,
			allPointsMs: w.__sweepMarks.done,
			points: document.querySelectorAll('[data-sweep-point]').length,
			longTasks: [...w.__longTasks]
		};
	});
}

/** Opens the sweep `repeats` times after one warm-up (the first opening fills the HTTP cache). */
export async function sweepRound(
	page: Page,
	baseUrl: string,
	sweep: SweepCase,
	repeats: number
): Promise<SweepSample[]> {
	const url = `${baseUrl}/sweep?${sweep.query}`;
	await openOnce(page, url);
	const samples: SweepSample[] = [];
	for (let i = 0; i < repeats; i++) samples.push(await openOnce(page, url));
	return samples;
}

export function sweepSummary(samples: SweepSample[], median: (values: number[]) => number) {
	const longTasks = samples.flatMap((s) => s.longTasks);
	return {
		firstPointMsMedian: median(samples.map((s) => s.firstPointMs)),
		firstPointMsMax: Math.max(...samples.map((s) => s.firstPointMs)),
		firstRunsMsMedian: median(samples.map((s) => s.firstRunsMs)),
		allPointsMsMedian: median(samples.map((s) => s.allPointsMs)),
		points: samples[0]?.points ?? 0,
		longTasksOver200: longTasks.filter((d) => d > LONG_TASK_LIMIT_MS).length,
		longestTask: Math.max(0, ...longTasks)
	};
}
