import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parameterTableMarkdown } from './parameterTable';
import { replaceGenerated } from '../../../scripts/readmeSection';

describe('README parameter table', () => {
	it('matches the settings table (run `npm run docs` after changing fields.ts)', () => {
		const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
		expect(replaceGenerated(readme, parameterTableMarkdown())).toBe(readme);
	});

	it('documents the keys that links rely on by name', () => {
		const table = parameterTableMarkdown();
		for (const key of [
			'v',
			'preset',
			'teams',
			'teamSize',
			'model',
			'teamsPerPm',
			'weeks',
			'seed'
		]) {
			expect(table).toContain(`| \`${key}\` |`);
		}
	});
});
