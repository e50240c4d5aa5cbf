/**
 * Colours of the charts. Categories use the Okabe–Ito variables of app.css (safe for the common
 * colour-vision deficiencies); load uses ColorBrewer's YlOrRd, a sequential scheme that stays
 * readable in greyscale because its lightness falls steadily from low to high load.
 */
import { STRAINED_LOAD } from '$lib/sim/metrics/verdict';
import { interpolateYlOrRd, scaleSequential } from 'd3';
import type { DecisionKind, RoleKind } from '$lib/sim/types';

export const DECISION_COLORS: Record<DecisionKind, string> = {
	roadmap: 'var(--kind-roadmap)',
	backlog: 'var(--kind-backlog)',
	pricing: 'var(--kind-pricing)'
};

export const ROLE_COLORS: Record<RoleKind, string> = {
	pm: 'var(--role-pm)',
	po: 'var(--role-po)',
	pmpo: 'var(--role-pmpo)',
	team: 'var(--role-team)',
	leadership: 'var(--role-leadership)',
	stakeholders: 'var(--role-stakeholders)'
};

/** Dash patterns per role kind, so the queue lines differ by more than colour. */
export const ROLE_DASHES: Record<RoleKind, string> = {
	pm: '',
	po: '6 3',
	pmpo: '2 2',
	team: '10 3 2 3',
	leadership: '1 3',
	stakeholders: '8 5'
};

/**
 * Busy share at or above which a week is marked strained in the views: the verdict's strain line
 * (STRAINED_LOAD), past which waiting grows steeply.
 */
export const STRAIN = STRAINED_LOAD;

// The palest end of YlOrRd is almost white; starting a little in keeps idle roles visible.
const loadScale = scaleSequential((t: number) => interpolateYlOrRd(0.06 + 0.94 * t))
	.domain([0, 1])
	.clamp(true);

/** Fill for a utilisation (busy share, 0..1); values past 1 take the top colour. */
export function loadColor(utilisation: number): string {
	return loadScale(Number.isFinite(utilisation) ? utilisation : 0);
}

/** Ink that reads on a load colour: dark on the pale half, white on the dark half. */
export function inkOn(utilisation: number): string {
	return utilisation >= 0.62 ? '#ffffff' : '#1b2430';
}

/** Stops for a gradient legend of the load scale. */
export function loadStops(count = 10): { offset: number; color: string }[] {
	return Array.from({ length: count + 1 }, (_, i) => ({
		offset: i / count,
		color: loadColor(i / count)
	}));
}
