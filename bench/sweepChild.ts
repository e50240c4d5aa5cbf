/**
 * One sweep in a fresh process, for bench/sweep.ts: prints `{ wallMs, points, maxRssMb }`, so the
 * peak memory is this sweep's alone (maxRSS counts every thread of the process).
 *
 *   tsx bench/sweepChild.ts '<scenario>' <jobs> <runs> <vary>…
 *   tsx bench/sweepChild.ts --build    (prints `{ buildMs }`: the worker bundle built afresh)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenarioParams } from '../src/lib/scenario/index';
import { parseVaries, pointCount, pointValues } from '../src/lib/sweep/index';
import { runPoints } from '../src/cli/pointPool';
import { workerBundle } from '../src/cli/workerBundle';

if (process.argv[2] === '--build') {
	// The sweeps' own bundle made fresh first, so no timed row pays for a build.
	await workerBundle();
	const dir = mkdtempSync(join(tmpdir(), 'sweep-bundle-'));
	const started = performance.now();
	await workerBundle(dir);
	const buildMs = performance.now() - started;
	rmSync(dir, { recursive: true });
	process.stdout.write(JSON.stringify({ buildMs }) + '\n');
	process.exit(0);
}

const [link, jobs, runs, ...specs] = process.argv.slice(2);
const scenario = parseScenarioParams(link).scenario;
const vary = parseVaries(specs);
const count = pointCount(vary);
let received = 0;
const started = performance.now();
await runPoints({
	scenario,
	runs: Number(runs),
	jobs: Number(jobs),
	points: (function* () {
		for (let index = 0; index < count; index++) yield { index, values: pointValues(vary, index) };
	})(),
	// Points are counted and dropped, as a streamed output does.
	onPoint: () => received++
});
const wallMs = performance.now() - started;
process.stdout.write(
	JSON.stringify({ wallMs, points: received, maxRssMb: process.resourceUsage().maxRSS / 1024 }) +
		'\n'
);
