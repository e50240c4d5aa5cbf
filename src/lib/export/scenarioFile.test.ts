import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	parseScenarioParams,
	presetScenario,
	PRESET_IDS,
	toQueryString,
	type Scenario
} from '$lib/scenario';
import { readScenarioFile, scenarioFile, scenarioFileText } from './scenarioFile';

const custom: Scenario = {
	...presetScenario('enterprise'),
	name: 'Acme today',
	teams: 30,
	pmMeetings: 0.3
};

describe('scenarioFile(scenario)', () => {
	it('holds the format, the version, the link query and every setting', () => {
		const file = scenarioFile(custom);
		expect(file).toEqual({
			format: 'org-design-scenario',
			version: 1,
			query: 'v=2&preset=enterprise&name=Acme+today&teams=30&pmMeetings=0.3',
			scenario: custom
		});
	});
});

describe('readScenarioFile(text)', () => {
	it.each(PRESET_IDS)('re-imports the file of preset %s identically', (id) => {
		const scenario = { ...presetScenario(id), seed: 42 };
		const result = readScenarioFile(scenarioFileText(scenario));
		expect(result).toEqual({ ok: true, scenario, query: toQueryString(scenario), issues: [] });
	});

	it('re-imports a customised scenario identically', () => {
		expect(readScenarioFile(scenarioFileText(custom))).toEqual({
			ok: true,
			scenario: custom,
			query: toQueryString(custom),
			issues: []
		});
	});

	it.each([
		{
			name: 'not JSON',
			text: 'teams=8',
			message: 'This file is not a scenario file: it is not valid JSON.'
		},
		{
			name: 'JSON of another kind',
			text: '{"hello":"world"}',
			message: 'This file is not a scenario file: it has no "format": "org-design-scenario".'
		},
		{
			name: 'a version that is text',
			text: '{"format":"org-design-scenario","version":"1"}',
			message:
				'This file is not a scenario file: version: Invalid type: Expected number but received "1".'
		},
		{
			name: 'another format',
			text: '{"format":"vega-lite","version":1}',
			message:
				'This file is not a scenario file: its format is "vega-lite", not "org-design-scenario".'
		},
		{
			name: 'a newer version',
			text: '{"format":"org-design-scenario","version":3,"query":"v=1"}',
			message:
				'This scenario file was made by a newer version of the app (file version 3; this app reads version 1).'
		},
		{
			name: 'a version that is no version',
			text: '{"format":"org-design-scenario","version":0.5,"query":"v=1"}',
			message: 'This scenario file has an unknown version (0.5).'
		},
		{
			name: 'nothing inside',
			text: '{"format":"org-design-scenario","version":1}',
			message: 'This scenario file holds neither a scenario nor a query.'
		},
		{
			name: 'a bad scenario and no query',
			text: JSON.stringify({
				format: 'org-design-scenario',
				version: 1,
				scenario: { ...custom, teams: -3 }
			}),
			message:
				'This scenario file’s settings are not valid: teams: Invalid value: Expected >=1 but received -3.'
		},
		{
			name: 'a huge file',
			text: ' '.repeat(300 * 1024),
			message: 'This file is too large to be a scenario file (300 kB; a scenario is about 2 kB).'
		}
	])('refuses $name with a clear message', ({ text, message }) => {
		expect(readScenarioFile(text)).toEqual({ ok: false, message });
	});

	it('reads the query when the scenario object is bad, with the link messages', () => {
		const text = JSON.stringify({
			format: 'org-design-scenario',
			version: 1,
			query: 'v=2&preset=startup&teams=500&model=combined',
			scenario: { teams: 'many' }
		});
		const result = readScenarioFile(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.scenario).toEqual(presetScenario('startup'));
		expect(result.issues.map((i) => i.message)).toEqual([
			expect.stringMatching(/^The file’s scenario is not valid \(.+\); reading its query instead$/),
			'teams must be between 1 and 200; got "500"; using 1'
		]);
	});

	it('prefers the scenario object over a query that disagrees, and says so', () => {
		const file = { ...scenarioFile(custom), query: 'v=2&preset=enterprise&teams=12' };
		const result = readScenarioFile(JSON.stringify(file));
		expect(result.ok && result.scenario).toEqual(custom);
		expect(result.ok && result.issues.map((i) => i.message)).toEqual([
			'The file’s query and its scenario disagree on name, teams, pmMeetings; using the scenario'
		]);
	});

	it('never runs or keeps script from a name in the query', () => {
		const result = readScenarioFile(
			JSON.stringify({
				format: 'org-design-scenario',
				version: 1,
				query: 'name=<script>alert(1)</script>'
			})
		);
		expect(result.ok && result.scenario.name).toBe('scriptalert(1)/script');
	});
});

describe('readScenarioFile cleans the name as a link does', () => {
	const fileWithName = (name: string) =>
		JSON.stringify({ ...scenarioFile(custom), query: undefined, scenario: { ...custom, name } });

	it('drops markup from the scenario object, says so, and writes a link that reads back cleanly', () => {
		const result = readScenarioFile(fileWithName('<img src=x onerror=alert(1)>Acme'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.scenario.name).toBe('img src=x onerror=alert(1)Acme');
		expect(result.issues.map((i) => i.message)).toEqual([
			`name: characters such as < > " ' were removed`
		]);
		expect(parseScenarioParams(result.query).issues).toEqual([]);
		expect(parseScenarioParams(result.query).scenario).toEqual(result.scenario);
	});

	it('drops bidi overrides and control characters', () => {
		const result = readScenarioFile(fileWithName('Acme\u202e\u2066 plan\u0007'));
		expect(result.ok && result.scenario.name).toBe('Acme plan');
		expect(result.ok && result.issues.map((i) => i.message)).toEqual([
			'name: invisible control or direction characters were removed'
		]);
	});

	it('cuts a long name at 80 UTF-16 units without halving an emoji, instead of refusing it', () => {
		const result = readScenarioFile(fileWithName('x'.repeat(79) + '😀'.repeat(10)));
		expect(result.ok && result.scenario.name).toBe('x'.repeat(79));
		expect(result.ok && result.issues.map((i) => i.message)).toEqual([
			'name: it was cut to 80 characters'
		]);
	});

	it('any name in a file gives a link that the app reads back with no message', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 200 }),
					fc.string({ unit: 'grapheme', maxLength: 120 })
				),
				(name) => {
					const result = readScenarioFile(fileWithName(name));
					expect(result.ok).toBe(true);
					if (!result.ok) return;
					const again = parseScenarioParams(result.query);
					expect(again.issues).toEqual([]);
					expect(again.scenario.name).toBe(result.scenario.name);
				}
			),
			{ numRuns: 300 }
		);
	}, 60_000);
});

describe('readScenarioFile messages quote a short excerpt', () => {
	it.each([
		{ name: 'a long format', file: { format: 'f'.repeat(100_000), version: 1 } },
		{
			name: 'a long key in the scenario',
			file: {
				format: 'org-design-scenario',
				version: 1,
				scenario: { ...custom, ['k'.repeat(100_000)]: 1 }
			}
		},
		{
			name: 'a long model',
			file: {
				format: 'org-design-scenario',
				version: 1,
				scenario: { ...custom, model: 'm'.repeat(100_000) }
			}
		},
		{
			name: 'a long version text',
			file: { format: 'org-design-scenario', version: 'v'.repeat(100_000) }
		}
	])('$name gives a message under 300 characters', ({ file }) => {
		const result = readScenarioFile(JSON.stringify(file));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message.length).toBeLessThan(300);
		expect(result.message).toContain('(100,000 characters)');
	});
});
