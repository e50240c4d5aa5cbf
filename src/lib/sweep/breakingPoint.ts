import { FIELD_BY_KEY, type NumberField } from '../scenario/index';
import { DECISION_KINDS, LOAD_CAP, type DecisionKind } from '../sim/index';
import { lineLabel } from './lineLabel';
import type { SweepPoint } from './sweepPoint';
import type { SweepValue, Vary } from './varySpec';

/**
 * The 85th-percentile lead time past which a decision kind is too slow, in working days.
 * Assumptions: a roadmap move should land within two months (40 days), a backlog item within
 * two two-week sprints (20 days), a pricing change within a quarter (60 days).
 */
export const P85_LIMIT_DAYS: Record<DecisionKind, number> = {
	roadmap: 40,
	backlog: 20,
	pricing: 60
};

export interface BreakingPoint {
	key: string;
	value: number;
	message: string;
}

/** Settings named by a noun: "4 teams per PM"; other settings by their label. */
const NOUNS: Record<string, { one: string; many: string; per: string }> = {
	teams: { one: 'team', many: 'teams', per: '' },
	teamSize: { one: 'developer', many: 'developers', per: ' per team' },
	teamsPerPm: { one: 'team', many: 'teams', per: ' per PM' },
	teamsPerPo: { one: 'team', many: 'teams', per: ' per PO' }
};

const amount = (value: number, to?: number) =>
	to === undefined || to === value ? String(value) : `${value} to ${to}`;

function unitOf(key: string): string {
	const field = FIELD_BY_KEY.get(key) as NumberField | undefined;
	return field?.unit && field.unit !== 'share' ? ` ${field.unit}` : '';
}

/**
 * "stakeholder response time of 4 days", or of a range of values up to `to` ("4 to 6 teams per
 * PM"); a label starting with an acronym keeps its case.
 */
export function valuePhrase(key: string, value: SweepValue, to?: number): string {
	if (typeof value === 'string') return lineLabel(key, value);
	const noun = NOUNS[key];
	const text = amount(value, to);
	if (noun) return `${text} ${text === '1' ? noun.one : noun.many}${noun.per}`;
	const field = FIELD_BY_KEY.get(key) as NumberField | undefined;
	if (!field) return `${key} ${text}`;
	const label = /^[A-Z][a-z]/.test(field.label)
		? field.label.charAt(0).toLowerCase() + field.label.slice(1)
		: field.label;
	return `${label} of ${text}${unitOf(key)}`;
}

/** A value once its setting has been named: "6 teams per PM" still, "40 h/week" for a label. */
function shortPhrase(key: string, value: number, to?: number): string {
	return NOUNS[key] ? valuePhrase(key, value, to) : `${amount(value, to)}${unitOf(key)}`;
}

/** A load in a point's sentence or table row: "122%", or "no hours" for work without hours. */
export function shortLoad(load: number): string {
	return load >= LOAD_CAP ? 'no hours' : `${Math.round(load * 100)}%`;
}

/** Why a point is past breaking: overloaded, and each kind whose p85 passes its limit. */
export function breakReasons(point: SweepPoint): string[] {
	const reasons: string[] = [];
	if (point.verdict === 'overloaded') {
		const b = point.busiest;
		reasons.push(
			!b || b.load < 1
				? 'the organisation is overloaded (work piles up that nobody holds)'
				: b.load >= LOAD_CAP
					? `${b.role} has work and no productive hours`
					: `${b.role} is overloaded (${shortLoad(b.load)} load)`
		);
	}
	for (const kind of DECISION_KINDS) {
		const { leadTimeDays, throughputPerWeek } = point.decisions[kind];
		// Judged as the tables show them, to a tenth of a day: 40.0004 is not past 40.
		const shown = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
		const p85 = shown(leadTimeDays.p85);
		const p50 = shown(leadTimeDays.p50);
		const limit = P85_LIMIT_DAYS[kind];
		// None finished: slower than any limit. Some finished but no p85 (too few finished, or
		// more than 15% still open): past the limit if even the median is, else no evidence
		// either way (four pricing decisions in a run) and the verdict speaks for load.
		if (p85 === null) {
			if (throughputPerWeek === 0) reasons.push(`no ${kind} decision finishes`);
			else if (p50 !== null && p50 > limit) reasons.push(`${kind} p85 passes ${limit} days`);
		} else if (p85 > limit) reasons.push(`${kind} p85 passes ${limit} days`);
	}
	return reasons;
}

const joined = (parts: string[]) =>
	parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** Where one line (or one row of a grid) breaks: the value before it, if any, and its point. */
interface LineBreak {
	before: number | null;
	at: SweepPoint;
}

/** "Beyond 4 teams per PM", "Below … (at 30)", "Already at 3 teams"; `full` names the setting. */
function wherePhrase(key: string, { before, at }: LineBreak, full: boolean): string {
	// The first setting is always a number (parseVaries); only a second may be a line's option.
	const value = at.values[key] as number;
	const phrase = (n: number) => (full ? valuePhrase(key, n) : String(n));
	if (before === null) return `already at ${phrase(value)}`;
	const field = FIELD_BY_KEY.get(key) as NumberField | undefined;
	const nextStep = field?.type === 'int' && Math.abs(value - before) === 1;
	return `${value > before ? 'beyond' : 'below'} ${phrase(before)}${nextStep ? '' : ` (at ${value})`}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Consecutive rows of a grid that break at the same place (or never): one clause. */
interface RowGroup {
	from: number;
	to: number;
	lineBreak: LineBreak | null;
}

const sameBreak = (a: LineBreak | null, b: LineBreak | null, key: string) =>
	a === null || b === null
		? a === b
		: a.before === b.before && a.at.values[key] === b.at.values[key];

/**
 * The grid's sentence: where each run of rows breaks, then why at the first breaking point.
 * "Beyond 4 teams per PM with PM hours per week of 30 h/week, beyond 6 with 40 h/week; never
 * with 50 h/week. At 5 teams per PM with 30 h/week, PM 1 is overloaded (116% load)."
 */
function gridSentence(line: Vary, row: Vary, groups: RowGroup[], first: LineBreak): string {
	let named = { line: false, row: false };
	const clauses = groups.map(({ from, to, lineBreak }) => {
		const rows = named.row ? shortPhrase(row.key, from, to) : valuePhrase(row.key, from, to);
		named.row = true;
		if (!lineBreak) return `never with ${rows}`;
		const where = wherePhrase(line.key, lineBreak, !named.line);
		named = { line: true, row: true };
		return `${where} with ${rows}`;
	});
	// A comma between clauses of one kind, a semicolon between breaking and never.
	const never = (i: number) => groups[i].lineBreak === null;
	const listed = clauses
		.map((c, i) => (i === 0 ? c : `${never(i) === never(i - 1) ? ',' : ';'} ${c}`))
		.join('');
	const at = first.at.values;
	const why = `At ${valuePhrase(line.key, at[line.key])} with ${shortPhrase(row.key, at[row.key] as number)}`;
	return `${capitalised(listed)}. ${why}, ${joined(breakReasons(first.at))}.`;
}

/**
 * The breaking point, fed the points in sweep order (sweepPoints.ts) one at a time and holding
 * only the point before: the first value of the first setting at which the verdict turns
 * overloaded or some kind's p85 passes P85_LIMIT_DAYS. In a grid each row (a value of the second
 * setting) is a line; the sentence says where each row breaks (rows that break alike in one
 * clause), and the key and value are those of the first row that breaks. A grid's result waits
 * for its last point: until then a row may still break.
 */
export class BreakingPointFinder {
	private index = 0;
	private previous: SweepPoint | null = null;
	private rowBreak: LineBreak | null = null;
	private first: LineBreak | null = null;
	private readonly groups: RowGroup[] = [];

	constructor(private readonly vary: readonly Vary[]) {}

	add(point: SweepPoint): void {
		const [line, row] = this.vary;
		const width = line.values.length;
		const inRow = this.index % width;
		this.index++;
		if (inRow === 0) {
			this.previous = null;
			this.rowBreak = null;
		}
		if (this.rowBreak === null && breakReasons(point).length > 0) {
			this.rowBreak = {
				before: (this.previous?.values[line.key] as number | undefined) ?? null,
				at: point
			};
			this.first ??= this.rowBreak;
		}
		this.previous = point;
		if (row && inRow === width - 1)
			this.endRow(row.values[(this.index - 1 - inRow) / width] as number);
	}

	private endRow(value: number): void {
		const last = this.groups.at(-1);
		if (last && sameBreak(last.lineBreak, this.rowBreak, this.vary[0].key)) last.to = value;
		else this.groups.push({ from: value, to: value, lineBreak: this.rowBreak });
	}

	get result(): BreakingPoint | null {
		const [line, row] = this.vary;
		if (this.first === null) return null;
		const value = this.first.at.values[line.key] as number;
		if (!row) {
			const where = capitalised(wherePhrase(line.key, this.first, true));
			return { key: line.key, value, message: `${where}, ${joined(breakReasons(this.first.at))}.` };
		}
		if (this.index < line.values.length * row.values.length) return null;
		return { key: line.key, value, message: gridSentence(line, row, this.groups, this.first) };
	}
}
/** The breaking point of a whole list of points (in sweep order). */
export function breakingPoint(vary: readonly Vary[], points: Iterable<SweepPoint>) {
	const finder = new BreakingPointFinder(vary);
	for (const point of points) finder.add(point);
	return finder.result;
}

/**
 * Per row of a grid, the index along the first setting of the first overloaded point (the
 * healthy/overloaded boundary the heatmap draws), or null when the row never overloads.
 */
export function overloadBoundary(
	vary: readonly Vary[],
	points: ReadonlyMap<number, SweepPoint>
): (number | null)[] {
	const width = vary[0].values.length;
	const rows = vary[1]?.values.length ?? 1;
	return Array.from({ length: rows }, (_, r) => {
		for (let i = 0; i < width; i++) {
			if (points.get(r * width + i)?.verdict === 'overloaded') return i;
		}
		return null;
	});
}
