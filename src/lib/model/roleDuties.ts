/**
 * What each role does in the model, for the /model page: the responsibilities the seeds give
 * it, read from the coverage model's own table (INTENDED_HOLDER), so the page cannot promise
 * work the simulation does not give that role. Pure.
 */
import { INTENDED_HOLDER, RESPONSIBILITY_LABELS } from '$lib/sim/metrics/coverage';
import { RESPONSIBILITIES, type Responsibility } from '$lib/sim/types';

export interface RoleDuty {
	role: string;
	/** What the role is, in a sentence. */
	about: string;
	holds: string[];
}

const held = (holder: 'pm' | 'po'): string[] =>
	RESPONSIBILITIES.filter((r: Responsibility) => INTENDED_HOLDER[r] === holder).map(
		(r) => RESPONSIBILITY_LABELS[r]
	);

export function roleDuties(): RoleDuty[] {
	const pm = held('pm');
	const po = held('po');
	return [
		{
			role: 'Product Manager (PM)',
			about:
				'Strategic and market-facing: who the product is for, what it does and why, over a quarter to a year. One PM per product area of one or more teams.',
			holds: pm
		},
		{
			role: 'Product Owner (PO)',
			about:
				'Tactical and delivery-facing: what the team builds next, sprint by sprint. One PO per team, or per few teams.',
			holds: po
		},
		{
			role: 'Combined PM/PO',
			about:
				'Both roles in one person, common in small companies. Pays for switching between strategy and delivery, and urgent delivery work is served first.',
			holds: [...pm, ...po]
		},
		{
			role: 'Team (developers)',
			about:
				'Builds the items and decides how. Asks the PO when a story is unclear, and waits for the answer. Runs its own backlog when there is no PO.',
			holds: []
		},
		{
			role: 'Leadership and stakeholders',
			about:
				'Sales, marketing, finance and leadership are consulted on roadmap moves and approve pricing; they answer after a delay rather than from a queue. Leadership takes on PM work when there is no PM.',
			holds: []
		}
	];
}
