import {
	excerpt,
	excerptName,
	FIELDS,
	type ChoiceField,
	type NumberField
} from '../scenario/index';

/** A swept setting's value: a number, or one option of a choice (`model` = `combined`). */
export type SweepValue = number | string;
/** The settings of one point: `{ teamsPerPm: 4 }`, `{ teams: 20, model: 'separate' }`. */
export type SweepValues = Record<string, SweepValue>;

/**
 * A setting swept over a list of values: `KEY=FROM..TO[:STEP|:log]` on the command line,
 * `KEY:FROM..TO[:STEP|:log]` in a link (docs/sweep.md); or, second, a choice setting over some
 * of its options, `model:combined,separate`, drawn as one line per option.
 */
export interface Vary {
	key: string;
	values: SweepValue[];
}

/** A sweep asks at most this many points: 10,000 points of 20 runs is hours on a laptop. */
export const MAX_SWEEP_POINTS = 10_000;
/** One setting, or two for a grid (a heatmap); a third has no chart to show it. */
export const MAX_VARY_KEYS = 2;
/** Values of a `:log` sweep: ten, evenly spaced on a log scale (assumption: enough for a curve). */
export const LOG_POINTS = 10;
/** Values of a decimal setting's sweep without a step: ten intervals (assumption, as above). */
export const DEFAULT_INTERVALS = 10;
/** Digits kept of a computed value, so 0.1 + 0.2 is written 0.3 in the point's link. */
const SIGNIFICANT_DIGITS = 12;

/** `runs` is how many replications each point gets (--runs), not a setting to sweep. */
const NOT_SWEPT = new Set(['runs']);

/** The settings a sweep can vary: every numeric setting except `runs`. */
export const SWEEPABLE_FIELDS: readonly NumberField[] = FIELDS.filter(
	(f): f is typeof f & NumberField =>
		(f.type === 'int' || f.type === 'number') && !NOT_SWEPT.has(f.key)
);
const SWEEPABLE = new Map(SWEEPABLE_FIELDS.map((f) => [f.key, f]));
/** The choice settings a sweep can compare as lines (`model`, `planning`, …). */
export const LINE_FIELDS: readonly ChoiceField[] = FIELDS.filter(
	(f): f is typeof f & ChoiceField => f.type === 'choice'
);
const LINES = new Map(LINE_FIELDS.map((f) => [f.key, f]));

/** True when the vary is a choice setting's options, drawn as lines (not a number axis). */
export function isLineVary(vary: Vary | undefined): boolean {
	return vary !== undefined && vary.values.some((v) => typeof v === 'string');
}

export class VaryError extends Error {}

const tidy = (x: number) => Number(x.toPrecision(SIGNIFICANT_DIGITS));

/** Edit distance of two short keys, for "did you mean" on a mistyped key. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length];
}

/** How many keys an unknown key's message lists, the closest first (assumption: a glance). */
export const LISTED_KEYS = 6;

/**
 * The settings closest to a mistyped key: a near miss, then those containing it (or contained
 * in it), then by edit distance; all of them when there are few.
 */
export function closestKeys(key: string, count = LISTED_KEYS): string[] {
	const keys = [...SWEEPABLE_FIELDS, ...LINE_FIELDS].map((f) => f.key);
	if (keys.length <= count) return keys;
	const lower = key.slice(0, 40).toLowerCase();
	// A near miss first (the "did you mean"), then keys holding the text ("hours"), then the rest.
	const rank = (candidate: string) => {
		const k = candidate.toLowerCase();
		const d = distance(lower, k);
		if (d <= 2) return d;
		const inside = lower.length > 1 && (k.includes(lower) || lower.includes(k));
		return (inside ? 10 : 100) + d;
	};
	return keys
		.map((k) => ({ k, r: rank(k) }))
		.sort((a, b) => a.r - b.r)
		.slice(0, count)
		.map((c) => c.k);
}

function hintFor(key: string): string {
	if (key.length > 40) return '';
	const lower = key.toLowerCase();
	const near = SWEEPABLE_FIELDS.map((f) => ({
		key: f.key,
		d: distance(lower, f.key.toLowerCase())
	}))
		.filter((c) => c.d <= 2)
		.sort((a, b) => a.d - b.d)[0];
	return near ? ` (did you mean ${near.key}?)` : '';
}

/**
 * "Unknown setting "tems" to sweep (did you mean teams?); closest: teams, …" and where the
 * whole list is: the README's parameter table (and `npm run sweep -- --help`).
 */
function unknownKeyMessage(key: string): string {
	const all = SWEEPABLE_FIELDS.length + LINE_FIELDS.length;
	return (
		`Unknown setting ${excerpt(key)} to sweep${hintFor(key)}; closest: ${closestKeys(key).join(', ')} ` +
		`(all ${all} are in the README's parameter table: its number settings but runs, and its choices as lines)`
	);
}

function readNumber(text: string, what: string, spec: string): number {
	if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text.trim())) {
		throw new VaryError(`${what} in ${excerpt(spec)} must be a number; got ${excerpt(text)}`);
	}
	return Number(text);
}

/** How many values FROM..TO in steps of STEP has, without listing them. */
function stepCount(from: number, to: number, step: number): number {
	return Math.floor(tidy(Math.abs(to - from) / step)) + 1;
}

/** The values of one spec; FROM above TO sweeps downwards. */
function valuesOf(field: NumberField, from: number, to: number, mode: string | null, spec: string) {
	const direction = to >= from ? 1 : -1;
	if (mode === 'log') {
		if (from <= 0 || to <= 0) {
			throw new VaryError(`a :log sweep needs values above 0; ${field.key} goes from ${from}`);
		}
		const count = from === to ? 1 : LOG_POINTS;
		const values: number[] = [];
		for (let i = 0; i < count; i++) {
			const raw = count === 1 ? from : from * Math.pow(to / from, i / (count - 1));
			// Three significant figures for decimals: 32.8 h reads as a setting, 32.8074302287 does not.
			const value = field.type === 'int' ? Math.round(raw) : Number(raw.toPrecision(3));
			if (values[values.length - 1] !== value) values.push(value);
		}
		return values;
	}
	const step =
		mode === null
			? field.type === 'int'
				? 1
				: tidy(Math.abs(to - from) / DEFAULT_INTERVALS) || 1
			: readNumber(mode, 'the step', spec);
	if (!(step > 0)) throw new VaryError(`the step in ${excerpt(spec)} must be above 0; got ${mode}`);
	if (field.type === 'int' && !Number.isInteger(step)) {
		throw new VaryError(`${field.key} is a whole number, so its step must be too; got ${mode}`);
	}
	const count = stepCount(from, to, step);
	if (count > MAX_SWEEP_POINTS) {
		throw new VaryError(
			`${field.key} from ${from} to ${to} in steps of ${step} is ${count.toLocaleString('en-GB')} points; a sweep has at most ${MAX_SWEEP_POINTS.toLocaleString('en-GB')}`
		);
	}
	return Array.from({ length: count }, (_, i) => tidy(from + direction * i * step));
}

/**
 * Reads one spec: `teamsPerPm=1..10`, `teams:2..200:log`, `pmMeetings=0.1..0.5:0.05`. Throws
 * VaryError with the message the user sees.
 */
export function parseVary(spec: string): Vary {
	const match = /^([^=:]*)[=:](.*)$/s.exec(spec.trim());
	if (!match) {
		throw new VaryError(
			`a sweep is KEY=FROM..TO[:STEP|:log], e.g. teamsPerPm=1..10; got ${excerpt(spec)}`
		);
	}
	const [, key, rest] = match;
	const choice = LINES.get(key);
	if (choice) return parseLines(choice, rest);
	const field = SWEEPABLE.get(key);
	if (!field) {
		if (key === 'runs') {
			throw new VaryError('runs is the replications of every point; set it with --runs or runs=N');
		}
		const known = FIELDS.some((f) => f.key === key);
		throw new VaryError(
			known
				? `${excerptName(key)} is not a number setting; a sweep varies one of ${SWEEPABLE_FIELDS.map((f) => f.key).join(', ')}`
				: unknownKeyMessage(key)
		);
	}
	const range = /^([^.:]*(?:\.\d+)?)\.\.([^:]*)(?::(.*))?$/s.exec(rest);
	if (!range) {
		throw new VaryError(
			`${key} needs a range FROM..TO, e.g. ${key}=${field.min}..${field.max}; got ${excerpt(rest)}`
		);
	}
	const from = readNumber(range[1], 'FROM', spec);
	const to = readNumber(range[2], 'TO', spec);
	for (const [value, text] of [
		[from, range[1]],
		[to, range[2]]
	] as const) {
		// The number as typed, cut short: a 100,000-digit value reads as Infinity once parsed.
		const asked =
			Number.isFinite(value) && text.trim().length <= 20 ? String(value) : excerpt(text);
		if (value < field.min || value > field.max) {
			throw new VaryError(
				`${key} must be between ${field.min} and ${field.max}; the sweep asks for ${asked}`
			);
		}
		if (field.type === 'int' && !Number.isInteger(value)) {
			throw new VaryError(`${key} must be a whole number; the sweep asks for ${asked}`);
		}
	}
	return { key, values: valuesOf(field, from, to, range[3] ?? null, spec) };
}

/** `model:combined,separate`: two or more of a choice's options, each once. */
function parseLines(field: ChoiceField, rest: string): Vary {
	const values = rest.split(',').map((v) => v.trim());
	const example = `${field.key}=${field.options.slice(0, 2).join(',')}`;
	if (rest.includes('..')) {
		throw new VaryError(
			`${field.key} is a choice, not a number: its options are compared as lines, e.g. ${example}`
		);
	}
	for (const value of values) {
		if (!field.options.includes(value)) {
			throw new VaryError(
				`${field.key} is one of ${field.options.join(', ')}; the sweep asks for ${excerpt(value)} (e.g. ${example})`
			);
		}
	}
	if (values.length < 2) {
		throw new VaryError(`comparing ${field.key} needs two options or more, e.g. ${example}`);
	}
	const twice = values.find((v, i) => values.indexOf(v) !== i);
	if (twice) throw new VaryError(`${field.key} lists ${twice} twice`);
	return { key: field.key, values };
}

/** Reads every spec of a sweep and checks them together (keys, total points). */
export function parseVaries(specs: readonly string[]): Vary[] {
	if (specs.length === 0) {
		throw new VaryError('a sweep needs a setting to vary, e.g. --vary teamsPerPm=1..10');
	}
	if (specs.length > MAX_VARY_KEYS) {
		throw new VaryError(
			`a sweep varies at most ${MAX_VARY_KEYS} settings (a line or a grid); got ${specs.length}`
		);
	}
	const varies = specs.map(parseVary);
	if (isLineVary(varies[0])) {
		const lines = varies[0].key;
		throw new VaryError(
			varies.length === 1
				? `${lines} is a choice, drawn as one line per option along a number setting; sweep a number first, e.g. teams=2..200:log then ${lines}=${varies[0].values.join(',')}`
				: `${lines} is drawn as lines along the other setting, so it comes second: ${varies[1].key} first, then ${lines}`
		);
	}
	if (varies.length === 2 && varies[0].key === varies[1].key) {
		throw new VaryError(`${varies[0].key} is varied twice; a grid needs two different settings`);
	}
	const total = varies.reduce((n, v) => n * v.values.length, 1);
	if (total > MAX_SWEEP_POINTS) {
		throw new VaryError(
			`the sweep has ${total.toLocaleString('en-GB')} points (${varies.map((v) => v.values.length).join(' × ')}); at most ${MAX_SWEEP_POINTS.toLocaleString('en-GB')}`
		);
	}
	return varies;
}

/** The link form of a vary (`teamsPerPm:1..10`), as the /sweep page writes it. */
export function varyParam(key: string, from: number, to: number, mode?: number | 'log'): string {
	return `${key}:${from}..${to}${mode === undefined ? '' : `:${mode}`}`;
}
