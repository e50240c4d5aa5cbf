/** What a tooltip shows: a title and a few lines, anchored at a point in chart coordinates. */
export interface Tip {
	x: number;
	y: number;
	title: string;
	lines: string[];
}
