import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Engine sources (not tests): everything under src/lib/sim. */
function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
	});
}

describe('the engine stays pure', () => {
	it.each([
		{ name: 'Math.random', input: /Math\.random\(/, expected: [] },
		{ name: 'the host clock', input: /Date\.now\(|new Date\(|performance\.now\(/, expected: [] },
		{ name: 'Svelte', input: /from 'svelte|\.svelte'/, expected: [] },
		{ name: 'the DOM', input: /\b(document|window)\./, expected: [] }
	])('no source uses $name', ({ input, expected }) => {
		const offenders = sources('src/lib/sim').filter((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.some((line) => !/^\s*(\*|\/\/)/.test(line) && input.test(line))
		);
		expect(offenders).toEqual(expected);
	});
});
