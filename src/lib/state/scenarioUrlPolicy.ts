/**
 * The plain rules behind the URL bridge (`UrlState`): when an edit makes a new history entry,
 * what the address of a scenario is and what the document title says. No Svelte, no DOM, so
 * they are tested in Node.
 */
import { scenarioTitle, toQueryString, type Scenario } from '$lib/scenario';

/** How long an edit must rest before the next edit counts as a new step in the history. */
export const SETTLE_MS = 600;

export const APP_NAME = 'Org design simulator';

/**
 * `input`: one step of a gesture still under way (a keystroke, a slider move).
 * `step`: a key press that steps a number box or slider (an arrow, Page Up/Down, Home, End).
 * `commit`: the gesture is over (a select changed, a field lost focus, a preset was chosen).
 */
export type EditKind = 'input' | 'step' | 'commit';

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

/**
 * Keys that step a number box or a slider (by one step, a page, or to an end). For every press
 * the browser fires `input` and `change` at once, as if each press were a finished gesture.
 */
export const ADJUST_KEYS: ReadonlySet<string> = new Set([
	'ArrowUp',
	'ArrowDown',
	'ArrowLeft',
	'ArrowRight',
	'PageUp',
	'PageDown',
	'Home',
	'End'
]);

/**
 * The kind of an `input` or `change` event of a number box or slider, given the last key pressed
 * on the control (null for none, or a pointer press since). A change made by an adjusting key
 * does not end the gesture: twenty presses on one control make one history entry, which leaving
 * the control ends.
 */
export function numberEditKind(event: 'input' | 'change', lastKey: string | null): EditKind {
	if (lastKey !== null && ADJUST_KEYS.has(lastKey)) return 'step';
	return event === 'input' ? 'input' : 'commit';
}

/** The gesture the history is following: open while the user keeps typing or dragging. */
export interface EditBurst {
	open: boolean;
	lastEditAt: number;
	/**
	 * Key presses stepping a control: no pause ends them, only leaving the control (a commit).
	 * A person looks at each result between presses, and a slow page makes presses far apart.
	 */
	stepping?: true;
}

export const IDLE_BURST: EditBurst = { open: false, lastEditAt: -Infinity };

/**
 * Decides how an edit reaches the history. The first edit of a gesture pushes a new entry (so
 * Back returns to the scenario from before the gesture) and every further step of the same
 * gesture replaces it (so typing "120" does not leave "1" and "12" behind). A gesture ends with a
 * commit, or after `settleMs` without edits (key steps excepted: see `EditBurst.stepping`).
 */
export function planHistoryWrite(
	burst: EditBurst,
	kind: EditKind,
	now: number,
	settleMs = SETTLE_MS
): { mode: HistoryMode; burst: EditBurst } {
	const mode: HistoryMode = isBurstOpen(burst, now, settleMs) ? 'replace' : 'push';
	const next: EditBurst = { open: kind !== 'commit', lastEditAt: now };
	return { mode, burst: kind === 'step' ? { ...next, stepping: true } : next };
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
	return burst.open ? { ...burst, lastEditAt: Math.max(burst.lastEditAt, now) } : burst;
}

export function isBurstOpen(burst: EditBurst, now: number, settleMs = SETTLE_MS): boolean {
	return burst.open && (burst.stepping === true || now - burst.lastEditAt < settleMs);
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
