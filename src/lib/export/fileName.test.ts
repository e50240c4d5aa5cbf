import { describe, expect, it } from 'vitest';
import { exportFileName, fileSlug } from './fileName';

describe('fileSlug(text)', () => {
	it.each([
		{ name: 'words', input: 'Lead-time distributions', expected: 'lead-time-distributions' },
		{ name: 'accents', input: 'Équipe Zürich', expected: 'equipe-zurich' },
		{ name: 'unsafe characters', input: '../../etc/passwd', expected: 'etc-passwd' },
		{ name: 'nothing usable', input: '★★★', expected: '' },
		{
			name: 'a long name is cut to 60 characters',
			input: 'a'.repeat(58) + ' bb cc',
			expected: 'a'.repeat(58) + '-b'
		}
	])('$name', ({ input, expected }) => {
		expect(fileSlug(input)).toBe(expected);
	});
});

describe('exportFileName(scenarioName, what, ext)', () => {
	it('joins the scenario and what the file holds', () => {
		expect(exportFileName('Acme today', 'Queues over time', 'svg')).toBe(
			'acme-today-queues-over-time.svg'
		);
	});
	it('falls back to "scenario" for a nameless scenario', () => {
		expect(exportFileName('', 'decisions', 'csv')).toBe('scenario-decisions.csv');
	});
});
