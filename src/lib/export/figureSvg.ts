/**
 * A figure on the page as one standalone SVG file: what the reader sees (the caption, the chart,
 * its legends), laid out as on screen, with every colour and font inlined so the file renders the
 * same in a slide deck, an image viewer or Inkscape, without the page's stylesheet.
 *
 * How: each visible <svg> inside the figure is cloned into a nested <svg> at its on-screen
 * position, with computed styles inlined (see svgStyle.ts); HTML text (caption, legend labels)
 * becomes <text> at the position of each line the browser laid out; coloured HTML boxes (swatches)
 * become <rect>s. Controls (buttons, inputs), data tables (<details>) and hidden parts are left
 * out.
 */
import { escapeXml, inlineStyleText, isTransparent } from './svgStyle';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Controls, data tables (the text alternative, folded away in <details>) and marked parts. */
const SKIP = 'button, input, select, textarea, table, details, script, style, [data-export="skip"]';

export interface FigureSvgOptions {
	/** Space around the figure, in CSS pixels. */
	padding?: number;
	/** Page colour behind the figure; defaults to the first opaque background up the tree. */
	background?: string;
}

export interface FigureSvg {
	svg: string;
	width: number;
	height: number;
	title: string;
}

function isHidden(el: Element, style: CSSStyleDeclaration): boolean {
	if (style.display === 'none' || style.visibility === 'hidden') return true;
	if (Number.parseFloat(style.opacity) === 0) return true;
	// The visually-hidden pattern: a 1 px box clipped to nothing.
	if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') return true;
	const rect = el.getBoundingClientRect();
	return rect.width === 0 && rect.height === 0 && el.tagName.toLowerCase() !== 'svg';
}

function opaqueBackground(el: Element | null): string {
	for (let node = el; node; node = node.parentElement) {
		const bg = getComputedStyle(node).backgroundColor;
		if (!isTransparent(bg)) return bg;
	}
	return '#ffffff';
}

/** Copies computed styles onto a cloned SVG subtree, walking source and clone in step. */
function inlineSvgStyles(source: Element, clone: Element): void {
	const style = getComputedStyle(source);
	const text = inlineStyleText(source.localName, (p) => style.getPropertyValue(p));
	// Values such as fill="var(--x)" or style="stroke: var(--x)" mean nothing outside the page:
	// they go, and the computed values (written after what is kept, so they win) take their place.
	const kept = (clone.getAttribute('style') ?? '')
		.split(';')
		.filter((d) => d.trim() && !d.includes('var('))
		.join(';');
	const combined = [kept, text].filter(Boolean).join(';');
	// Through the CSSOM, not setAttribute: the page's content security policy refuses style
	// attributes written as text, even on a detached clone.
	if (combined) (clone as SVGElement).style.cssText = combined;
	else clone.removeAttribute('style');
	for (const attr of [...clone.attributes]) {
		if (attr.name !== 'style' && attr.value.includes('var(')) clone.removeAttribute(attr.name);
	}
	if (!source.hasAttribute('transform') && style.transform && style.transform !== 'none') {
		if (source.localName !== 'svg') clone.setAttribute('transform', style.transform);
	}
	clone.removeAttribute('class');
	clone.removeAttribute('tabindex');
	clone.removeAttribute('data-svelte-h');
	const sourceChildren = source.children;
	const cloneChildren = clone.children;
	for (let i = 0; i < sourceChildren.length; i++) {
		const child = sourceChildren[i];
		const childClone = cloneChildren[i];
		if (!childClone) continue;
		if (child.localName === 'foreignObject') {
			childClone.remove();
			continue;
		}
		const childStyle = getComputedStyle(child);
		if (childStyle.display === 'none') {
			childClone.setAttribute('display', 'none');
			continue;
		}
		inlineSvgStyles(child, childClone);
	}
}

function nestedSvg(svg: SVGSVGElement, origin: DOMRect): string {
	const rect = svg.getBoundingClientRect();
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineSvgStyles(svg, clone);
	clone.setAttribute('x', String(round(rect.left - origin.left)));
	clone.setAttribute('y', String(round(rect.top - origin.top)));
	clone.setAttribute('width', String(round(rect.width)));
	clone.setAttribute('height', String(round(rect.height)));
	if (!clone.hasAttribute('viewBox')) {
		clone.setAttribute('viewBox', `0 0 ${round(rect.width)} ${round(rect.height)}`);
	}
	clone.setAttribute('overflow', 'visible');
	for (const attr of ['role', 'aria-label', 'aria-hidden', 'focusable'])
		clone.removeAttribute(attr);
	return new XMLSerializer().serializeToString(clone).replace(/ xmlns="[^"]*"/, '');
}

const round = (n: number) => Math.round(n * 100) / 100;

interface Line {
	text: string;
	left: number;
	top: number;
	height: number;
}

/** The laid-out lines of one text node: words grouped by the line box they landed on. */
function textLines(node: Text): Line[] {
	const content = node.data;
	const range = document.createRange();
	const lines: Line[] = [];
	const wordPattern = /\S+/g;
	let match: RegExpExecArray | null;
	while ((match = wordPattern.exec(content))) {
		range.setStart(node, match.index);
		range.setEnd(node, match.index + match[0].length);
		const rects = range.getClientRects();
		if (!rects.length) continue;
		const r = rects[0];
		if (r.width === 0 && r.height === 0) continue;
		const last = lines[lines.length - 1];
		if (last && Math.abs(last.top - r.top) < r.height / 2) {
			last.text += ` ${match[0]}`;
		} else {
			lines.push({ text: match[0], left: r.left, top: r.top, height: r.height });
		}
	}
	return lines;
}

function htmlText(node: Text, origin: DOMRect): string {
	const parent = node.parentElement;
	if (!parent) return '';
	const style = getComputedStyle(parent);
	const transform = style.textTransform;
	const fontSize = Number.parseFloat(style.fontSize);
	const attrs = [
		`font-family="${escapeXml(style.fontFamily)}"`,
		`font-size="${style.fontSize}"`,
		style.fontWeight !== '400' ? `font-weight="${style.fontWeight}"` : '',
		style.fontStyle !== 'normal' ? `font-style="${style.fontStyle}"` : '',
		`fill="${style.color}"`
	]
		.filter(Boolean)
		.join(' ');
	return textLines(node)
		.map((line) => {
			const text =
				transform === 'uppercase'
					? line.text.toUpperCase()
					: transform === 'lowercase'
						? line.text.toLowerCase()
						: line.text;
			// The line box's middle plus about a third of the font size is where the baseline sits.
			const baseline = line.top + line.height / 2 + fontSize * 0.35;
			return `<text x="${round(line.left - origin.left)}" y="${round(baseline - origin.top)}" ${attrs}>${escapeXml(text)}</text>`;
		})
		.join('');
}

function htmlBox(el: Element, style: CSSStyleDeclaration, origin: DOMRect): string {
	const bg = style.backgroundColor;
	const borderWidth = Number.parseFloat(style.borderTopWidth) || 0;
	const border = style.borderTopColor;
	const hasFill = !isTransparent(bg);
	const hasBorder = borderWidth > 0 && !isTransparent(border) && style.borderTopStyle !== 'none';
	if (!hasFill && !hasBorder) return '';
	const r = el.getBoundingClientRect();
	const inset = hasBorder ? borderWidth / 2 : 0;
	const radius = Number.parseFloat(style.borderTopLeftRadius) || 0;
	return `<rect x="${round(r.left - origin.left + inset)}" y="${round(r.top - origin.top + inset)}" width="${round(r.width - 2 * inset)}" height="${round(r.height - 2 * inset)}"${radius ? ` rx="${round(radius)}"` : ''} fill="${hasFill ? bg : 'none'}"${hasBorder ? ` stroke="${border}" stroke-width="${borderWidth}"` : ''}/>`;
}

function walk(el: Element, origin: DOMRect, out: string[], isRoot: boolean): void {
	if (!isRoot && el.matches(SKIP)) return;
	const style = getComputedStyle(el);
	if (isHidden(el, style)) return;
	if (el instanceof SVGSVGElement) {
		out.push(nestedSvg(el, origin));
		return;
	}
	if (!isRoot) out.push(htmlBox(el, style, origin));
	for (const child of el.childNodes) {
		if (child.nodeType === Node.TEXT_NODE) {
			if ((child as Text).data.trim()) out.push(htmlText(child as Text, origin));
		} else if (child instanceof Element) {
			walk(child, origin, out, false);
		}
	}
}

/** The figure as a standalone SVG document, sized as it is on screen. */
export function figureToSvg(figure: Element, options: FigureSvgOptions = {}): FigureSvg {
	const padding = options.padding ?? 16;
	const rect = figure.getBoundingClientRect();
	const origin = new DOMRect(rect.left - padding, rect.top - padding, rect.width, rect.height);
	const width = Math.ceil(rect.width + 2 * padding);
	const height = Math.ceil(rect.height + 2 * padding);
	const background = options.background ?? opaqueBackground(figure);
	const title = (figure.querySelector('figcaption')?.textContent ?? '').replace(/\s+/g, ' ').trim();
	const body: string[] = [];
	walk(figure, origin, body, true);
	const svg =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		(title ? `<title>${escapeXml(title)}</title>` : '') +
		`<rect width="100%" height="100%" fill="${background}"/>` +
		body.filter(Boolean).join('') +
		`</svg>\n`;
	return { svg, width, height, title };
}
