/** Number formats of the engine's sentences (bottlenecks, gaps, verdict). */
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

export const days = (x: number): string =>
	`${x.toFixed(1)} day${x.toFixed(1) === '1.0' ? '' : 's'}`;

/** Loads at or above this are "work with no hours" (LOAD_CAP in verdict.ts). */
const NO_CAPACITY = 1000;

/**
 * A load as a sentence reads it: "93% load"; one decimal within a point of 85%, so that 85.3% does
 * not read as the strain line itself; "work but no hours" for a role with no capacity.
 */
export function loadText(x: number): string {
	if (x >= NO_CAPACITY) return 'load with no productive hours';
	const shown = Math.abs(x - 0.85) < 0.01 ? `${(x * 100).toFixed(1)}%` : percent(x);
	return `${shown} load`;
}
