import { FIELD_BY_KEY, type NumberField } from '../scenario/index';
import { DECISION_KINDS, type DecisionKind } from '../sim/index';
import type { SweepPoint } from './sweepPoint';
import { lineLabel } from './lineLabel';
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

/** How a sentence names a setting's value: "4 teams per PM"; other settings by their label. */
const PHRASES: Record<string, (n: number) => string> = {
	teams: (n) => `${n} ${n === 1 ? 'team' : 'teams'}`,
	teamSize: (n) => `${n} ${n === 1 ? 'developer' : 'developers'} per team`,
	teamsPerPm: (n) => `${n} ${n === 1 ? 'team' : 'teams'} per PM`,
	teamsPerPo: (n) => `${n} ${n === 1 ? 'team' : 'teams'} per PO`
};

/** "stakeholder response time of 4 days"; a label starting with an acronym keeps its case. */
export function valuePhrase(key: string, value: SweepValue): string {
	if (typeof value === 'string') return lineLabel(key, value);
	const phrase = PHRASES[key];
	if (phrase) return phrase(value);
	const field = FIELD_BY_KEY.get(key) as NumberField | undefined;
	if (!field) return `${key} ${value}`;
	const label = /^[A-Z][a-z]/.test(field.label)
		? field.label.charAt(0).toLowerCase() + field.label.slice(1)
		: field.label;
	const unit = field.unit && field.unit !== 'share' ? ` ${field.unit}` : '';
	return `${label} of ${value}${unit}`;
}

/** Why a point is past breaking: overloaded, and each kind whose p85 passes its limit. */
export function breakReasons(point: SweepPoint): string[] {
	const reasons: string[] = [];
	if (point.verdict === 'overloaded') {
		const b = point.busiest;
		reasons.push(
			b && b.load >= 1
				? `${b.role} is overloaded (${Math.round(b.load * 100)}% load)`
				: 'the organisation is overloaded (work piles up that nobody holds)'
		);
	}
	for (const kind of DECISION_KINDS) {
		const { leadTimeDays, throughputPerWeek } = point.decisions[kind];
		const p85 = leadTimeDays.p85;
		// None finished: slower than any limit. Some finished but too few to give a p85 (four
		// pricing decisions in a run): no evidence either way, the verdict speaks for load.
		if (p85 === null) {
			if (throughputPerWeek === 0) reasons.push(`no ${kind} decision finishes`);
		} else if (p85 > P85_LIMIT_DAYS[kind])
			reasons.push(`${kind} p85 passes ${P85_LIMIT_DAYS[kind]} days`);
	}
	return reasons;
}

const joined = (parts: string[]) =>
	parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** The sentence of a breaking point along `key`, given the point before it (if any). */
function sentence(key: string, before: number | null, at: SweepPoint): string {
	// The first setting is always a number (parseVaries); the second may be a line's option.
	const value = at.values[key] as number;
	const reasons = joined(breakReasons(at));
	if (before === null) return `Already at ${valuePhrase(key, value)}, ${reasons}.`;
	const field = FIELD_BY_KEY.get(key) as NumberField | undefined;
	const word = value > before ? 'Beyond' : 'Below';
	const nextStep = field?.type === 'int' && Math.abs(value - before) === 1;
	return `${word} ${valuePhrase(key, before)}${nextStep ? '' : ` (at ${value})`}, ${reasons}.`;
}

/**
 * The breaking point, fed the points in sweep order (sweepPoints.ts) one at a time and holding
 * only the point before: the first value of the first setting at which the verdict turns
 * overloaded or some kind's p85 passes P85_LIMIT_DAYS. In a grid each row (a value of the second
 * setting) is a line; the first row that breaks names the point, with that row's value.
 */
export class BreakingPointFinder {
	private index = 0;
	private previous: SweepPoint | null = null;
	private found: BreakingPoint | null = null;

	constructor(private readonly vary: readonly Vary[]) {}

	add(point: SweepPoint): void {
		const [line, row] = this.vary;
		const inRow = this.index % line.values.length;
		this.index++;
		if (inRow === 0) this.previous = null;
		if (this.found === null && breakReasons(point).length > 0) {
			const before = (this.previous?.values[line.key] as number | undefined) ?? null;
			let message = sentence(line.key, before, point);
			if (row) {
				const where = valuePhrase(row.key, point.values[row.key]);
				message = `With ${where}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
			}
			this.found = { key: line.key, value: point.values[line.key] as number, message };
		}
		this.previous = point;
	}

	get result(): BreakingPoint | null {
		return this.found;
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
