import type { DecisionKind } from '$lib/sim/types';

/** What one decision of each kind is called on screen. */
export const DECISION_LABELS: Record<DecisionKind, string> = {
	roadmap: 'Roadmap decisions',
	backlog: 'Backlog items',
	pricing: 'Pricing changes'
};
