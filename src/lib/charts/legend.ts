/** One entry of a categorical legend, drawn as the mark it explains. */
export interface LegendItem {
	label: string;
	color: string;
	/** How the swatch is drawn. */
	shape?: 'line' | 'dot' | 'square' | 'ring';
	dash?: string;
	/** A character drawn on the swatch (coverage symbols). */
	symbol?: string;
}
