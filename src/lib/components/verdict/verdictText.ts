/**
 * The verdict's sentence split for display: the status word as a label (so the status is read,
 * not only seen as a colour) and the rest. The engine starts each sentence with the word and a
 * colon ("Overloaded: …"); a sentence without it keeps its text whole behind the label. Pure.
 */
import type { Verdict, VerdictStatus } from '$lib/sim/types';

export const VERDICT_LABELS: Record<VerdictStatus, string> = {
	healthy: 'Healthy',
	strained: 'Strained',
	overloaded: 'Overloaded'
};

export interface VerdictParts {
	label: string;
	text: string;
}

export function verdictParts(verdict: Pick<Verdict, 'status' | 'message'>): VerdictParts {
	const label = VERDICT_LABELS[verdict.status];
	const prefix = `${label}:`;
	const text = verdict.message.startsWith(prefix)
		? verdict.message.slice(prefix.length).trimStart()
		: verdict.message;
	return { label, text };
}
