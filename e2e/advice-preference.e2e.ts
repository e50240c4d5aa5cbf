/**
 * "Test changes as soon as results are in": on for a first visit, and a person can switch it off
 * (a slow laptop in a meeting); then the advice waits for a click and the choice survives a reload.
 * The browser tests start with it off (advicePreference.ts); this file checks both states.
 */
import { expect, openApp, test } from './helpers';
import { WITH_ADVICE } from './advicePreference';

test('switched off, the advice waits for a click, and the choice survives a reload', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openApp(page, 'v=2&preset=startup');
	const advice = page.getByTestId('advice');
	const start = advice.getByTestId('advice-start');
	await expect(start).toBeVisible({ timeout: 30_000 });
	await expect(page.locator('[data-advice]')).toHaveCount(0);
	await expect(
		advice.getByRole('checkbox', { name: /as soon as results are in/ })
	).not.toBeChecked();

	await start.click();
	await expect(page.locator('[data-advice]').first()).toBeVisible({ timeout: 90_000 });

	await advice.getByRole('checkbox', { name: /as soon as results are in/ }).check();
	await page.reload();
	await expect(page.locator('[data-advice]').first()).toBeVisible({ timeout: 90_000 });
	await expect(page.getByTestId('advice-start')).toHaveCount(0);
});

test.describe('on a first visit', () => {
	test.use(WITH_ADVICE);

	test('the changes are tested by themselves once the simulation is done', async ({ page }) => {
		test.setTimeout(120_000);
		await openApp(page, 'v=2&preset=startup');
		await expect(page.locator('[data-advice]').first()).toBeVisible({ timeout: 90_000 });
		await expect(
			page.getByTestId('advice').getByRole('checkbox', { name: /as soon as results are in/ })
		).toBeChecked();
	});
});
