import type { Page } from '@playwright/test';

export interface TextClash {
	/** The figure (its `data-view`, or the svg's label) the two texts are drawn in. */
	figure: string;
	first: string;
	second: string;
	/** The overlap, in CSS pixels, width × height. */
	overlap: string;
}

export interface OutsidePlot {
	figure: string;
	/** What sticks out: the mark's `data-mark` (or its tag) and by how many pixels. */
	mark: string;
	by: number;
}

/**
 * Glyph boxes run a little past the ink (line gap, descenders), so two lines set one under the
 * other touch by a pixel or two; an overlap smaller than this in either direction is not a clash
 * a reader would see.
 */
const TOUCH_PX = 2;

/**
 * Every pair of visible `text` elements in the same svg of the page whose boxes intersect, for
 * every svg that is a chart (every `svg` with at least two texts: icons have none). Each figure
 * is scrolled into view first, so views that skip layout off-screen are measured as drawn.
 *
 * A text may opt out only as `data-stacked`: a halo drawn under its own copy, the same string at
 * the same place (the pair is then one label, not two).
 */
export async function overlappingText(page: Page): Promise<TextClash[]> {
	await scrollEveryChartIntoView(page);
	return page.evaluate((touch) => {
		const clashes: TextClash[] = [];
		const svgs = [...document.querySelectorAll('svg')].filter(
			(svg) => !svg.parentElement?.closest('svg')
		);
		for (const svg of svgs) {
			const figure =
				svg.closest('[data-view]')?.getAttribute('data-view') ??
				svg.getAttribute('aria-label') ??
				svg.closest('figure, section')?.querySelector('h2, h3, figcaption')?.textContent ??
				'svg';
			const texts = [...svg.querySelectorAll('text')]
				.filter((t) => !t.hasAttribute('data-stacked'))
				.filter((t) => (t.textContent ?? '').trim() !== '')
				.filter((t) => {
					const style = getComputedStyle(t);
					return style.display !== 'none' && style.visibility !== 'hidden' && style.opacity !== '0';
				})
				.map((t) => ({ text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect() }))
				.filter(({ box }) => box.width > 0 && box.height > 0);
			for (let i = 0; i < texts.length; i++) {
				for (let j = i + 1; j < texts.length; j++) {
					const a = texts[i].box;
					const b = texts[j].box;
					const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					if (w > touch && h > touch) {
						clashes.push({
							figure: figure.trim().slice(0, 60),
							first: texts[i].text.slice(0, 60),
							second: texts[j].text.slice(0, 60),
							overlap: `${w.toFixed(1)} × ${h.toFixed(1)}`
						});
					}
				}
			}
		}
		return clashes;
	}, TOUCH_PX);
}

/**
 * Marks of a distribution (elements with `data-mark`, such as whiskers) that reach past their
 * plot area (the `data-plot-area` rectangle of the same svg), by more than a pixel.
 */
export async function marksOutsidePlot(page: Page): Promise<OutsidePlot[]> {
	await scrollEveryChartIntoView(page);
	return page.evaluate(() => {
		const outside: OutsidePlot[] = [];
		for (const svg of document.querySelectorAll('svg')) {
			const area = svg.querySelector('[data-plot-area]');
			if (!area) continue;
			const plot = area.getBoundingClientRect();
			const figure = svg.closest('[data-view]')?.getAttribute('data-view') ?? 'svg';
			for (const mark of svg.querySelectorAll('[data-mark]')) {
				const box = mark.getBoundingClientRect();
				const by = Math.max(
					plot.left - box.left,
					box.right - plot.right,
					plot.top - box.top,
					box.bottom - plot.bottom
				);
				if (by > 1)
					outside.push({ figure, mark: mark.getAttribute('data-mark') ?? '', by: Math.round(by) });
			}
		}
		return outside;
	});
}

/**
 * Scrolls each figure and svg into view in turn, a frame apiece, so a view that drew only when
 * seen has drawn. One call into the page: a round trip per element took seconds on a full page.
 */
async function scrollEveryChartIntoView(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
		for (const chart of document.querySelectorAll('figure, svg')) {
			if (!chart.isConnected) continue;
			chart.scrollIntoView({ block: 'center' });
			await nextFrame();
		}
	});
}
