import { execFileSync } from 'node:child_process';
import type { SimulationSummary } from '../src/lib/sim/types';

const TSX = 'node_modules/.bin/tsx';

/**
 * The CLI's printed text per call, kept for this test worker: the CLI gives the same figures for
 * the same link every time (seeded runs), so a second test asking the same need not wait for it.
 */
const printed = new Map<string, string>();

/**
 * What `npm run simulate -- '<query>' --json [--runs N]` prints for a scenario link: the figures
 * the pages must show for the same link.
 */
export function simulate(query: string, runs?: number): SimulationSummary {
	const args = ['src/cli/simulate.ts', query, '--json'];
	if (runs) args.push('--runs', String(runs));
	const key = JSON.stringify(args);
	if (!printed.has(key)) {
		printed.set(
			key,
			// tsx from the project's own bin, as `npx tsx` finds it, without npx's half second.
			execFileSync(TSX, args, {
				encoding: 'utf8',
				timeout: 60_000,
				maxBuffer: 64 * 1024 * 1024
			})
		);
	}
	// Parsed afresh: a test may not change what the next one reads.
	return JSON.parse(printed.get(key)!);
}
