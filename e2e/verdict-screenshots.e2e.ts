/**
 * Pictures of the verdict where it shows first: the main page at laptop (1280×800) and phone
 * (360×740) size for a healthy, a strained and an overloaded preset, the compare page and the
 * report, into screenshots/tmp/ (git-ignored), for checking by eye. Off by default; run with
 * `VERDICT_SCREENSHOTS=1 npx playwright test e2e/verdict-screenshots`.
 */
import { expect, openApp, test } from './helpers';
import { WITH_ADVICE } from './advicePreference';

const DIR = 'screenshots/tmp';
const PRESETS = ['scale-up', 'startup', 'po-only'] as const;
const SIZES = [
	{ width: 1280, height: 800 },
	{ width: 360, height: 740 }
] as const;

test.describe('verdict screenshots', () => {
	test.skip(!process.env.VERDICT_SCREENSHOTS, 'set VERDICT_SCREENSHOTS=1 to take them');
	// The pictures add a <style> tag, which the app's content security policy would refuse.
	// As a first visit sees it: the tested changes come in by themselves.
	test.use({ bypassCSP: true, ...WITH_ADVICE });
	test.describe.configure({ timeout: 90_000 });

	for (const preset of PRESETS) {
		for (const size of SIZES) {
			test(`${preset} at ${size.width}×${size.height}`, async ({ page }) => {
				await page.setViewportSize(size);
				await openApp(page, `preset=${preset}`);
				await expect(page.locator('.headlines')).toHaveAttribute('data-final', 'true', {
					timeout: 30_000
				});
				await expect(page.getByTestId('advice-summary')).toBeVisible({ timeout: 60_000 });
				const name = `verdict-${preset}-${size.width}`;
				await page.screenshot({ path: `${DIR}/${name}.png` });
				await page.locator('#results').scrollIntoViewIfNeeded();
				await page.locator('[data-verdict]').scrollIntoViewIfNeeded();
				await page.screenshot({ path: `${DIR}/${name}-results.png` });
				await page.screenshot({ path: `${DIR}/${name}-full.png`, fullPage: true });
				// The sticky header and timeline would cover the top of each view in its picture.
				await page.addStyleTag({ content: 'header, .timeline { position: static !important; }' });
				for (const id of ['coverage', 'leadtimes']) {
					const figure = page.locator(`figure[data-view="${id}"]`);
					await figure.scrollIntoViewIfNeeded();
					await figure.screenshot({ path: `${DIR}/${name}-${id}.png` });
				}
			});
		}
	}

	test('presentation and embed at 1280×800', async ({ page }) => {
		await page.setViewportSize(SIZES[0]);
		await page.goto('/?v=2&preset=po-only&present=1');
		await expect(page.getByTestId('present')).toHaveAttribute('data-slide', 'summary', {
			timeout: 30_000
		});
		await expect(page.locator('.headlines')).toHaveAttribute('data-final', 'true', {
			timeout: 30_000
		});
		await page.screenshot({ path: `${DIR}/verdict-present-1280.png` });
		await page.goto('/?v=2&preset=po-only&embed=1');
		await expect(page.locator('figure[data-view]')).toHaveCount(6, { timeout: 30_000 });
		await page.screenshot({ path: `${DIR}/verdict-embed-1280.png` });
	});

	for (const size of SIZES) {
		test(`compare and report at ${size.width}×${size.height}`, async ({ page }) => {
			await page.setViewportSize(size);
			const query = 'v=2&a.preset=scale-up&a.name=Today&b.preset=po-only&b.name=Proposed';
			await page.goto(`/compare?${query}`);
			await expect(page.getByTestId('comparison-results')).toHaveAttribute('data-stale', 'false', {
				timeout: 30_000
			});
			await page.screenshot({ path: `${DIR}/verdict-compare-${size.width}.png` });
			await page.addStyleTag({ content: '.bar { position: static !important; }' });
			for (const [part, selector] of [
				['figures', '[aria-labelledby="cmp-figures-title"]'],
				['lead-times', 'figure[data-view="cmp-lead-times"]']
			]) {
				const element = page.locator(selector);
				await element.scrollIntoViewIfNeeded();
				await element.screenshot({ path: `${DIR}/verdict-compare-${size.width}-${part}.png` });
			}
			await page.screenshot({
				path: `${DIR}/verdict-compare-${size.width}-full.png`,
				fullPage: true
			});
			await page.goto(`/report?${query}`);
			await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', {
				timeout: 30_000
			});
			await page.screenshot({
				path: `${DIR}/verdict-report-${size.width}-full.png`,
				fullPage: true
			});
		});
	}
});
