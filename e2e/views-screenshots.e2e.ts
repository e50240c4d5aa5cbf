/**
 * Screenshots of every results view for three presets at desktop (1440 px) and phone (360 px)
 * width, into screenshots/tmp/ (git-ignored), for checking by eye. Off by default; run with
 * `VIEWS_SCREENSHOTS=1 npx playwright test e2e/views-screenshots`.
 */
import { expect, openApp, test } from './helpers';

const PRESETS = ['scale-up', 'startup', 'po-only'] as const;
const WIDTHS = [1440, 360] as const;

test.describe('views screenshots', () => {
	test.skip(!process.env.VIEWS_SCREENSHOTS, 'set VIEWS_SCREENSHOTS=1 to take them');
	// The pictures add a <style> tag, which the app's content security policy would refuse.
	test.use({ bypassCSP: true });

	for (const preset of PRESETS) {
		for (const width of WIDTHS) {
			test(`${preset} at ${width} px`, async ({ page }) => {
				test.setTimeout(60_000);
				await page.setViewportSize({ width, height: width > 600 ? 900 : 780 });
				await openApp(page, `preset=${preset}`);
				await expect(page.locator('.headlines')).toHaveAttribute('data-final', 'true', {
					timeout: 30_000
				});
				// The sticky header and timeline would cover the top of each view in its picture.
				await page.addStyleTag({
					content: 'header, .timeline { position: static !important; }'
				});
				const name = `views-${preset}-${width}`;
				await page.screenshot({ path: `screenshots/tmp/${name}-page.png`, fullPage: true });
				for (const figure of await page.locator('figure[data-view]').all()) {
					const id = await figure.getAttribute('data-view');
					await figure.scrollIntoViewIfNeeded();
					await figure.screenshot({ path: `screenshots/tmp/${name}-${id}.png` });
				}
				const insights = page.getByRole('region', { name: 'What the simulation found' });
				await insights.screenshot({ path: `screenshots/tmp/${name}-insights.png` });
				await page
					.getByRole('region', { name: 'Headline figures' })
					.screenshot({ path: `screenshots/tmp/${name}-headlines.png` });
			});
		}
	}
});
