/**
 * The browser benchmark: how long a changed setting takes to reach every view, in the built app
 * in Chromium. Assumes `npm run build` has been run; starts `vite preview` on a free port, opens
 * the default scenario, and changes "Teams" 30 times through the panel's input (8 ↔ 9), as a
 * person typing would; then the same on a 50-team organisation (50 ↔ 51).
 *
 * Each change is timed inside the page, from just before the input event to the moment
 * ResultsView reports the new scenario:
 * - rendered: every view and headline figure shows the new scenario's own run, the figures the
 *   CLI prints for its link (`data-updated-at`);
 * - final: the replications are in too, with the ranges under the figures and on the lead-time
 *   view (`data-final-at`): the last view updated, reported as `updateMs`.
 * Long tasks (PerformanceObserver 'longtask') over 200 ms are counted during the 50-team round.
 *
 * Then the sweep round (sweepRound.ts): /sweep links of the default scenario (teams per PM 1–10,
 * and a 10 × 10 grid) opened afresh, timed to the first point drawn and to the last, with long
 * tasks counted; goals: first point within 300 ms, no long task over 200 ms.
 *
 * `npx tsx bench-browser/run.ts [--json] [--changes N] [--sweep-only] [--sweep-repeats N]`
 * With --json: {updateMsMedian, updateMsP95, updateMsMedian50Teams, longTasksOver200ms50Teams,
 * sweeps: [{label, firstPointMsMedian, allPointsMsMedian, longTasksOver200, ...}], ...}.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { preview } from 'vite';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium';
import {
	FIRST_POINT_GOAL_MS,
	LONG_TASK_LIMIT_MS,
	recordSweepMarks,
	SWEEP_CASES,
	sweepRound,
	sweepSummary
} from './sweepRound';

interface Sample {
	renderedMs: number;
	finalMs: number;
	/** To the first animation frame after the final update: when it can be on screen. */
	paintMs: number;
}

interface Round {
	label: string;
	teams: [number, number];
	samples: Sample[];
	longTasks: number[];
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const i = (sorted.length - 1) * p;
	const lo = Math.floor(i);
	const hi = Math.ceil(i);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** Types a value into the "Teams" box and times the update inside the page. */
async function change(page: Page, value: number): Promise<Sample> {
	const input = page.getByLabel('Teams', { exact: true });
	return input.evaluate(async (element, next) => {
		const box = element as HTMLInputElement;
		const section = document.querySelector<HTMLElement>('[data-testid="results"]')!;
		const before = { rendered: section.dataset.updatedAt, final: section.dataset.finalAt };
		const t0 = performance.now();
		box.value = String(next);
		box.dispatchEvent(new Event('input', { bubbles: true }));
		box.dispatchEvent(new Event('change', { bubbles: true }));
		await new Promise<void>((resolve, reject) => {
			const timeout = setTimeout(() => reject(new Error('no update within 60 s')), 60_000);
			const check = () => {
				if (
					section.dataset.finalAt !== before.final &&
					section.dataset.updatedAt !== before.rendered
				) {
					observer.disconnect();
					clearTimeout(timeout);
					resolve();
				}
			};
			const observer = new MutationObserver(check);
			observer.observe(section, { attributes: true });
			check();
		});
		const finalAt = Number(section.dataset.finalAt);
		const renderedAt = Number(section.dataset.updatedAt);
		const painted = await new Promise<number>((resolve) =>
			requestAnimationFrame(() => resolve(performance.now()))
		);
		return { renderedMs: renderedAt - t0, finalMs: finalAt - t0, paintMs: painted - t0 };
	}, value);
}

async function round(
	page: Page,
	baseUrl: string,
	label: string,
	teams: [number, number],
	changes: number,
	warmups: number
): Promise<Round> {
	await page.goto(`${baseUrl}/?preset=scale-up&teams=${teams[0]}`);
	await page.waitForSelector('body[data-hydrated="true"]');
	await page.waitForSelector('[data-testid="results"][data-final-at]', { timeout: 60_000 });
	await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
	const samples: Sample[] = [];
	for (let i = 0; i < warmups + changes; i++) {
		const value = teams[(i + 1) % 2];
		const sample = await change(page, value);
		if (i >= warmups) samples.push(sample);
	}
	const longTasks = await page.evaluate(
		() => (window as unknown as { __longTasks: number[] }).__longTasks
	);
	return { label, teams, samples, longTasks };
}

function summary(r: Round) {
	const final = r.samples.map((s) => s.finalMs);
	const rendered = r.samples.map((s) => s.renderedMs);
	const paint = r.samples.map((s) => s.paintMs);
	return {
		finalMedian: percentile(final, 0.5),
		finalP95: percentile(final, 0.95),
		renderedMedian: percentile(rendered, 0.5),
		renderedP95: percentile(rendered, 0.95),
		paintMedian: percentile(paint, 0.5),
		longTasksOver200: r.longTasks.filter((d) => d > 200).length,
		longestTask: Math.max(0, ...r.longTasks)
	};
}

async function main(argv: string[]): Promise<void> {
	const json = argv.includes('--json');
	const changesAt = argv.indexOf('--changes');
	const changes = changesAt >= 0 ? Number(argv[changesAt + 1]) : 30;
	const sweepOnly = argv.includes('--sweep-only');
	const repeatsAt = argv.indexOf('--sweep-repeats');
	const sweepRepeats = repeatsAt >= 0 ? Number(argv[repeatsAt + 1]) : 3;
	for (const [flag, n] of [
		['--changes', changes],
		['--sweep-repeats', sweepRepeats]
	] as const) {
		if (!Number.isInteger(n) || n < 1) {
			process.stderr.write(`bench-browser: ${flag} needs a positive whole number\n`);
			process.exit(2);
		}
	}
	if (!existsSync('build/index.html')) {
		process.stderr.write('bench-browser: no build/ here; run `npm run build` first\n');
		process.exit(2);
	}
	const port = await freePort();
	const server = await preview({
		logLevel: 'error',
		preview: { port, strictPort: true, host: '127.0.0.1', open: false }
	});
	const baseUrl = `http://127.0.0.1:${port}`;
	const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
	try {
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		// tsx compiles this file with esbuild's keepNames, which wraps named functions in a
		// `__name(...)` helper; the functions Playwright sends into the page need it there too.
		await context.addInitScript('window.__name = (fn) => fn;');
		await context.addInitScript(() => {
			const store = ((window as unknown as { __longTasks: number[] }).__longTasks = []);
			try {
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) {
						(window as unknown as { __longTasks: number[] }).__longTasks.push(entry.duration);
					}
				}).observe({ type: 'longtask', buffered: true });
			} catch {
				void store;
			}
		});
		await recordSweepMarks(context);
		const page = await context.newPage();
		const lines: string[] = [];
		let result: Record<string, unknown> = { changes, cpus: cpus().length };
		if (!sweepOnly) {
			const small = await round(page, baseUrl, 'default (8 ↔ 9 teams)', [8, 9], changes, 2);
			const large = await round(page, baseUrl, '50 teams (50 ↔ 51)', [50, 51], changes, 1);
			const a = summary(small);
			const b = summary(large);
			result = {
				updateMsMedian: round1(a.finalMedian),
				updateMsP95: round1(a.finalP95),
				updateMsMedian50Teams: round1(b.finalMedian),
				longTasksOver200ms50Teams: b.longTasksOver200,
				renderMsMedian: round1(a.renderedMedian),
				renderMsP95: round1(a.renderedP95),
				renderMsMedian50Teams: round1(b.renderedMedian),
				longestTaskMs50Teams: round1(b.longestTask),
				...result
			};
			lines.push(
				`Browser update latency: Chromium, built app, ${changes} changes of "Teams" per scenario, ${cpus().length} CPUs`,
				'"all views" = every view and headline figure shows the new scenario (its own run, the figures the CLI prints);',
				'"final" = the replications are in too (the ranges under the figures and on the lead times)',
				'',
				'scenario                 all views median   p95     final median   p95     long tasks >200 ms',
				...[
					[small, a],
					[large, b]
				].map(([r, s]) => {
					const round = r as Round;
					const sum = s as ReturnType<typeof summary>;
					return `${round.label.padEnd(24)} ${ms(sum.renderedMedian).padStart(10)} ${ms(sum.renderedP95).padStart(9)} ${ms(sum.finalMedian).padStart(12)} ${ms(sum.finalP95).padStart(9)}   ${sum.longTasksOver200} (longest ${ms(sum.longestTask)})`;
				}),
				'',
				`Goal: final median under 200 ms for the default scenario: ${a.finalMedian < 200 ? 'PASS' : 'FAIL'} (${ms(a.finalMedian)})`,
				`Goal: no long task over 200 ms for 50 teams: ${b.longTasksOver200 === 0 ? 'PASS' : 'FAIL'}`,
				''
			);
		}
		const sweeps = [];
		for (const sweep of SWEEP_CASES) {
			const s = sweepSummary(await sweepRound(page, baseUrl, sweep, sweepRepeats), (v) =>
				percentile(v, 0.5)
			);
			sweeps.push({ label: sweep.label, query: sweep.query, ...s });
		}
		result = { ...result, sweeps, sweepRepeats };
		lines.push(
			`Sweeps: /sweep links of the default scenario opened ${sweepRepeats} times each (after a warm-up), timed from the navigation`,
			'(first point: its outlook, verdict and load from its settings; first runs: the first point with its runs’ figures)',
			'sweep                points   first point median   max   first runs median   all points median   long tasks >200 ms',
			...sweeps.map(
				(s) =>
					`${s.label.padEnd(20)} ${String(s.points).padStart(6)} ${ms(s.firstPointMsMedian).padStart(20)} ${ms(s.firstPointMsMax).padStart(7)} ${ms(s.firstRunsMsMedian).padStart(19)} ${ms(s.allPointsMsMedian).padStart(19)}   ${s.longTasksOver200} (longest ${ms(s.longestTask)})`
			),
			'',
			...sweeps.flatMap((s) => [
				`Goal: first point of "${s.label}" within ${FIRST_POINT_GOAL_MS} ms: ${s.firstPointMsMax <= FIRST_POINT_GOAL_MS ? 'PASS' : 'FAIL'} (median ${ms(s.firstPointMsMedian)}, max ${ms(s.firstPointMsMax)})`,
				`Goal: no long task over ${LONG_TASK_LIMIT_MS} ms during "${s.label}": ${s.longTasksOver200 === 0 ? 'PASS' : 'FAIL'} (longest ${ms(s.longestTask)})`
			])
		);
		process.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : lines.join('\n') + '\n');
	} finally {
		await browser.close();
		await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
	}
}

function round1(n: number): number {
	return Math.round(n * 10) / 10;
}

function ms(n: number): string {
	return `${Math.round(n)} ms`;
}

main(process.argv.slice(2)).catch((error) => {
	process.stderr.write(`bench-browser: ${error instanceof Error ? error.stack : String(error)}\n`);
	process.exit(1);
});
