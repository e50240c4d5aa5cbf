import { sveltekit } from '@sveltejs/kit/vite';
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
		testTimeout: 20_000
	}
});
