import { enter, expect, expectQuery, openApp, setting, test } from './helpers';

test.describe('app shell', () => {
	test('Copy link copies the address and says so', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openApp(page, 'preset=combined&teams=5');
		await enter(page, 'name', 'Proposed structure');
		await expectQuery(page, { name: 'Proposed structure' });

		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(page.url());
		expect(new URL(copied).searchParams.get('name')).toBe('Proposed structure');
	});

	test('the title and header follow the scenario name, else the preset', async ({ page }) => {
		await openApp(page, 'preset=po-only');
		await expect(page).toHaveTitle(
			'PO only: nobody owns market and pricing · Org design simulator'
		);
		await enter(page, 'name', 'Client <b>today</b>');
		await expect(page).toHaveTitle('Client btoday/b · Org design simulator');
		await expect(page.getByTestId('scenario-name')).toHaveText('Client btoday/b');
		await expect(page.locator('#setting-name-help')).toContainText('are left out of names');
	});

	// One page for three reads of the settings panel (each its own test before), the edit last.
	test('settings are grouped, and model assumptions start folded; each setting can show where its default comes from; a share is edited as a percentage and written as a share', async ({
		page
	}) => {
		await openApp(page);
		for (const legend of ['Organisation', 'People and hours', 'Cadence and horizon', 'Demand']) {
			await expect(page.getByRole('group', { name: legend, exact: true })).toBeVisible();
		}
		const model = page.locator('details[data-group="model"]');
		await expect(model).not.toHaveAttribute('open');
		await expect(setting(page, 'refineHours')).toBeHidden();
		await model.locator('summary').click();
		await expect(setting(page, 'refineHours')).toBeVisible();
		await expect(setting(page, 'devMeetings')).toHaveValue('17.5');

		const source = page.locator('#setting-poMeetings-source');
		await expect(source).toBeHidden();
		await expect(setting(page, 'poMeetings')).toHaveAttribute(
			'aria-describedby',
			/setting-poMeetings-source/
		);
		await page.getByLabel('Show where each default comes from').check();
		await expect(source).toBeVisible();
		await expect(source).toContainText('Scrum Guide time boxes');

		await enter(page, 'devMeetings', '20');
		await expectQuery(page, { devMeetings: '0.2' });
	});
});

test.describe('on a phone (360 px)', () => {
	test.use({ viewport: { width: 360, height: 780 } });

	test('the settings fold away above the results and nothing scrolls sideways', async ({
		page
	}) => {
		await openApp(page);
		const toggle = page.getByRole('button', { name: /^Settings/ });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(setting(page, 'teams')).toBeHidden();
		await expect(page.getByTestId('results')).toBeVisible();
		expect(await scrollWidth(page)).toBeLessThanOrEqual(360);

		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(setting(page, 'teams')).toBeVisible();
		expect(await scrollWidth(page)).toBeLessThanOrEqual(360);

		await enter(page, 'teams', '14');
		await expectQuery(page, { teams: '14' });
		await expect(toggle).toContainText('14 teams');

		await toggle.click();
		await expect(setting(page, 'teams')).toBeHidden();
	});

	test('a broken link’s messages fit the screen', async ({ page }) => {
		await openApp(page, `tems=3&teams=-3&name=${'x'.repeat(120)}<>&preset=startp`);
		await expect(page.getByRole('alert')).toBeVisible();
		expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
	});
});

function scrollWidth(page: import('@playwright/test').Page): Promise<number> {
	return page.evaluate(() => document.scrollingElement!.scrollWidth);
}
