/**
 * Embed and presentation modes of the main page (`?embed=1`, `?present=1`).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

async function expectMode(page: Page, testId: 'embed' | 'present') {
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByTestId(testId)).toHaveCount(1);
}

test('embed mode hides the settings panel and shows the views and the timeline', async ({
	page
}) => {
	await page.goto('/?v=2&preset=scale-up&embed=1');
	await expectMode(page, 'embed');
	await expect(page.locator('#config-panel')).toHaveCount(0);
	await expect(page.getByRole('complementary', { name: 'Scenario settings' })).toHaveCount(0);
	await expect(page.locator('figure[data-view]')).toHaveCount(6, { timeout: 20_000 });
	await expect(page.getByRole('group', { name: 'Timeline' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Headline figures' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Open in the simulator ↗' })).toHaveAttribute(
		'href',
		/preset=scale-up/
	);
	// The display key is not a scenario setting: no "unknown setting" message.
	await expect(page.getByTestId('link-issues')).toHaveCount(0);
});

test('presentation mode shows one view at a time and moves with the arrow keys', async ({
	page
}) => {
	await page.goto('/?v=2&preset=scale-up&present=1');
	await expectMode(page, 'present');
	const present = page.getByTestId('present');
	await expect(present).toHaveAttribute('data-slide', 'summary', { timeout: 20_000 });
	await expect(page.locator('figure[data-view]:visible')).toHaveCount(0);
	// The "why" slide (bottlenecks and gaps), then the views.
	await page.keyboard.press('ArrowRight');
	await expect(present).toHaveAttribute('data-slide', 'why');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('figure[data-view]:visible')).toHaveCount(1);
	const first = await present.getAttribute('data-slide');
	await page.keyboard.press('ArrowRight');
	await expect(present).not.toHaveAttribute('data-slide', first!);
	await expect(page.locator('figure[data-view]:visible')).toHaveCount(1);
	// The summary and "why" slides, then one slide per view the page draws.
	const slides = (await page.locator('figure[data-view]').count()) + 2;
	expect(slides).toBeGreaterThanOrEqual(9);
	await page.keyboard.press('End');
	await expect(present).toContainText(`${slides} / ${slides}`);
	await page.keyboard.press('Home');
	await expect(present).toHaveAttribute('data-slide', 'summary');
});
