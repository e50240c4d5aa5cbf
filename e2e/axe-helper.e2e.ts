/**
 * The axe check every page's test relies on still finds what it is there to find: a planted
 * serious problem (text too faint to read, a button with no name), on the page and inside a
 * same-origin frame, while a clean page gives none.
 */
import type { Page } from '@playwright/test';
import { seriousAxeProblems } from './axe';
import { expect, test } from './helpers';

const CLEAN = '<main><h1>Clean</h1><p>Readable text.</p><button>Named</button></main>';
const FAINT_AND_NAMELESS =
	'<main><h1>Broken</h1><p style="color:#ccc;background:#fff">Faint text.</p><button></button></main>';

/** Serves `body` from the app's origin at `path`, as the app's own pages are. */
async function serve(page: Page, path: string, body: string): Promise<void> {
	await page.route(`**${path}`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><head><title>Axe check</title></head><body>${body}</body></html>`
		})
	);
}

const rules = (problems: { rule: string }[]) => problems.map((p) => p.rule).sort();

test('a clean page has no serious problem; faint text and a nameless button are found', async ({
	page
}) => {
	await serve(page, '/axe-clean.html', CLEAN);
	await page.goto('/axe-clean.html');
	expect(await seriousAxeProblems(page)).toEqual([]);

	await serve(page, '/axe-broken.html', FAINT_AND_NAMELESS);
	await page.goto('/axe-broken.html');
	expect(rules(await seriousAxeProblems(page))).toEqual(['button-name', 'color-contrast']);
});

test('a problem inside a same-origin frame is found too', async ({ page }) => {
	await serve(page, '/axe-broken.html', FAINT_AND_NAMELESS);
	await serve(
		page,
		'/axe-host.html',
		'<main><h1>Host</h1><iframe src="/axe-broken.html" title="Embedded"></iframe></main>'
	);
	await page.goto('/axe-host.html');
	await expect(page.frameLocator('iframe').locator('h1')).toHaveText('Broken');
	const problems = await seriousAxeProblems(page);
	expect(rules(problems)).toEqual(['button-name', 'color-contrast']);
	// Named through the frame: the iframe, then the element inside it.
	expect(problems.flatMap((p) => p.nodes).every((n) => n.startsWith('iframe '))).toBe(true);
});
