/**
 * The size of a chart, shared by ChartFrame with the layers inside it (Layer Cake's pattern):
 * layers read their room from here instead of taking width and height props.
 */
import { createContext } from 'svelte';

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface ChartContext {
	readonly width: number;
	readonly height: number;
	readonly padding: Padding;
	/** Width and height inside the padding: the range of the scales. */
	readonly innerWidth: number;
	readonly innerHeight: number;
}

export const [getChartContext, setChartContext] = createContext<ChartContext>();
