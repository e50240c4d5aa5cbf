/**
 * Which computed styles a standalone SVG needs, and how to write them. A chart on the page takes
 * its colours and fonts from the stylesheet (classes, CSS variables such as `var(--kind-roadmap)`);
 * a file opened elsewhere has no stylesheet, so each element gets its computed values inline.
 * Values equal to SVG's initial value are left out to keep the file small.
 */

/** Presentation properties of SVG that the charts use, with SVG's initial value ('' = always write). */
export const SVG_STYLE_PROPS: Record<string, string> = {
	fill: 'rgb(0, 0, 0)',
	'fill-opacity': '1',
	'fill-rule': 'nonzero',
	stroke: 'none',
	'stroke-width': '1px',
	'stroke-opacity': '1',
	'stroke-dasharray': 'none',
	'stroke-dashoffset': '0px',
	'stroke-linecap': 'butt',
	'stroke-linejoin': 'miter',
	'stroke-miterlimit': '4',
	opacity: '1',
	'font-family': '',
	'font-size': '',
	'font-weight': '400',
	'font-style': 'normal',
	'letter-spacing': 'normal',
	'text-anchor': 'start',
	'dominant-baseline': 'auto',
	'text-decoration-line': 'none',
	'paint-order': 'normal',
	visibility: 'visible',
	'stop-color': 'rgb(0, 0, 0)',
	'stop-opacity': '1',
	'marker-start': 'none',
	'marker-mid': 'none',
	'marker-end': 'none',
	'clip-path': 'none',
	mask: 'none',
	filter: 'none',
	'vector-effect': 'none',
	'shape-rendering': 'auto'
};

/** Text-only properties: written on text elements only, where they matter. */
const TEXT_PROPS = new Set([
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline',
	'text-decoration-line'
]);

const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);
const STOP_PROPS = new Set(['stop-color', 'stop-opacity']);

/**
 * The inline `style` text for one element from its computed values: only the properties that
 * apply to this kind of element and differ from SVG's initial value.
 */
export function inlineStyleText(tagName: string, read: (property: string) => string): string {
	const isText = TEXT_ELEMENTS.has(tagName);
	const isStop = tagName === 'stop';
	const parts: string[] = [];
	for (const [property, initial] of Object.entries(SVG_STYLE_PROPS)) {
		if (TEXT_PROPS.has(property) && !isText) continue;
		if (STOP_PROPS.has(property) && !isStop) continue;
		const value = read(property).trim();
		if (!value || value === initial) continue;
		// A url() that points into the page (a gradient, a marker) keeps working only by its id.
		parts.push(`${property}:${value.replace(/url\("?[^#")]*(#[^")]+)"?\)/g, 'url($1)')}`);
	}
	return parts.join(';');
}

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** True for a colour that paints nothing: `transparent` or any rgba/hsla with alpha 0. */
export function isTransparent(color: string): boolean {
	const c = color.replace(/\s+/g, '').toLowerCase();
	if (c === '' || c === 'transparent' || c === 'none') return true;
	const m = /^rgba\((?:[^,]+,){3}([^)]+)\)$/.exec(c) ?? /^rgb\([^/]+\/([^)]+)\)$/.exec(c);
	return m ? Number.parseFloat(m[1]) === 0 : false;
}
