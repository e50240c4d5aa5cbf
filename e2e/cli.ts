import { execFileSync } from 'node:child_process';
import type { SimulationSummary } from '../src/lib/sim/types';

/**
 * What `npm run simulate -- '<query>' --json [--runs N]` prints for a scenario link: the figures
 * the pages must show for the same link.
 */
export function simulate(query: string, runs?: number): SimulationSummary {
	const args = ['tsx', 'src/cli/simulate.ts', query, '--json'];
	if (runs) args.push('--runs', String(runs));
	return JSON.parse(
		execFileSync('npx', args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 })
	);
}
