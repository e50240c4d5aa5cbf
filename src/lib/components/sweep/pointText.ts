import { formatMoney } from '$lib/sim/metrics/money';
import { DECISION_KINDS } from '$lib/sim/types';
import type { Currency, ProductModel } from '$lib/scenario';
import { shortLoad, valuePhrase, type DrawnPoint } from '$lib/sweep';

const days = (x: number | null) => (x === null ? 'none finished' : `${x.toFixed(1)} days`);

/**
 * A point in one sentence, for its link's accessible name and tooltip; `model` is the scenario's
 * product model (the point's own in a sweep that compares models), which names the role. An
 * outlook (runs still going) says so first and gives what its settings decide.
 */
export function pointText(point: DrawnPoint, currency: Currency, model: ProductModel): string {
	const pointModel = (point.values.model as ProductModel | undefined) ?? model;
	const where = Object.entries(point.values)
		.map(([key, value]) => valuePhrase(key, value, undefined, pointModel))
		.join(', ');
	const busiest = point.busiest
		? `busiest ${point.busiest.role} at ${shortLoad(point.busiest.load)} load`
		: 'nobody busy';
	if (point.decisions === null) {
		return `Runs still going. ${where}: ${point.verdict}; ${busiest}; lead times and cost when its runs finish. Opens this scenario.`;
	}
	const decisions = point.decisions;
	const lead = DECISION_KINDS.map((k) => `${k} p85 ${days(decisions[k].leadTimeDays.p85)}`);
	const cost =
		point.costPerDecision === null
			? 'no decision delivered'
			: `${formatMoney(point.costPerDecision, currency)} per decision`;
	return `${where}: ${point.verdict}; ${lead.join(', ')}; ${busiest}; ${cost}. Opens this scenario.`;
}
