import { describe, expect, it } from 'vitest';
import { presetScenario } from '$lib/scenario';
import { livePath, readReport, reportDate, reportTitle } from './reportParams';

const COMPARE =
	'v=2&a.preset=scale-up&a.name=Today&b.preset=scale-up&b.name=Proposed&b.teamsPerPm=2';

describe('a report link', () => {
	it('reads a comparison as A and B, titled and linked back to the compare page', () => {
		const report = readReport(new URLSearchParams(COMPARE));
		expect(report.compare).toBe(true);
		expect(report.issues).toEqual([]);
		expect(report.scenarios.map((s) => [s.name, s.teamsPerPm])).toEqual([
			['Today', presetScenario('scale-up').teamsPerPm],
			['Proposed', 2]
		]);
		expect(reportTitle(report)).toBe('Today compared with Proposed');
		const back = new URLSearchParams(livePath(report).replace('/compare?', ''));
		expect(livePath(report).startsWith('/compare?')).toBe(true);
		expect(back.get('b.teamsPerPm')).toBe('2');
		expect(back.get('a.name')).toBe('Today');
	});

	it('reads one scenario, names the part it could not use, and links back to the main page', () => {
		const report = readReport(new URLSearchParams('v=2&preset=po-only&teams=-3'));
		expect(report.compare).toBe(false);
		expect(report.scenarios).toHaveLength(1);
		expect(report.scenarios[0].teams).toBe(6);
		expect(report.issues).toEqual(['teams must be between 1 and 200; got "-3"; using 6']);
		expect(reportTitle(report)).toBe('PO only: nobody owns market and pricing');
		expect(livePath(report)).toMatch(/^\/\?.*preset=po-only/);
	});

	it('dates the report in words', () => {
		expect(reportDate(new Date(2026, 10, 29))).toBe('29 November 2026');
	});
});
