import { FIELD_BY_KEY, type NumberField, type ProductModel } from '../scenario/index';
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

/**
 * Settings named by a noun: "4 teams per PM"; other settings by their label. Teams per PO are
 * teams per PM/PO in the combined model (the setting's label says so), and the sentence names
 * the role the scenario has, as the verdict does.
 */
const NOUNS: Record<string, { one: string; many: string; per: (model?: ProductModel) => string }> =
	{
		teams: { one: 'team', many: 'teams', per: () => '' },
		teamSize: { one: 'developer', many: 'developers', per: () => ' per team' },
		teamsPerPm: { one: 'team', many: 'teams', per: () => ' per PM' },
		teamsPerPo: {
			one: 'team',
			many: 'teams',
			per: (model) => (model === 'combined' ? ' per PM/PO' : ' per PO')
		}
	};

const amount = (value: number, to?: number) =>
	to === undefined || to === value ? String(value) : `${value} to ${to}`;

/**
 * The unit written after a value: none for a share, nor where the label names it already
 * ("new backlog items per team per week = 3"); "h" after a label that says "per week".
 */
function unitOf(key: string): string {
	const field = FIELD_BY_KEY.get(key) as NumberField | undefined;
	if (!field?.unit || field.unit === 'share') return '';
	const label = field.label.toLowerCase();
	if (field.unit === 'h/week' && label.includes('per week')) return ' h';
	return label.split(/[^a-z]+/).includes(field.unit) ? '' : ` ${field.unit}`;
}

/**
 * "4 teams per PM", "stakeholder response time = 4 days", or a range of values up to `to` ("4 to
 * 6 teams per PM", "PM hours per week = 30 to 40 h"); a label starting with an acronym keeps its
 * case. `model` is the point's product model, which names the role of teams per PO.
 */
export function valuePhrase(
	key: string,
	value: SweepValue,
	to?: number,
	model?: ProductModel
): string {
	if (typeof value === 'string') return lineLabel(key, value);
	const noun = NOUNS[key];
	const text = amount(value, to);
	if (noun) return `${text} ${text === '1' ? noun.one : noun.many}${noun.per(model)}`;
	const field = FIELD_BY_KEY.get(key) as NumberField | undefined;
	if (!field) return `${key} = ${text}`;
	const label = /^[A-Z][a-z]/.test(field.label)
		? field.label.charAt(0).toLowerCase() + field.label.slice(1)
		: field.label;
	return `${label} = ${text}${unitOf(key)}`;
}

/** A value once its setting has been named: "6 teams per PM" still, "40 h" for a label. */
function shortPhrase(key: string, value: number, to?: number, model?: ProductModel): string {
	return NOUNS[key] ? valuePhrase(key, value, to, model) : `${amount(value, to)}${unitOf(key)}`;
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

/** "Beyond 4 teams per PM", "Below … (at 30)", "Already at 3 teams"; `phrase` names a value. */
function wherePhrase(
	key: string,
	{ before, at }: LineBreak,
	phrase: (n: number) => string
): string {
	// The first setting is always a number (parseVaries); only a second may be a line's option.
	const value = at.values[key] as number;
	if (before === null) return `already at ${phrase(value)}`;
	const field = FIELD_BY_KEY.get(key) as NumberField | undefined;
	const nextStep = field?.type === 'int' && Math.abs(value - before) === 1;
	return `${value > before ? 'beyond' : 'below'} ${phrase(before)}${nextStep ? '' : ` (at ${value})`}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * How a point stands against the breaking rule: overloaded (the verdict), past a p85 limit only
 * ("slow"), or within both ("fine"). A line's sentence tells each change after its first break.
 */
type BreakState = 'overloaded' | 'slow' | 'fine';

const stateOf = (point: SweepPoint, reasons: string[]): BreakState =>
	reasons.length === 0 ? 'fine' : point.verdict === 'overloaded' ? 'overloaded' : 'slow';

/** A change of state along a line after its first break: from the point before to `at`. */
interface StateChange extends LineBreak {
	before: number;
	from: BreakState;
	to: BreakState;
}

/**
 * Changes a line's sentence tells after its first break; a noisy line (a p85 about its limit)
 * may change at every value, so the rest are counted. Assumption: three keep the sentence short.
 */
export const MAX_TOLD_CHANGES = 3;

/**
 * One change as a clause: "recovers at 6 teams" (", though strained (PM 1 at 92% load)" when it
 * is), "breaks again beyond 43 teams (at 72), …", "no
 * longer overloaded at 3 teams, though roadmap p85 passes 40 days", "beyond 43 teams (at 72),
 * Leaders is overloaded (140% load)".
 */
function changePhrase(key: string, change: StateChange, phrase: (n: number) => string): string {
	const reasons = breakReasons(change.at);
	const where = wherePhrase(key, change, phrase);
	if (change.to === 'fine') {
		// Out of the red is not healthy: a strained recovery says who is still near the line.
		const busiest = change.at.busiest;
		const strained =
			change.at.verdict === 'strained' && busiest
				? `, though strained (${busiest.role} at ${shortLoad(busiest.load)} load)`
				: '';
		return `recovers at ${phrase(change.at.values[key] as number)}${strained}`;
	}
	if (change.from === 'fine') return `breaks again ${where}, ${joined(reasons)}`;
	if (change.to === 'slow') {
		return `no longer overloaded at ${phrase(change.at.values[key] as number)}, though ${joined(reasons)}`;
	}
	// Slow, then overloaded: the overload is the news (breakReasons names it first).
	return `${where}, ${reasons[0]}`;
}

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
 * "Beyond 4 teams per PM with PM hours per week = 30 h, beyond 6 with 40 h; never with 50 h. At
 * 5 teams per PM with 30 h, PM 1 is overloaded (116% load)."
 */
function gridSentence(
	line: Vary,
	row: Vary,
	groups: RowGroup[],
	first: LineBreak,
	recovered: number[],
	model: ProductModel
): string {
	let named = { line: false, row: false };
	const clauses = groups.map(({ from, to, lineBreak }) => {
		const rows = named.row
			? shortPhrase(row.key, from, to, model)
			: valuePhrase(row.key, from, to, model);
		named.row = true;
		if (!lineBreak) return `never with ${rows}`;
		const full = !named.line;
		const where = wherePhrase(line.key, lineBreak, (n) =>
			full ? valuePhrase(line.key, n, undefined, model) : String(n)
		);
		named = { line: true, row: true };
		return `${where} with ${rows}`;
	});
	// A comma between clauses of one kind, a semicolon between breaking and never.
	const never = (i: number) => groups[i].lineBreak === null;
	const listed = clauses
		.map((c, i) => (i === 0 ? c : `${never(i) === never(i - 1) ? ',' : ';'} ${c}`))
		.join('');
	const at = first.at.values;
	const why = `At ${valuePhrase(line.key, at[line.key], undefined, model)} with ${shortPhrase(row.key, at[row.key] as number, undefined, model)}`;
	return `${capitalised(listed)}. ${why}, ${joined(breakReasons(first.at))}.${recoveryNote(row, recovered, model)}`;
}

/** Rows that break and then recover further along: a grid sentence must not read as broken to the end. */
function recoveryNote(row: Vary, recovered: number[], model: ProductModel): string {
	if (recovered.length === 0) return '';
	const named = recovered
		.slice(0, 3)
		.map((v, i) =>
			i === 0
				? valuePhrase(row.key, v, undefined, model)
				: shortPhrase(row.key, v, undefined, model)
		);
	const more = recovered.length > 3 ? ` and ${recovered.length - 3} more` : '';
	const which =
		named.length === 1
			? named[0]
			: `${named.slice(0, -1).join(', ')}${more ? ', ' : ' and '}${named.at(-1)}${more}`;
	return ` With ${which} it recovers further along after breaking; the heatmap and the table show where.`;
}

/**
 * The breaking point, fed the points in sweep order (sweepPoints.ts) one at a time and holding
 * only the point before: the first value of the first setting at which the verdict turns
 * overloaded or some kind's p85 passes P85_LIMIT_DAYS. A line's sentence then tells where it
 * recovers, breaks again, or stops or starts being overloaded, so a line that recovers is not
 * read as broken to its end. In a grid each row (a value of the second setting) is a line; the
 * sentence says where each row breaks (rows that break alike in one clause), and the key and
 * value are those of the first row that breaks. A grid's result waits for its last point: until
 * then a row may still break. `model` is the scenario's product model (a point's own, when the
 * sweep compares models, wins): it names the role of teams per PO.
 */
export class BreakingPointFinder {
	private index = 0;
	private previous: SweepPoint | null = null;
	private rowBreak: LineBreak | null = null;
	private first: LineBreak | null = null;
	private readonly groups: RowGroup[] = [];
	/** A line's state at its last point since its first break, and the changes told. */
	private state: BreakState | null = null;
	private readonly changes: StateChange[] = [];
	private untold = 0;
	/** In a grid: whether the current row recovered after its break, and the rows that did. */
	private rowRecovered = false;
	private readonly recoveredRows: number[] = [];

	constructor(
		private readonly vary: readonly Vary[],
		private readonly model: ProductModel
	) {}

	add(point: SweepPoint): void {
		const [line, row] = this.vary;
		const width = line.values.length;
		const inRow = this.index % width;
		this.index++;
		if (inRow === 0) {
			this.previous = null;
			this.rowBreak = null;
			this.rowRecovered = false;
		}
		const reasons = breakReasons(point);
		if (this.rowBreak === null) {
			if (reasons.length > 0) {
				this.rowBreak = {
					before: (this.previous?.values[line.key] as number | undefined) ?? null,
					at: point
				};
				this.first ??= this.rowBreak;
				this.state = stateOf(point, reasons);
			}
		} else if (!row) this.follow(point, stateOf(point, reasons));
		else if (reasons.length === 0) this.rowRecovered = true;
		this.previous = point;
		if (row && inRow === width - 1)
			this.endRow(row.values[(this.index - 1 - inRow) / width] as number);
	}

	/** A line after its first break: notes where its state changes. */
	private follow(point: SweepPoint, state: BreakState): void {
		if (state === this.state) return;
		if (this.changes.length < MAX_TOLD_CHANGES) {
			const before = this.previous!.values[this.vary[0].key] as number;
			this.changes.push({ before, at: point, from: this.state!, to: state });
		} else this.untold++;
		this.state = state;
	}

	private endRow(value: number): void {
		if (this.rowRecovered) this.recoveredRows.push(value);
		const last = this.groups.at(-1);
		if (last && sameBreak(last.lineBreak, this.rowBreak, this.vary[0].key)) last.to = value;
		else this.groups.push({ from: value, to: value, lineBreak: this.rowBreak });
	}

	get result(): BreakingPoint | null {
		const [line, row] = this.vary;
		if (this.first === null) return null;
		const value = this.first.at.values[line.key] as number;
		const model = (this.first.at.values.model as ProductModel | undefined) ?? this.model;
		if (!row) return { key: line.key, value, message: this.lineSentence(model) };
		if (this.index < line.values.length * row.values.length) return null;
		return {
			key: line.key,
			value,
			message: gridSentence(line, row, this.groups, this.first, this.recoveredRows, model)
		};
	}

	/** "Beyond 2 teams, …; recovers at 6 teams; breaks again beyond 43 teams (at 72), …." */
	private lineSentence(model: ProductModel): string {
		const key = this.vary[0].key;
		const first = this.first!;
		const where = wherePhrase(key, first, (n) => valuePhrase(key, n, undefined, model));
		const short = (n: number) => shortPhrase(key, n, undefined, model);
		const clauses = [
			`${capitalised(where)}, ${joined(breakReasons(first.at))}`,
			...this.changes.map((c) => changePhrase(key, c, short))
		];
		if (this.untold > 0) {
			clauses.push(
				`it changes ${this.untold} more ${this.untold === 1 ? 'time' : 'times'} after that (the table shows each value)`
			);
		}
		return `${clauses.join('; ')}.`;
	}
}
/** The breaking point of a whole list of points (in sweep order). */
export function breakingPoint(
	vary: readonly Vary[],
	points: Iterable<SweepPoint>,
	model: ProductModel
) {
	const finder = new BreakingPointFinder(vary, model);
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
