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

/** A figure marked on a distribution: this run's value and, when known, its range over runs. */
export interface RangeMarker {
	key: string;
	label: string;
	value: number;
	band?: { p5: number; p50: number; p95: number };
}
