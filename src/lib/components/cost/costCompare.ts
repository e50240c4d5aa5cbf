/**
 * People, cost and span of control of one or two evaluated scenarios, as table rows with B − A.
 * Values are the CLI's (`toSummaryJson`: medians over the runs), under the CLI's keys. A cheaper
 * organisation is not called better: what it buys is in the headline figures above.
 */
import { COST_ROLE_LABELS, formatMoney, formatMoneyChange, grouped } from '$lib/sim';
import type { SimulationSummary } from '$lib/sim/types';

export interface CostCompareRow {
	/** CLI JSON key for the money figures (`cost.annual`), else a plain id. */
	key: string;
	label: string;
	values: (number | null)[];
	shown: string[];
	/** B − A as text, or '' with one side or when either side has no figure. */
	diff: string;
}

const signedCount = (x: number) =>
	Math.abs(x) < 0.05 ? '±0' : x > 0 ? `+${x}` : `−${Math.round(-x * 10) / 10}`;

export function costCompareRows(
	summaries: Pick<SimulationSummary, 'cost' | 'span'>[]
): CostCompareRow[] {
	const currency = summaries[0].cost.currency;
	const sameCurrency = summaries.every((s) => s.cost.currency === currency);
	const money = (s: Pick<SimulationSummary, 'cost'>, x: number) => formatMoney(x, s.cost.currency);
	const two = summaries.length === 2;
	const diffOf = (values: (number | null)[], text: (d: number) => string) =>
		two && values[0] !== null && values[1] !== null ? text(values[1] - values[0]) : '';

	const rows: CostCompareRow[] = [];
	const people = summaries.map((s) => s.cost.people);
	rows.push({
		key: 'cost.people',
		label: 'People',
		values: people,
		shown: people.map(grouped),
		diff: diffOf(people, signedCount)
	});
	const annual = summaries.map((s) => s.cost.annual);
	rows.push({
		key: 'cost.annual',
		label: 'Cost a year',
		values: annual,
		shown: summaries.map((s) => money(s, s.cost.annual)),
		diff: sameCurrency ? diffOf(annual, (d) => formatMoneyChange(d, currency)) : ''
	});
	const perDecision = summaries.map((s) => s.cost.perDecision);
	rows.push({
		key: 'cost.perDecision',
		label: 'Per decision delivered',
		values: perDecision,
		shown: summaries.map((s) =>
			s.cost.perDecision === null ? 'none delivered' : money(s, s.cost.perDecision)
		),
		diff: sameCurrency ? diffOf(perDecision, (d) => formatMoneyChange(d, currency)) : ''
	});
	for (const role of ['pm', 'po', 'pmpo'] as const) {
		const spans = summaries.map((s) => s.span.find((x) => x.role === role) ?? null);
		if (spans.every((x) => x === null)) continue;
		const one = COST_ROLE_LABELS[role].one;
		for (const [field, label] of [
			['teams', `Teams per ${one}`],
			['people', `Developers per ${one}`]
		] as const) {
			const values = spans.map((x) => (x ? x[field] : null));
			rows.push({
				key: `span.${role}.${field}`,
				label,
				values,
				shown: values.map((v) => (v === null ? 'no ' + one : String(v))),
				diff: diffOf(values, (d) => signedCount(Math.round(d * 10) / 10))
			});
		}
	}
	return rows;
}
