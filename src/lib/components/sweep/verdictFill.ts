import type { VerdictStatus } from '$lib/sim/types';

/** The verdict's colours (app.css), and a muted fill for a point not in yet. */
export const VERDICT_FILL: Record<VerdictStatus | 'pending', string> = {
	healthy: 'var(--ok)',
	strained: 'var(--warn)',
	overloaded: 'var(--danger)',
	pending: 'var(--surface-muted)'
};

/** Labels no closer than this many pixels, so a 200-value axis stays readable. */
export const MIN_LABEL_GAP = 44;

/** Every k-th label of n along `width` px, so labels keep MIN_LABEL_GAP apart. */
export function labelEvery(n: number, width: number): number {
	return Math.max(1, Math.ceil((n * MIN_LABEL_GAP) / Math.max(width, 1)));
}
