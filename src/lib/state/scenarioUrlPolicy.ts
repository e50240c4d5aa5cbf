/**
 * The plain rules behind the URL bridge (`ScenarioUrl`): when an edit makes a new history entry,
 * what the address of a scenario is and what the document title says. No Svelte, no DOM, so
 * they are tested in Node.
 */
import { scenarioTitle, toQueryString, type Scenario } from '$lib/scenario';

/** How long an edit must rest before the next edit counts as a new step in the history. */
export const SETTLE_MS = 600;

export const APP_NAME = 'Org design simulator';

/**
 * `input`: one step of a gesture still under way (a keystroke, a slider move).
 * `commit`: the gesture is over (a select changed, a field lost focus, a preset was chosen).
 */
export type EditKind = 'input' | 'commit';

export type HistoryMode = 'push' | 'replace';

/**
 * One edit as the user made it: its kind, and when the key was pressed or the slider moved
 * (`event.timeStamp`, on the clock of `performance.now()`). The event's own time, not the time
 * it is handled, decides whether the user paused: a busy page must not turn typing into steps.
 */
export interface Gesture {
	kind: EditKind;
	at: number;
}

export function gesture(event: Event, kind: EditKind): Gesture {
	return { kind, at: event.timeStamp };
}

/** The gesture the history is following: open while the user keeps typing or dragging. */
export interface EditBurst {
	open: boolean;
	lastEditAt: number;
}

export const IDLE_BURST: EditBurst = { open: false, lastEditAt: -Infinity };

/**
 * Decides how an edit reaches the history. The first edit of a gesture pushes a new entry (so
 * Back returns to the scenario from before the gesture) and every further step of the same
 * gesture replaces it (so typing "120" does not leave "1" and "12" behind). A gesture ends with a
 * commit, or after `settleMs` without edits.
 */
export function planHistoryWrite(
	burst: EditBurst,
	kind: EditKind,
	now: number,
	settleMs = SETTLE_MS
): { mode: HistoryMode; burst: EditBurst } {
	const mode: HistoryMode = isBurstOpen(burst, now, settleMs) ? 'replace' : 'push';
	return { mode, burst: { open: kind === 'input', lastEditAt: now } };
}

/** A commit that changes nothing (the field already holds the typed value) still ends the gesture. */
export function settleBurst(burst: EditBurst): EditBurst {
	return { ...burst, open: false };
}

/**
 * Called when the app has caught up with an edit (its URL is written and the page redrawn): a
 * pause only counts from then, because a user cannot pause on a result they have not seen yet.
 */
export function extendBurst(burst: EditBurst, now: number): EditBurst {
	return burst.open ? { open: true, lastEditAt: Math.max(burst.lastEditAt, now) } : burst;
}

export function isBurstOpen(burst: EditBurst, now: number, settleMs = SETTLE_MS): boolean {
	return burst.open && now - burst.lastEditAt < settleMs;
}

/**
 * When edits arrive faster than the router writes them, several edits share one write: it must
 * push if any of them asked for a new entry.
 */
export function mergeModes(pending: HistoryMode | null, next: HistoryMode): HistoryMode {
	return pending === 'push' || next === 'push' ? 'push' : 'replace';
}

/** The relative address of a scenario: its query string, which the router resolves on the page. */
export function scenarioSearch(scenario: Scenario): string {
	return '?' + toQueryString(scenario);
}

/** Field-by-field equality: scenarios are flat records of numbers and strings. */
export function sameScenario(a: Scenario, b: Scenario): boolean {
	const left = a as unknown as Record<string, unknown>;
	const right = b as unknown as Record<string, unknown>;
	const keys = Object.keys(left);
	return keys.length === Object.keys(right).length && keys.every((k) => left[k] === right[k]);
}

/** "Acme · Org design simulator", or what scenarioTitle calls an unnamed scenario. */
export function documentTitle(scenario: Scenario): string {
	return `${scenarioTitle(scenario)} · ${APP_NAME}`;
}
