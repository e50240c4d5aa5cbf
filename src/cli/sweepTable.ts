/** The readable table of `npm run sweep`: a header, then one line per point as it arrives. */
import type { Currency, Scenario } from '../lib/scenario/index';
import { DECISION_KINDS, formatMoney } from '../lib/sim/index';
import { shortLoad, type Shard, type SweepPoint, type Vary } from '../lib/sweep/index';

export interface TableColumns {
	vary: readonly Vary[];
	currency: Currency;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padLeft = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const days = (x: number | null) => (x === null ? '—' : x.toFixed(1));
/** Width of a setting's column: its key, or its longest value. */
const width = (v: Vary) => Math.max(v.key.length, ...v.values.map((x) => String(x).length)) + 2;

/** "1 run", "20 runs". */
export const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function headerLines(
	scenario: Scenario,
	vary: readonly Vary[],
	runs: number,
	count: number,
	shard?: Shard
): string[] {
	const title = scenario.name ? `${scenario.name} (${scenario.preset})` : scenario.preset;
	const ranges = vary.map((v) => `${v.key} ${v.values[0]}…${v.values.at(-1)} (${v.values.length})`);
	return [
		`${title}: sweep of ${ranges.join(' × ')}, ${counted(count, 'point', 'points')} × ${counted(runs, 'run', 'runs')}${runs > 1 ? ' (medians)' : ''}` +
			(shard ? `, shard ${shard.index}/${shard.of}` : ''),
		'',
		vary.map((v) => pad(v.key, width(v))).join('') +
			pad('verdict', 12) +
			DECISION_KINDS.map((k) => padLeft(`${k} p50/p85`, 19)).join('') +
			padLeft('done/week', 11) +
			'  ' +
			pad('busiest (load)', 28) +
			padLeft('cost/decision', 14)
	];
}

export function formatRow({ vary, currency }: TableColumns, point: SweepPoint): string {
	const lead = DECISION_KINDS.map((k) => {
		const { p50, p85 } = point.decisions[k].leadTimeDays;
		return padLeft(`${days(p50)} / ${days(p85)}`, 19);
	}).join('');
	const done = DECISION_KINDS.reduce((s, k) => s + point.decisions[k].throughputPerWeek, 0);
	const busiest = point.busiest ? `${point.busiest.role}, ${shortLoad(point.busiest.load)}` : '—';
	const cost = point.costPerDecision === null ? '—' : formatMoney(point.costPerDecision, currency);
	return (
		vary.map((v) => pad(String(point.values[v.key]), width(v))).join('') +
		pad(point.verdict, 12) +
		lead +
		padLeft(done.toFixed(1), 11) +
		'  ' +
		pad(busiest, 28) +
		padLeft(cost, 14)
	);
}
