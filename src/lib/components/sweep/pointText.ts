import { formatMoney } from '$lib/sim/metrics/money';
import { DECISION_KINDS } from '$lib/sim/types';
import type { Currency, ProductModel } from '$lib/scenario';
import { shortLoad, valuePhrase, type SweepPoint } from '$lib/sweep';

const days = (x: number | null) => (x === null ? 'none finished' : `${x.toFixed(1)} days`);

/**
 * A point in one sentence, for its link's accessible name and tooltip; `model` is the scenario's
 * product model (the point's own in a sweep that compares models), which names the role.
 */
export function pointText(point: SweepPoint, currency: Currency, model: ProductModel): string {
	const pointModel = (point.values.model as ProductModel | undefined) ?? model;
	const where = Object.entries(point.values)
		.map(([key, value]) => valuePhrase(key, value, undefined, pointModel))
		.join(', ');
	const lead = DECISION_KINDS.map((k) => `${k} p85 ${days(point.decisions[k].leadTimeDays.p85)}`);
	const busiest = point.busiest
		? `busiest ${point.busiest.role} at ${shortLoad(point.busiest.load)} load`
		: 'nobody busy';
	const cost =
		point.costPerDecision === null
			? 'no decision delivered'
			: `${formatMoney(point.costPerDecision, currency)} per decision`;
	return `${where}: ${point.verdict}; ${lead.join(', ')}; ${busiest}; ${cost}. Opens this scenario.`;
}

/** A drawn point's name: a provisional one (its first run alone) says so first. */
export function pointName(text: string, provisional: boolean): string {
	return provisional ? `Provisional, first run only: ${text}` : text;
}
