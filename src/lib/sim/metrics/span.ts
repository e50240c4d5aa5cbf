import type { Scenario } from '../../scenario/index';
import { buildOrganisation } from '../org';

/**
 * Span of control of the product roles: how many teams, and how many developers, each PM, PO or
 * combined PM/PO serves on average. "People" are the developers of those teams, the count
 * Cagan's rule of thumb (6–10 engineers per product manager) and the TCGen benchmark (10–20)
 * are stated in. Where teams do not divide evenly the last person serves fewer, so the average
 * can be a fraction; `maxTeams` is the busiest person's.
 */

export type SpanRole = 'pm' | 'po' | 'pmpo';

export interface SpanFigure {
	role: SpanRole;
	/** People in the role. */
	count: number;
	/** Teams per person, on average (one decimal). */
	teams: number;
	/** Developers per person, on average (one decimal). */
	people: number;
	/** Teams of the person who serves the most. */
	maxTeams: number;
}

const SPAN_ROLES: readonly SpanRole[] = ['pm', 'po', 'pmpo'];
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** One row per product role the scenario has, in the order PM, PO, PM/PO. */
export function spanOfControl(s: Scenario): SpanFigure[] {
	const org = buildOrganisation(s);
	return SPAN_ROLES.flatMap((role) => {
		const people = org.roles.filter((r) => r.kind === role);
		if (people.length === 0) return [];
		const teams = people.reduce((a, r) => a + r.teams.length, 0);
		return [
			{
				role,
				count: people.length,
				teams: oneDecimal(teams / people.length),
				people: oneDecimal((teams * s.teamSize) / people.length),
				maxTeams: Math.max(...people.map((r) => r.teams.length))
			}
		];
	});
}
