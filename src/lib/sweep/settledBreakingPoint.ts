import type { ProductModel } from '../scenario/index';
import { BreakingPointFinder, breakingPoint } from './breakingPoint';
import { lineLabel } from './lineLabel';
import { compareBreakingPoint, type SweepBreakingPoint } from './lineBreakingPoints';
import type { SweepPoint } from './sweepPoint';
import { pointCount } from './sweepPoints';
import { isLineVary, type Vary } from './varySpec';

/** What a page can say of the breaking point while points still arrive in any order. */
export interface SettledBreakingPoint {
	found: SweepBreakingPoint | null;
	/**
	 * True once no point still to come can change `found` (the page shows it then): every point
	 * of a line, since a line may still recover after its breaking point.
	 */
	settled: boolean;
	/**
	 * Per line, the index along the first setting of its breaking point (null: none yet), known
	 * as soon as it is found.
	 */
	indexes: (number | null)[];
}

/**
 * The breaking point of the points in so far (by sweep index), read in sweep order up to the
 * first point still missing: what `npm run sweep` prints once it is settled. In a compare sweep
 * each line is read on its own, and the whole is settled when every line is. `model` is the
 * scenario's product model (see BreakingPointFinder).
 */
export function settledBreakingPoint(
	vary: readonly Vary[],
	points: ReadonlyMap<number, SweepPoint>,
	done: boolean,
	model: ProductModel
): SettledBreakingPoint {
	const width = vary[0].values.length;
	if (!isLineVary(vary[1])) {
		const inOrder: SweepPoint[] = [];
		for (let i = 0; points.has(i); i++) inOrder.push(points.get(i)!);
		const found = breakingPoint(vary, inOrder, model);
		const index = found && vary.length === 1 ? vary[0].values.indexOf(found.value) : null;
		const all = inOrder.length === pointCount(vary);
		return { found: all || done ? found : null, settled: all || done, indexes: [index] };
	}
	const lines = vary[1].values.map((option, l) => {
		const finder = new BreakingPointFinder([vary[0]], model);
		let i = 0;
		for (; i < width && points.has(l * width + i); i++) finder.add(points.get(l * width + i)!);
		return {
			option: String(option),
			label: lineLabel(vary[1].key, String(option)),
			breakingPoint: finder.result,
			settled: i === width
		};
	});
	const settled = done || lines.every((l) => l.settled);
	return {
		found: settled
			? compareBreakingPoint(
					vary[0].key,
					lines.map(({ option, label, breakingPoint }) => ({ option, label, breakingPoint }))
				)
			: null,
		settled,
		indexes: lines.map((l) =>
			l.breakingPoint ? vary[0].values.indexOf(l.breakingPoint.value) : null
		)
	};
}
