/** Number formats of the engine's sentences (bottlenecks, gaps, verdict). */
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

export const days = (x: number): string =>
	`${x.toFixed(1)} day${x.toFixed(1) === '1.0' ? '' : 's'}`;

/** Hours in a sentence: one decimal below ten ("8.0 h"), whole hours above ("66 h"). */
export const hoursText = (x: number): string => `${x < 10 ? x.toFixed(1) : Math.round(x)} h`;

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
