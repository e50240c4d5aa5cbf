/**
 * The rows of the people-and-cost table: per role, headcount, span of control, load and cost a
 * year. Load is the engine's (offered work ÷ capacity, the verdict's figure), the busiest person
 * of the kind; developers' is their team's.
 */
import type { Scenario } from '$lib/scenario';
import {
	costSummary,
	spanOfControl,
	type CostRole,
	type CostSummary,
	type SimulationResult,
	type SpanFigure
} from '$lib/sim';

export interface CostRow {
	role: CostRole;
	people: number;
	span: SpanFigure | null;
	/** The busiest of the kind; null when the kind has no load figure. */
	load: number | null;
	annual: number;
}

const LOAD_KIND: Record<CostRole, string> = {
	pm: 'pm',
	po: 'po',
	pmpo: 'pmpo',
	developer: 'team'
};

/** The cost of the run on screen: the replications' (medians over runs) once in, else the seed run's. */
export function costOf(
	scenario: Scenario,
	result: Pick<SimulationResult, 'decisions'>,
	summary: { cost: CostSummary } | null
): CostSummary {
	return (
		summary?.cost ??
		costSummary(scenario, {
			roadmap: result.decisions.roadmap.throughputPerWeek,
			backlog: result.decisions.backlog.throughputPerWeek,
			pricing: result.decisions.pricing.throughputPerWeek
		})
	);
}

export function costRows(
	scenario: Scenario,
	result: Pick<SimulationResult, 'roles'>,
	cost: CostSummary
): CostRow[] {
	const span = spanOfControl(scenario);
	return cost.headcount.map((r) => {
		const loads = result.roles.filter((x) => x.kind === LOAD_KIND[r.role]).map((x) => x.load);
		return {
			role: r.role,
			people: r.people,
			span: span.find((s) => s.role === r.role) ?? null,
			load: loads.length ? Math.max(...loads) : null,
			annual: r.annual
		};
	});
}
