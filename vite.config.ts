import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		// Simulation tests take 1–3 s on an idle 2-core machine; a busy CI box can double that.
		// Behaviour is asserted by values, never by time, so a slow machine must not fail them.
		testTimeout: 20_000,
		// Vitest runs on cores − 1 by default: one file at a time on a 2-core machine. The test
		// files are CPU-bound simulations and the main process waits, so use every core
		// (measured on 2 cores: 81 s against 125 s).
		maxWorkers: availableParallelism()
	}
});
