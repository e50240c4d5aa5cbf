/**
 * What would relieve a bottleneck or close a gap, in one plain sentence. Deliberately simple
 * rules from the seed articles, phrased as something to try in the simulator rather than a
 * verdict: the simulation can show the effect, these sentences only point at the lever. Pure.
 */
import type { Bottleneck, Gap, Responsibility } from '$lib/sim/types';

/** The settings a suggestion looks at; any scenario has them. */
export interface ReliefContext {
	model?: string;
	teamsPerPm?: number;
	teamsPerPo?: number;
	teamSize?: number;
}

export function reliefForBottleneck(
	b: Pick<Bottleneck, 'kind'>,
	context: ReliefContext = {}
): string {
	switch (b.kind) {
		case 'po':
			return (context.teamsPerPo ?? 1) > 1
				? 'Give each Product Owner fewer teams (lower "teams per PO"), so refinement and answers stop queuing.'
				: 'Add a Product Owner, or move routine refinement to the team, so stories and answers stop queuing.';
		case 'pmpo':
			return 'Separate the PM and PO roles: one person cannot serve strategy and delivery at this load, and urgent delivery work crowds out the strategy.';
		case 'pm':
			return 'Reduce teams per Product Manager (add a PM), so discovery, alignment and pricing do not wait on one person.';
		case 'team':
			return 'The teams themselves are the constraint: take on fewer new items a week or add developers; more product roles will not shorten this wait.';
		case 'leadership':
			return 'Leadership is absorbing product work nobody holds: give that work an owner (a Product Manager for market and pricing) or give leaders more hours for it.';
		case 'stakeholders':
			return 'Decisions wait for stakeholders: agree a response time for alignment and approvals, or delegate smaller approvals to the PM.';
	}
}

const PM_WORK: readonly Responsibility[] = [
	'vision-strategy',
	'roadmap',
	'market-research',
	'pricing',
	'go-to-market',
	'stakeholder-alignment'
];

export function reliefForGap(
	g: Pick<Gap, 'kind' | 'responsibility'>,
	context: ReliefContext = {}
): string {
	const strategic = PM_WORK.includes(g.responsibility);
	switch (g.kind) {
		case 'uncovered':
			return strategic
				? 'Give this work an owner: a Product Manager (or a combined PM/PO in a small company) holds market, pricing and roadmap.'
				: context.model === 'pm-only'
					? 'Make the team explicitly own its backlog, or add a Product Owner for the teams that struggle.'
					: 'Give the backlog an owner: a Product Owner per team (or per two teams).';
		case 'starved':
			if (context.model === 'combined') {
				return strategic
					? 'The PM/PO has no hours left for it: separate the PM and PO roles, so strategy is not crowded out by delivery.'
					: 'The PM/PO has no hours left for it: give each PM/PO fewer teams, or separate the roles.';
			}
			return strategic
				? 'Its holder has no hours left for it: free the PM from delivery work, or add a PM.'
				: 'Its holder has no hours left for it: give each PO fewer teams, or add a PO.';
		case 'duplicated':
			return 'Two roles both do this: agree who decides, so work is not done twice or ordered two ways.';
	}
}
