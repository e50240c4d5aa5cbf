import type { ProductModel } from '../scenario/index';
import { BreakingPointFinder, type BreakingPoint } from './breakingPoint';
import { lineLabel } from './lineLabel';
import type { SweepPoint } from './sweepPoint';
import { isLineVary, type Vary } from './varySpec';

/** Where one line of a compare sweep (`vary=teams:2..200:log&vary=model:combined,separate`) breaks. */
export interface LineBreakingPoint {
	/** The option the line stands for (`separate`) and its name (`Separate PM and PO`). */
	option: string;
	label: string;
	breakingPoint: BreakingPoint | null;
}

/**
 * The breaking point of a sweep: one line's, a grid's first row's, or in a compare sweep every
 * line's, each named in the message; `key` and `value` are where the first line breaks.
 */
export interface SweepBreakingPoint extends BreakingPoint {
	lines?: LineBreakingPoint[];
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The sentence of a compare sweep: each line's breaking point, or that it has none. */
export function compareBreakingPoint(
	key: string,
	lines: LineBreakingPoint[]
): SweepBreakingPoint | null {
	const broken = lines.filter((l) => l.breakingPoint !== null);
	if (broken.length === 0) return null;
	const message = lines
		.map((l) =>
			l.breakingPoint
				? `${l.label}: ${lowerFirst(l.breakingPoint.message)}`
				: `${l.label}: no breaking point in this range.`
		)
		.join(' ');
	return { key, value: broken[0].breakingPoint!.value, message, lines };
}

/**
 * Finds the breaking point fed the points in sweep order, holding one point per line: in a
 * compare sweep each line (an option of the second setting) is read as a line sweep of its own.
 */
export class SweepBreakingPointFinder {
	private readonly whole: BreakingPointFinder | null = null;
	private readonly lines: { option: string; finder: BreakingPointFinder }[] = [];
	private index = 0;

	/** `model` is the scenario's product model (see BreakingPointFinder). */
	constructor(
		private readonly vary: readonly Vary[],
		model: ProductModel
	) {
		if (isLineVary(vary[1])) {
			this.lines = vary[1].values.map((option) => ({
				option: String(option),
				finder: new BreakingPointFinder([vary[0]], model)
			}));
		} else this.whole = new BreakingPointFinder(vary, model);
	}

	add(point: SweepPoint): void {
		if (this.whole) this.whole.add(point);
		else this.lines[Math.floor(this.index / this.vary[0].values.length)]?.finder.add(point);
		this.index++;
	}

	get result(): SweepBreakingPoint | null {
		if (this.whole) return this.whole.result;
		return compareBreakingPoint(this.vary[0].key, this.perLine());
	}

	/** Every line's breaking point so far (a compare sweep's; empty otherwise). */
	perLine(): LineBreakingPoint[] {
		const key = this.vary[1]?.key ?? '';
		return this.lines.map(({ option, finder }) => ({
			option,
			label: lineLabel(key, option),
			breakingPoint: finder.result
		}));
	}
}
