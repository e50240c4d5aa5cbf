import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseScenarioParams } from '../lib/scenario/index';
import { runSweepPoint, type SweepPoint } from '../lib/sweep/index';
import { bundleIsFresh, workerBundle } from './workerBundle';

/** Runs one point on a worker thread started from `bundle`, as the sweep's pool does. */
function pointOnWorker(bundle: string, link: string, values: Record<string, number>, runs: number) {
	const scenario = parseScenarioParams(link).scenario;
	const worker = new Worker(bundle, { workerData: { scenario, runs } });
	return new Promise<SweepPoint>((resolve, reject) => {
		worker.on('message', ({ point }: { point: SweepPoint }) => resolve(point));
		worker.on('error', reject);
		worker.postMessage({ index: 0, values });
	}).finally(() => worker.terminate());
}

describe('workerBundle(dir)', { timeout: 120_000 }, () => {
	const dir = mkdtempSync(join(tmpdir(), 'sweep-bundle-'));
	const inputsFile = join(dir, 'sweepWorker.inputs.json');

	it('builds plain JavaScript whose worker gives the figures this thread does, byte for byte', async () => {
		const bundle = await workerBundle(dir);
		expect(bundle).toBe(join(dir, 'sweepWorker.mjs'));
		// No TypeScript left for the thread to compile: the engine is inside the file.
		expect(readFileSync(bundle, 'utf8')).toContain('function runSweepPoint(');
		const link = 'preset=startup&weeks=13';
		const fromWorker = await pointOnWorker(bundle, link, { teamSize: 4 }, 2);
		const here = runSweepPoint(parseScenarioParams(link).scenario, { teamSize: 4 }, 2);
		expect(JSON.stringify(fromWorker)).toBe(JSON.stringify(here));
	});

	it('is reused while fresh and rebuilt when a file it was built from changed', async () => {
		const bundle = join(dir, 'sweepWorker.mjs');
		const built = statSync(bundle).mtimeMs;
		await workerBundle(dir);
		expect(statSync(bundle).mtimeMs).toBe(built);
		const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
		expect(inputs.files).toContain('src/lib/sweep/sweepPoint.ts');
		const build = inputs.build as string;
		expect(bundleIsFresh(bundle, inputsFile, build)).toBe(true);
		expect(bundleIsFresh(bundle, inputsFile, build.replace('esbuild', 'other'))).toBe(false);
		writeFileSync(inputsFile, JSON.stringify({ ...inputs, files: ['src/gone.ts'] }));
		expect(bundleIsFresh(bundle, inputsFile, build)).toBe(false);
		// As if every source had been edited after the build started.
		writeFileSync(inputsFile, JSON.stringify({ ...inputs, startedAt: 0 }));
		expect(bundleIsFresh(bundle, inputsFile, build)).toBe(false);
		await workerBundle(dir);
		expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
		expect(bundleIsFresh(bundle, inputsFile, build)).toBe(true);
	});
});
