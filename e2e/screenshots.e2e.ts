import type { Page } from '@playwright/test';
import { openApp, setting, test } from './helpers';

/** Gives the results a moment to finish simulating, so the pictures show them. */
async function settle(page: Page): Promise<void> {
	await page
		.getByText(/^Simulating/)
		.first()
		.waitFor({ state: 'hidden', timeout: 20_000 })
		.catch(() => undefined);
}

// Pictures of the finished screens for review, written to screenshots/tmp/ (not committed).
const DIR = 'screenshots/tmp';
const CRAFTED =
	'v=2&preset=enterprise&teams=30&model=pm-only&teamsPerPm=5&weeks=40&seed=7&name=Acme';
const BROKEN =
	'tems=3&teams=-3&model=banana&weeks=1e9&seed=12a&name=<script>window.__pwned=1</script>&preset=startp';

test.describe('screenshots', () => {
	// Each picture waits for a full simulation; three of them do not fit the default 30 s.
	test.describe.configure({ timeout: 90_000 });

	test('desktop 1440×900', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await openApp(page, CRAFTED);
		await settle(page);
		await page.screenshot({ path: `${DIR}/shell-desktop.png` });
		await openApp(page, BROKEN);
		await page.screenshot({ path: `${DIR}/shell-desktop-broken-link.png` });
		await openApp(page, 'preset=combined&pmpoMeetings=0.3');
		await page.getByLabel('Show where each default comes from').check();
		await setting(page, 'teamsPerPo').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${DIR}/shell-desktop-sources.png` });
	});

	test('phone 360×780', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 780 });
		await openApp(page, CRAFTED);
		await settle(page);
		await page.screenshot({ path: `${DIR}/shell-phone.png` });
		await page.getByRole('button', { name: /^Settings/ }).click();
		await page.screenshot({ path: `${DIR}/shell-phone-settings.png` });
		await openApp(page, BROKEN);
		await page.screenshot({ path: `${DIR}/shell-phone-broken-link.png`, fullPage: true });
	});
});
