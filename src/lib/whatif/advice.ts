/**
 * The advice on the main page, read from the what-if ranking and nothing else: every line is a
 * change the evaluator ran on the scenario's paired seeds, with its measured effect, in the
 * ranking's order, so the first line is the top-ranked tested change. Changes whose effect is
 * within the noise (./noise) are listed as such after the improvements, never as improvements;
 * clear losses are not advice.
 */
import { formatValue } from '$lib/charts/format';
import { evidenceText, improvementText } from './describe';
import type { LeadTimeMetric } from './leadTimeScore';
import { costText } from './peopleCost';
import type { RankedChange, Ranking } from './rankChanges';

/** Advice lines shown before the what-if panel's full list. */
export const ADVICE_LINES = 3;

export type AdviceTone = 'gain' | 'noise';

export interface AdviceLine {
	/** The what-if change's id (`pm-add`). */
	changeId: string;
	tone: AdviceTone;
	label: string;
	/** "5.7 days shorter (34%)", or "within the noise (0.4 days shorter)". */
	effect: string;
	/** "shorter in 20 of 20 runs", or why it is noise. */
	evidence: string;
	/** "+1 PM", "no change in people". */
	cost: string;
	change: RankedChange;
}

/** The effect in words, labelled "within the noise" unless it is clear. */
export function effectText(change: RankedChange): string {
	const measured = improvementText(change);
	if (change.clear) return measured;
	return measured === 'no measurable change'
		? 'within the noise'
		: `within the noise (${measured})`;
}

function noiseReason(change: RankedChange): string {
	if (change.runs < 2) return evidenceText(change);
	const minimum = `${formatValue('days', change.minimumDays)} days`;
	const [low, high] = change.interval;
	const straddles = low <= 0 && high >= 0;
	return straddles
		? `${evidenceText(change)}; chance alone could give this`
		: `smaller than ${minimum}, the least this model can tell apart`;
}

/** The advice lines of a ranking, best first: clear improvements, then changes within the noise. */
export function adviceLines(ranking: Ranking, count = ADVICE_LINES): AdviceLine[] {
	return ranking.changes
		.filter((c) => !(c.clear && c.improvementDays < 0))
		.slice(0, count)
		.map((change) => ({
			changeId: change.candidate.id,
			tone: change.clear ? 'gain' : 'noise',
			label: change.candidate.label,
			effect: effectText(change),
			evidence: change.clear ? evidenceText(change) : noiseReason(change),
			cost: costText(change.candidate.cost),
			change
		}));
}

const MEASURE: Record<LeadTimeMetric, string> = {
	all: 'mean time to decide',
	roadmap: 'mean time to decide on the roadmap',
	backlog: 'mean time to finish a backlog item',
	pricing: 'mean time to decide on pricing'
};

/** One sentence over the advice: what was tested and whether anything helps. */
export function adviceSummary(ranking: Ranking): string {
	if (ranking.changes.length === 0) return 'No single structural change is possible here.';
	const tested = `${ranking.changes.length} single ${ranking.changes.length === 1 ? 'change' : 'changes'}, each on the same ${ranking.runs} runs`;
	const measure = MEASURE[ranking.metric];
	const best = ranking.changes[0];
	if (best.clear && best.improvementDays > 0) {
		return `Tested ${tested}: “${best.candidate.label}” shortens the ${measure} most.`;
	}
	if (best.clear) {
		return `Tested ${tested}: every one makes the ${measure} longer; this structure is the best of its neighbours.`;
	}
	return `Tested ${tested}: none shortens the ${measure} beyond the noise.`;
}
