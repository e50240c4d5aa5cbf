/**
 * Embedding in a host page: a 640×480 iframe shows the verdict and a chart at once, `view=` shows
 * one view (and says so when there is no such view), the host is told the height, the main page
 * offers the iframe snippet, a link's rejected parts are named, and axe finds nothing serious.
 */
import type { Frame, Page } from '@playwright/test';
import { seriousAxeProblems } from './axe';
import { expect, test } from './helpers';

const HEIGHT_MESSAGE = 'org-design-simulator:height';

/** A host page with the embed in an iframe; the messages it receives are kept in `received`. */
async function host(page: Page, iframeHtml: string): Promise<Frame> {
	await page.setViewportSize({ width: 900, height: 700 });
	// Served from the app's origin at a path of its own, as a wiki page would be from its own.
	await page.route('**/host.html', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><head><title>Host</title>
			<link rel="icon" href="/favicon.svg"></head><body style="margin:0">
			<script>window.received = []; addEventListener('message', (e) => window.received.push(e.data));</script>
			${iframeHtml}</body></html>`
		})
	);
	await page.goto('/host.html');
	const frame = page.frames().find((f) => f !== page.mainFrame())!;
	await expect(frame.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
	await expect(frame.locator('figure[data-view]:visible').first()).toBeVisible({ timeout: 20_000 });
	return frame;
}

function iframe(src: string) {
	return `<iframe src="${src}" title="Org design" width="640" height="480" style="border:0"></iframe>`;
}

test('a 640×480 iframe shows the verdict and a chart, and tells the host its height', async ({
	page,
	baseURL
}) => {
	test.setTimeout(60_000);
	const frame = await host(page, iframe(`${baseURL}/?v=2&preset=scale-up&embed=1`));
	const verdict = frame.locator('[data-verdict]');
	await expect(verdict).toBeVisible();
	const verdictBox = (await verdict.boundingBox())!;
	expect(verdictBox.y + verdictBox.height).toBeLessThanOrEqual(480);
	// A chart starts in the first screen, with at least 150 px of it in view.
	const chart = frame.locator('figure[data-view] svg[role="group"]').first();
	await expect(chart).toBeVisible();
	const chartBox = (await chart.boundingBox())!;
	expect(chartBox.y).toBeLessThan(480 - 150);
	await page.screenshot({
		path: 'screenshots/tmp/embed-640x480.png',
		clip: { x: 0, y: 0, width: 640, height: 480 }
	});

	// The host hears the embed's full height, taller than the frame with six views.
	await expect
		.poll(() =>
			page.evaluate(
				(type) =>
					(window as unknown as { received: { type: string; height: number }[] }).received.filter(
						(m) => m?.type === type
					),
				HEIGHT_MESSAGE
			)
		)
		.toContainEqual(expect.objectContaining({ type: HEIGHT_MESSAGE, view: null }));
	// The figures fill in as the runs finish, so the height can change once more after a message:
	// wait until the last height the host heard is the embed's height as it now stands.
	const lastAndFull = async () => ({
		last: await page.evaluate(
			(type) =>
				(window as unknown as { received: { type: string; height: number }[] }).received
					.filter((m) => m?.type === type)
					.map((m) => m.height)
					.at(-1),
			HEIGHT_MESSAGE
		),
		full: await frame.evaluate(() =>
			Math.ceil(document.querySelector('[data-testid="embed"]')!.getBoundingClientRect().height)
		)
	});
	await expect
		.poll(async () => {
			const { last, full } = await lastAndFull();
			return last === full;
		})
		.toBe(true);
	const { last } = await lastAndFull();
	expect(last).toBeGreaterThan(2000);
});

test('view= embeds one view, and an unknown view says which there are', async ({
	page,
	baseURL
}) => {
	test.setTimeout(60_000);
	const frame = await host(page, iframe(`${baseURL}/?v=2&preset=scale-up&embed=1&view=queues`));
	await expect(frame.locator('figure[data-view]:visible')).toHaveCount(1);
	await expect(frame.locator('figure[data-view]:visible')).toHaveAttribute('data-view', 'queues');
	await expect(frame.locator('[data-verdict]')).toBeVisible();
	const chartBox = (await frame
		.locator('figure[data-view="queues"] svg[role="group"]')
		.boundingBox())!;
	expect(chartBox.y).toBeLessThan(480 - 150);
	// One view is short: the height the host hears is that of one view, not six.
	await expect
		.poll(() =>
			page.evaluate(() => {
				const got = (
					window as unknown as { received: { type: string; height: number; view: string }[] }
				).received;
				return (
					got
						.filter((m) => m?.view === 'queues')
						.map((m) => m.height)
						.pop() ?? 0
				);
			})
		)
		.toBeGreaterThan(300);
	const oneView = await page.evaluate(() =>
		(window as unknown as { received: { height: number }[] }).received.map((m) => m.height).pop()
	);
	expect(oneView).toBeLessThan(1400);

	await page.goto(`/?v=2&preset=scale-up&embed=1&view=nope`);
	const message = page.getByTestId('unknown-view');
	await expect(message).toContainText('This page has no view called “nope”', { timeout: 20_000 });
	await expect(message).toContainText(
		'org-chart, network, queues, coverage, heatmap, leadtimes, statecharts'
	);
	await expect(page.locator('figure[data-view]:visible')).toHaveCount(6);

	// The org chart is not one of the six, but it is offered, so it can be embedded alone too.
	await page.goto(`/?v=2&preset=scale-up&embed=1&view=org-chart`);
	const shown = page.locator('figure[data-view]:visible');
	await expect(shown).toHaveCount(1, { timeout: 20_000 });
	await expect(shown).toHaveAttribute('data-view', 'org-chart');
	await expect(shown.locator('[data-role-id]').first()).toBeVisible();
	await expect(page.getByTestId('unknown-view')).toHaveCount(0);
});

test('the main page offers a copy-ready iframe snippet that embeds what it says', async ({
	page,
	baseURL
}) => {
	test.setTimeout(60_000);
	await page.goto('/?v=2&preset=startup');
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	// The org chart, the hidden work and the six views.
	await expect(page.locator('figure[data-view]')).toHaveCount(8, { timeout: 20_000 });
	await page.getByTestId('export-toggle').click();
	const snippet = page.getByTestId('embed-snippet');
	await expect(snippet).toHaveValue(
		`<iframe src="${baseURL}/?v=2&amp;preset=startup&amp;embed=1" title="Startup: one combined PM/PO" width="640" height="480" style="border:0" loading="lazy"></iframe>`
	);
	await page
		.getByTestId('export-panel')
		.getByLabel('Show')
		.selectOption({ label: 'Queues over time' });
	await expect(snippet).toHaveValue(/&amp;embed=1&amp;view=queues"/);
	await page.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(page.getByText('Copied.')).toBeVisible();

	const html = await snippet.inputValue();
	const frame = await host(page, html);
	await expect(frame.locator('figure[data-view]:visible')).toHaveAttribute('data-view', 'queues');
});

test('embed mode names the parts of the link it ignored, compactly', async ({ page }) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 640, height: 480 });
	await page.goto('/?embed=1&teams=abc&tems=3');
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	const note = page.getByTestId('link-issues-note');
	await expect(note.locator('summary')).toHaveText('2 parts of the link were ignored');
	await expect(note.getByRole('note')).toBeHidden();
	const box = (await note.boundingBox())!;
	expect(box.height).toBeLessThan(40);
	await note.locator('summary').click();
	await expect(note.getByRole('note')).toBeVisible();
	await expect(note).toContainText('teams must be a number; got "abc"; using 8');
	await expect(note).toContainText('Unknown setting "tems" was ignored');
});

test('embed mode has a main landmark and an h1, and axe finds nothing serious', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 640, height: 480 });
	await page.goto('/?v=2&preset=scale-up&embed=1&teams=abc');
	await expect(page.locator('figure[data-view]')).toHaveCount(6, { timeout: 20_000 });
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Scale-up: a PO per team, a PM per three teams'
	);
	expect(await seriousAxeProblems(page)).toEqual([]);
});
