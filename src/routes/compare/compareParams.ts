/**
 * The compare page's link: two scenarios in one readable query.
 *
 *   /compare?v=2&a.preset=scale-up&b.preset=scale-up&b.teamsPerPm=2
 *
 * Each side's settings are the single-scenario keys with an `a.` or `b.` prefix, written the same
 * way (the preset, then only what differs from it), so a side reads like a scenario link and
 * links stay short. `v` is the link format version, shared by both sides. For links written by
 * hand, `a=<scenario query>` (the whole query of a scenario link, URL-encoded) also works.
 * Reading never throws: each side is read by `parseScenarioParams`, and every rejected part gives
 * the same message a scenario link would, labelled with its side ("B: teams must be …").
 */
import {
	DEFAULT_SCENARIO,
	excerpt,
	parseScenarioParams,
	toSearchParams,
	type ParsedScenario,
	type Scenario,
	type ScenarioIssue
} from '$lib/scenario';
import { DISPLAY_KEYS } from '$lib/components/present/displayMode';

export const SIDES = ['a', 'b'] as const;
export type Side = (typeof SIDES)[number];
export const SIDE_LABELS: Record<Side, string> = { a: 'A', b: 'B' };

export interface SideIssue extends ScenarioIssue {
	side: Side | null;
}

export interface ParsedComparison {
	a: Scenario;
	b: Scenario;
	issues: SideIssue[];
}

function label(side: Side, issue: ScenarioIssue): SideIssue {
	return {
		side,
		key: `${side}.${issue.key}`,
		value: issue.value,
		message: `${SIDE_LABELS[side]}: ${issue.message}`
	};
}

/** Reads both sides of a compare link. */
export function parseCompareParams(input: URLSearchParams | string): ParsedComparison {
	const params =
		typeof input === 'string' ? new URLSearchParams(input.replace(/^[^?]*\?/, '')) : input;
	const sides: Record<Side, URLSearchParams> = {
		a: new URLSearchParams(),
		b: new URLSearchParams()
	};
	const whole: Partial<Record<Side, string>> = {};
	const issues: SideIssue[] = [];
	const version = params.get('v');

	for (const [key, value] of params) {
		// `v` is shared; embed/present/view choose how the page shows, not what it shows.
		if (key === 'v' || (DISPLAY_KEYS as readonly string[]).includes(key)) continue;
		const match = /^([ab])\.(.+)$/.exec(key);
		if (match) {
			sides[match[1] as Side].append(match[2], value);
		} else if (key === 'a' || key === 'b') {
			if (whole[key] === undefined) whole[key] = value;
		} else {
			issues.push({
				side: null,
				key,
				value,
				message: `Unknown part ${excerpt(key)} was ignored: a compare link names each side’s settings a.<setting> and b.<setting> (for example a.teams=8)`
			});
		}
	}

	const read = (side: Side): ParsedScenario => {
		const own = sides[side];
		if (whole[side] !== undefined && [...own.keys()].length === 0) {
			return parseScenarioParams(whole[side]!);
		}
		if (version !== null && !own.has('v')) own.set('v', version);
		return parseScenarioParams(own);
	};

	const a = read('a');
	const b = read('b');
	return {
		a: a.scenario,
		b: b.scenario,
		issues: [
			...issues,
			...a.issues.map((i) => label('a', i)),
			...b.issues.map((i) => label('b', i))
		]
	};
}

/** Writes both sides: `v` once, then A's keys, then B's, each as a scenario link writes them. */
export function compareSearchParams(a: Scenario, b: Scenario): URLSearchParams {
	const out = new URLSearchParams();
	const sides: [Side, Scenario][] = [
		['a', a],
		['b', b]
	];
	for (const [side, scenario] of sides) {
		for (const [key, value] of toSearchParams(scenario)) {
			if (key === 'v') {
				if (!out.has('v')) out.set('v', value);
				continue;
			}
			out.append(`${side}.${key}`, value);
		}
	}
	return out;
}

export function compareQuery(a: Scenario, b: Scenario): string {
	return compareSearchParams(a, b).toString();
}

/** True when a query holds at least one side of a comparison (for the report page). */
export function isCompareQuery(params: URLSearchParams): boolean {
	for (const key of params.keys()) {
		if (/^[ab]\./.test(key) || key === 'a' || key === 'b') return true;
	}
	return false;
}

export const EMPTY_COMPARISON: ParsedComparison = {
	a: DEFAULT_SCENARIO,
	b: DEFAULT_SCENARIO,
	issues: []
};
