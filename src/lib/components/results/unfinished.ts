/**
 * "Nothing finishes" in words: the decision kinds of which no decision (or almost none) was
 * finished within the horizon. A lead time that does not exist reads as a dash or "none
 * finished" in a card; for a leader it is the most important fact on the screen, so it gets a
 * sentence of its own under the verdict. Read from the headline figures (medians over the runs
 * once they are in).
 */
import { formatValue } from '$lib/charts/format';
import { DECISION_KINDS, type DecisionKind } from '$lib/sim/types';
import type { HeadlineDecision } from './figures';

/**
 * Below this share of the decisions that arrived finished, a kind "barely finishes". Assumption:
 * with three in four still open at the end, the work is effectively not getting done.
 */
export const FEW_FINISHED_SHARE = 0.25;

const ONE: Record<DecisionKind, [string, string]> = {
	roadmap: ['roadmap decision', 'roadmap decisions'],
	backlog: ['backlog item', 'backlog items'],
	pricing: ['pricing decision', 'pricing decisions']
};

export interface UnfinishedFact {
	kind: DecisionKind;
	/** `none`: nothing finished; `few`: under FEW_FINISHED_SHARE of what arrived. */
	severity: 'none' | 'few';
	text: string;
}

const count = (n: number) => formatValue('count', n);

function stillOpen(d: HeadlineDecision): string {
	const open = d.open.count;
	if (open <= 0) return '';
	const oldest =
		d.open.oldestDays === null
			? ''
			: `, the oldest waiting ${formatValue('days', d.open.oldestDays)} working days`;
	return `; ${count(open)} ${open === 1 ? 'is' : 'are'} still open${oldest}`;
}

/**
 * The kinds that do not finish, worst first. `runsWithNoneFinished` and `runs` add "in 20 of 20
 * runs" once the replications are in.
 */
export function unfinishedFacts(
	decision: (kind: DecisionKind) => HeadlineDecision,
	weeks: number,
	runsWithNoneFinished: (kind: DecisionKind) => number | null = () => null,
	runs = 1
): UnfinishedFact[] {
	const facts: UnfinishedFact[] = [];
	for (const kind of DECISION_KINDS) {
		const d = decision(kind);
		if (d.created <= 0) continue;
		const [one, many] = ONE[kind];
		const horizon = `in ${weeks} weeks`;
		if (d.completed <= 0) {
			const none = runsWithNoneFinished(kind);
			const always = none === null || runs <= 1 || none >= runs;
			const text = always
				? `No ${one} is ever finished: none was done ${horizon}${runs > 1 ? ` in any of ${runs} runs` : ''}`
				: `No ${one} finished ${horizon} in ${count(none)} of ${runs} runs`;
			facts.push({ kind, severity: 'none', text: `${text}${stillOpen(d)}.` });
		} else if (d.completed < FEW_FINISHED_SHARE * d.created) {
			facts.push({
				kind,
				severity: 'few',
				text: `Almost no ${many} finish: only ${count(d.completed)} of ${count(d.created)} were done ${horizon}${stillOpen(d)}.`
			});
		}
	}
	return facts.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'none' ? -1 : 1));
}
