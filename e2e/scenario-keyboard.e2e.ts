import type { Page } from '@playwright/test';
import { choice, expect, expectQuery, openApp, setting, test } from './helpers';

/** Presses Tab until `predicate` holds for the focused element; fails after `limit` presses. */
async function tabUntil(
	page: Page,
	describe: string,
	predicate: () => boolean,
	limit = 40
): Promise<number> {
	for (let presses = 1; presses <= limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(predicate)) return presses;
	}
	throw new Error(`Tab never reached ${describe}`);
}

test.describe('keyboard only', () => {
	// One page (each its own test before): the skip link needs the first Tab, the number box is
	// focused directly.
	test('the skip link comes first and moves focus to the results; an out-of-range number is flagged, not committed, and Escape restores it', async ({
		page
	}) => {
		await openApp(page);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to results' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('main#results')).toBeFocused();
		expect(new URL(page.url()).hash).toBe('');

		const teams = setting(page, 'teams');
		await teams.focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('300');

		await expect(teams).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#setting-teams-error')).toHaveText(
			'Teams must be from 1 to 200 teams. Still using 30 teams.'
		);
		// "3" and "30" were valid on the way to "300"; "300" itself never reaches the URL.
		await expectQuery(page, { teams: '30' });
		await page.keyboard.press('Escape');
		await expect(teams).toHaveValue('30');
		await expect(teams).toHaveAttribute('aria-invalid', 'false');
		await expect(page.locator('#setting-teams-error')).toHaveText('');
	});

	test('Tab to the teams box, type, Tab on to the model and change it with arrows', async ({
		page
	}) => {
		await openApp(page);

		await tabUntil(page, 'the teams box', () => document.activeElement?.id === 'setting-teams');
		await page.keyboard.press('Control+A');
		await page.keyboard.type('20');
		await expect(setting(page, 'teams')).toHaveValue('20');

		// On through the team-size slider and box to the model radio group.
		const separate = choice(page, 'Product-role model', 'Separate');
		const presses = await tabUntil(
			page,
			'the model',
			() => (document.activeElement as HTMLInputElement | null)?.name === 'setting-model'
		);
		expect(presses).toBeLessThanOrEqual(4);
		await expect(separate).toBeFocused();
		await page.keyboard.press('ArrowDown');

		const pmOnly = choice(page, 'Product-role model', 'PM only');
		await expect(pmOnly).toBeChecked();
		await expect(pmOnly).toBeFocused();
		await expectQuery(page, { teams: '20', model: 'pm-only' });
		await expect(setting(page, 'teams')).toHaveValue('20');
		await expect(page.getByTestId('people-count')).toHaveText('7 PMs, 120 developers');
	});

	test('20 ArrowRight presses on a slider are one Back step; Tab away starts the next', async ({
		page
	}) => {
		// The startup preset: one team.
		await openApp(page, 'preset=startup');
		const entries = await page.evaluate(() => history.length);
		const slider = page.getByRole('slider', { name: 'Teams slider' });
		await slider.focus();
		for (let press = 0; press < 20; press++) await page.keyboard.press('ArrowRight');
		await expect(setting(page, 'teams')).toHaveValue('21');
		await expectQuery(page, { teams: '21' });
		expect(await page.evaluate(() => history.length)).toBe(entries + 1);

		// Leaving the slider ends the gesture: presses in the box are a step of their own.
		await page.keyboard.press('Tab');
		await expect(setting(page, 'teams')).toBeFocused();
		for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowUp');
		await expectQuery(page, { teams: '24' });
		expect(await page.evaluate(() => history.length)).toBe(entries + 2);

		await page.goBack();
		await expect(setting(page, 'teams')).toHaveValue('21');
		await page.goBack();
		await expect(setting(page, 'teams')).toHaveValue('1');
		expect(new URL(page.url()).searchParams.get('teams')).toBeNull();
	});

	test('a preset is chosen with the keyboard and Reset to preset undoes edits', async ({
		page
	}) => {
		await openApp(page, 'preset=startup&teams=4');
		const reset = page.getByRole('button', { name: 'Reset to preset' });
		await expect(reset).toBeEnabled();
		await reset.focus();
		await page.keyboard.press('Enter');
		await expectQuery(page, { preset: 'startup' });
		// The startup preset: one team.
		await expect(setting(page, 'teams')).toHaveValue('1');
		await expect(reset).toBeDisabled();

		await choice(page, 'Preset', 'Startup').focus();
		await page.keyboard.press('ArrowDown');
		await expect(choice(page, 'Preset', 'Scale-up')).toBeChecked();
		await expectQuery(page, { preset: 'scale-up' });
		await expect(setting(page, 'teams')).toHaveValue('8');
		await expect(choice(page, 'Product-role model', 'Separate')).toBeChecked();
	});
});
