/** Number formats of the engine's sentences (bottlenecks, gaps, verdict). */
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

export const days = (x: number): string =>
	`${x.toFixed(1)} day${x.toFixed(1) === '1.0' ? '' : 's'}`;
