/**
 * Gaps of one kind told once: "Nobody holds these; leadership absorbs them: the roadmap (0.8 h a
 * week), pricing (0.1 h a week), …" instead of one near-identical sentence per responsibility.
 * The printed report needs this to stay on one page; each responsibility keeps its own figure.
 */
import { RESPONSIBILITY_LABELS } from '$lib/sim';
import type { Gap } from '$lib/sim/types';

export interface GapItem {
	responsibility: Gap['responsibility'];
	label: string;
	/** The gap's one deciding figure, in words ("0.8 h a week", "132% load"). */
	figure: string;
	/** The full sentence, for a tooltip or a single-item group. */
	message: string;
}

export interface GapGroup {
	key: string;
	/** What the items share, as the start of a sentence. */
	lead: string;
	items: GapItem[];
}

const hours = (h: number | undefined) =>
	`${h === undefined || !Number.isFinite(h) ? '–' : h < 10 ? h.toFixed(1) : Math.round(h)} h a week`;

function lead(gap: Gap): string {
	if (gap.kind === 'duplicated') return 'Held twice';
	if (gap.kind === 'starved')
		return 'Held, but without the hours for it or crowded out by other work';
	if (!gap.absorbedBy) return 'Nobody holds these, and they stall';
	return gap.absorbedBy === 'leadership'
		? 'Nobody holds these; leadership absorbs them at extra effort'
		: 'Nobody holds these; the teams absorb them at extra effort';
}

function figure(gap: Gap): string {
	const f = gap.figures;
	if (gap.kind === 'starved') {
		return f.byHours >= 0.5
			? `${Math.round((f.load ?? 0) * 100)}% load`
			: `waits ${(f.meanWaitDays ?? 0).toFixed(1)} days`;
	}
	if (gap.kind === 'uncovered' && gap.absorbedBy) return hours(f.hoursPerWeek);
	if (gap.kind === 'duplicated') return hours(f.poHoursPerWeek);
	const stuck = Object.values(f).reduce((sum, n) => sum + (n > 0 ? n : 0), 0);
	return `${Math.round(stuck)} stuck`;
}

/** The gaps grouped by kind and by who absorbs them, in the order they first appear. */
export function groupGaps(gaps: readonly Gap[]): GapGroup[] {
	const groups = new Map<string, GapGroup>();
	for (const gap of gaps) {
		const key = `${gap.kind}:${gap.absorbedBy ?? ''}`;
		let group = groups.get(key);
		if (!group) {
			group = { key, lead: lead(gap), items: [] };
			groups.set(key, group);
		}
		group.items.push({
			responsibility: gap.responsibility,
			label: RESPONSIBILITY_LABELS[gap.responsibility],
			figure: figure(gap),
			message: gap.message
		});
	}
	return [...groups.values()];
}
