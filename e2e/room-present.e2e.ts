/**
 * Presentation mode in a meeting room: every slide fits the screen at 1280×720 and 1920×1080 in
 * presentation-size type, the slide is in the URL (a link opens at it, Back and Forward step
 * through the slides), a link's rejected parts are named, and axe finds nothing serious.
 */
import type { Page } from '@playwright/test';
import { seriousAxeProblems } from './axe';
import { expect, test } from './helpers';

async function openPresentation(page: Page, query: string) {
	await page.goto(`/?${query}`);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	const present = page.getByTestId('present');
	await expect(present).toHaveAttribute('data-slide', /./, { timeout: 20_000 });
	await expect(page.getByTestId('results')).toHaveAttribute('data-final-scenario', /./, {
		timeout: 30_000
	});
	return present;
}

/** What sticks out of the window, and the size the reader sees the slide's title in. */
async function slideLayout(page: Page) {
	return page.evaluate(() => {
		const root = document.documentElement;
		const inside = (r: DOMRect) =>
			r.left >= -0.5 &&
			r.top >= -0.5 &&
			r.right <= window.innerWidth + 0.5 &&
			r.bottom <= window.innerHeight + 0.5;
		const slide = document.querySelector('[data-testid="slide"]')!;
		const shown = [
			...slide.querySelectorAll('figure[data-view], [data-verdict], .timeline, .insights')
		].filter((el) => el.getClientRects().length > 0);
		const title =
			slide.querySelector('figure[data-view]:not([data-present-off]) figcaption h3') ??
			slide.querySelector('[data-verdict]:not([data-present-off]) p') ??
			slide.querySelector('.insights:not([data-present-off]) :is(h2, h3)');
		const titleBox = title!.getBoundingClientRect();
		const titleHeight = (title as HTMLElement).offsetHeight;
		const fontPx = Number.parseFloat(getComputedStyle(title!).fontSize);
		return {
			scrolls: root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth,
			slideInside: inside(slide.getBoundingClientRect()),
			outside: shown
				.filter((el) => !inside(el.getBoundingClientRect()))
				.map((el) => el.getAttribute('data-view') ?? el.className),
			shownCount: shown.length,
			// The font size as drawn on screen: its CSS size times the slide's scale.
			titlePx: fontPx * (titleBox.height / titleHeight)
		};
	});
}

for (const size of [
	// The 1280×720 page is also the one the landmark and axe checks read (their own test before).
	{ width: 1280, height: 720, minTitlePx: 20, accessibility: true },
	{ width: 1920, height: 1080, minTitlePx: 30, accessibility: false }
]) {
	const also = size.accessibility
		? '; a main landmark and an h1, and axe finds nothing serious on the first two slides'
		: '';
	test(`every slide fits ${size.width}×${size.height} without scrolling, in large type${also}`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: size.width, height: size.height });
		const present = await openPresentation(page, 'v=2&preset=scale-up&present=1');
		if (size.accessibility) {
			await expect(page.getByRole('main')).toHaveCount(1);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Scale-up: a PO per team, a PM per three teams'
			);
		}
		const total = Number((await present.locator('.count').textContent())!.split('/')[1]);
		expect(total).toBeGreaterThanOrEqual(7);
		const seen: string[] = [];
		for (let i = 0; i < total; i++) {
			const id = (await present.getAttribute('data-slide'))!;
			seen.push(id);
			await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe(id);
			// Wait for the slide to be scaled to its own height (a resize observer, then a frame),
			// and settled: two reads alike, so a scale caught mid-change is not measured.
			let previous = '';
			await expect
				.poll(async () => {
					const l = await slideLayout(page);
					const read = JSON.stringify(l);
					const settled = read === previous;
					previous = read;
					return settled && l.slideInside && l.outside.length === 0 && !l.scrolls;
				})
				.toBe(true);
			const layout = await slideLayout(page);
			expect(layout.shownCount, id).toBeGreaterThan(0);
			// To a tenth of a pixel: the statecharts slide scales its 36 px title to 19.99 px.
			expect(
				Math.round(layout.titlePx * 10) / 10,
				`${id}: title size on screen`
			).toBeGreaterThanOrEqual(size.minTitlePx);
			if (size.accessibility && i < 2) {
				expect(await seriousAxeProblems(page), id).toEqual([]);
			}
			if (size.width === 1920 && (id === 'summary' || id === 'network')) {
				await page.screenshot({ path: `screenshots/tmp/present-${size.width}-${id}.png` });
			}
			await page.keyboard.press('ArrowRight');
		}
		expect(new Set(seen).size).toBe(total);
	});
}

test('a link opens at its slide, and Back and Forward step through the slides', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 1280, height: 720 });
	const present = await openPresentation(page, 'v=2&preset=scale-up&present=1&view=queues');
	await expect(present).toHaveAttribute('data-slide', 'queues');
	// Summary, why, the org chart, the hidden work and the network come first.
	await expect(present.locator('.count')).toHaveText('6 / 10');
	await page.keyboard.press('ArrowRight');
	await expect(present).toHaveAttribute('data-slide', 'coverage');
	await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('coverage');
	await page.getByRole('button', { name: 'Next slide' }).click();
	await expect(present).toHaveAttribute('data-slide', 'heatmap');
	await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('heatmap');

	await page.goBack();
	await expect(present).toHaveAttribute('data-slide', 'coverage');
	await page.goBack();
	await expect(present).toHaveAttribute('data-slide', 'queues');
	await page.goForward();
	await expect(present).toHaveAttribute('data-slide', 'coverage');
	// The scenario is untouched by moving: the link still names the preset.
	expect(new URL(page.url()).searchParams.get('preset')).toBe('scale-up');

	// A slide by number opens too, and the address then names it.
	// Numbered from 1: summary, why, the org chart, the hidden work, then the network.
	await page.goto('/?v=2&preset=scale-up&present=1&view=5');
	await expect(present).toHaveAttribute('data-slide', 'network', { timeout: 20_000 });
	await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('network');
});

test('presentation mode names the parts of the link it ignored', async ({ page }) => {
	test.setTimeout(60_000);
	const present = await openPresentation(page, 'v=2&present=1&teams=abc&tems=3');
	const note = page.getByTestId('link-issues-note');
	await expect(note).toContainText('2 parts of the link were ignored');
	await note.locator('summary').click();
	await expect(note).toContainText('teams must be a number; got "abc"; using 8');
	await expect(note).toContainText('"tems"');
	// Moving on keeps the message: the link still holds what was rejected.
	await page.keyboard.press('ArrowRight');
	await expect(present).toHaveAttribute('data-slide', 'why');
	await expect(note).toContainText('2 parts of the link were ignored');
	expect(await seriousAxeProblems(page)).toEqual([]);
});
