/** A line over weeks. */
export interface LineSeries {
	key: string;
	color: string;
	dash?: string;
	values: number[];
}

/** A band between two series over weeks. */
export interface AreaBand {
	key: string;
	color: string;
	opacity?: number;
	lower: number[];
	upper: number[];
}

/**
 * A figure marked on a distribution: this run's value and, when known, its range over runs. A
 * range's top end is null when runs without the figure reach it (they count as the longest), and
 * the whisker then runs off the chart.
 */
export interface RangeMarker {
	key: string;
	label: string;
	value: number;
	/** The value is a lower bound (a mean with the slowest decisions still open). */
	atLeast?: boolean;
	band?: { p5: number; p50: number | null; p95: number | null };
}
