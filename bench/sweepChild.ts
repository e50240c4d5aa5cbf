/**
 * One sweep in a fresh process, for bench/sweep.ts: prints `{ wallMs, points, maxRssMb }`, so the
 * peak memory is this sweep's alone (maxRSS counts every thread of the process).
 *
 *   tsx bench/sweepChild.ts '<scenario>' <jobs> <runs> <vary>…
 */
import { parseScenarioParams } from '../src/lib/scenario/index';
import { parseVaries, pointCount, pointValues } from '../src/lib/sweep/index';
import { runPoints } from '../src/cli/pointPool';

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
