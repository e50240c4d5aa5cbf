/**
 * A scenario as a file to keep or send: `{ format: 'org-design-scenario', version: 1, query,
 * scenario }`. `query` is the link form (what the app reads); `scenario` is every setting spelled
 * out, so a person can read and edit the file. Importing checks both with the same schema as a
 * link; a file that cannot be used gives one clear message, never an exception.
 */
import * as v from 'valibot';
import {
	cleaningNote,
	cleanName,
	excerpt,
	excerptName,
	FIELD_BY_KEY,
	FIELDS,
	parseScenarioParams,
	ScenarioSchema,
	toQueryString,
	type Scenario,
	type ScenarioIssue
} from '$lib/scenario';

export const SCENARIO_FILE_FORMAT = 'org-design-scenario';
export const SCENARIO_FILE_VERSION = 1;
/** A scenario file is about 2 kB; anything far larger is not one. */
export const MAX_SCENARIO_FILE_BYTES = 256 * 1024;

export interface ScenarioFile {
	format: typeof SCENARIO_FILE_FORMAT;
	version: number;
	query: string;
	scenario: Scenario;
}

export function scenarioFile(scenario: Scenario): ScenarioFile {
	return {
		format: SCENARIO_FILE_FORMAT,
		version: SCENARIO_FILE_VERSION,
		query: toQueryString(scenario),
		scenario: { ...scenario }
	};
}

export function scenarioFileText(scenario: Scenario): string {
	return JSON.stringify(scenarioFile(scenario), null, 2) + '\n';
}

export type ScenarioImport =
	| {
			ok: true;
			scenario: Scenario;
			query: string;
			/** Parts that were repaired or ignored, as for a link; empty for a clean file. */
			issues: ScenarioIssue[];
	  }
	| { ok: false; message: string };

const FileShape = v.looseObject({
	format: v.string(),
	version: v.number(),
	query: v.optional(v.string()),
	scenario: v.optional(v.unknown())
});

/**
 * A schema issue in words, quoting what the file holds as an excerpt: valibot's own message
 * repeats the whole value it received, and a key or value can be as long as the file.
 */
function issueText(issue: v.BaseIssue<unknown>): string {
	const path = issue.path?.map((p) => String(p.key)).join('.');
	const received = typeof issue.input === 'string' ? excerpt(issue.input) : issue.received;
	const message = issue.message.endsWith(issue.received)
		? issue.message.slice(0, issue.message.length - issue.received.length) + received
		: excerpt(issue.message);
	return path ? `${excerptName(path)}: ${message}` : message;
}

const NAME_FIELD = FIELD_BY_KEY.get('name') as { maxLength: number };

/**
 * Cleans the file's name the way a link's name is cleaned, so the app's own link to the imported
 * scenario reads back with no message.
 */
function withCleanName(scenario: unknown, issues: ScenarioIssue[]): unknown {
	if (typeof scenario !== 'object' || scenario === null) return scenario;
	const raw = (scenario as { name?: unknown }).name;
	if (typeof raw !== 'string') return scenario;
	const clean = cleanName(raw, NAME_FIELD.maxLength);
	const note = cleaningNote('name', clean, NAME_FIELD.maxLength);
	if (note) issues.push({ key: 'name', value: raw, message: note });
	return { ...scenario, name: clean.name };
}

const fail = (message: string): ScenarioImport => ({ ok: false, message });

function differences(a: Scenario, b: Scenario): string[] {
	const keys = ['preset', ...FIELDS.map((f) => f.key)] as (keyof Scenario)[];
	return keys.filter((k) => a[k] !== b[k]).map(String);
}

/**
 * Reads a scenario file. The `scenario` object wins when it is valid (it is the part people
 * edit by hand); otherwise the `query` is read as a link would be, keeping its valid parts.
 */
export function readScenarioFile(text: string): ScenarioImport {
	if (text.length > MAX_SCENARIO_FILE_BYTES) {
		return fail(
			`This file is too large to be a scenario file (${Math.round(text.length / 1024)} kB; a scenario is about 2 kB).`
		);
	}
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return fail('This file is not a scenario file: it is not valid JSON.');
	}
	if (typeof data !== 'object' || data === null || !('format' in data)) {
		return fail(`This file is not a scenario file: it has no "format": "${SCENARIO_FILE_FORMAT}".`);
	}
	const shape = v.safeParse(FileShape, data);
	if (!shape.success) {
		return fail(`This file is not a scenario file: ${issueText(shape.issues[0])}.`);
	}
	const file = shape.output;
	if (file.format !== SCENARIO_FILE_FORMAT) {
		return fail(
			`This file is not a scenario file: its format is ${excerpt(file.format)}, not "${SCENARIO_FILE_FORMAT}".`
		);
	}
	if (!Number.isInteger(file.version) || file.version < 1) {
		return fail(`This scenario file has an unknown version (${file.version}).`);
	}
	if (file.version > SCENARIO_FILE_VERSION) {
		return fail(
			`This scenario file was made by a newer version of the app (file version ${file.version}; this app reads version ${SCENARIO_FILE_VERSION}).`
		);
	}
	if (file.scenario === undefined && file.query === undefined) {
		return fail('This scenario file holds neither a scenario nor a query.');
	}

	const nameIssues: ScenarioIssue[] = [];
	const fromObject =
		file.scenario === undefined
			? null
			: v.safeParse(ScenarioSchema, withCleanName(file.scenario, nameIssues));
	if (fromObject?.success) {
		const scenario = fromObject.output;
		const issues: ScenarioIssue[] = [...nameIssues];
		if (file.query !== undefined) {
			const fromQuery = parseScenarioParams(file.query).scenario;
			const differ = differences(scenario, fromQuery);
			if (differ.length) {
				issues.push({
					key: 'query',
					value: file.query.slice(0, 40),
					message: `The file’s query and its scenario disagree on ${differ.slice(0, 5).join(', ')}${differ.length > 5 ? ', …' : ''}; using the scenario`
				});
			}
		}
		return { ok: true, scenario, query: toQueryString(scenario), issues };
	}
	if (file.query === undefined) {
		return fail(
			`This scenario file’s settings are not valid: ${issueText(fromObject!.issues[0])}.`
		);
	}
	const parsed = parseScenarioParams(file.query);
	const issues = [...parsed.issues];
	if (fromObject) {
		issues.unshift({
			key: 'scenario',
			value: '',
			message: `The file’s scenario is not valid (${issueText(fromObject.issues[0])}); reading its query instead`
		});
	}
	return {
		ok: true,
		scenario: parsed.scenario,
		query: toQueryString(parsed.scenario),
		issues
	};
}
