import { choice, enter, expect, expectQuery, openApp, query, setting, test } from './helpers';

test.describe('the scenario lives in the URL', () => {
	// One page (each its own test before): Back returns the burst to the link as opened, so the
	// edits that follow start from the same place as on a fresh page.
	test('a burst of keystrokes makes one history entry, not one per keystroke; changed settings are written to the URL and survive a reload', async ({
		page
	}) => {
		await openApp(page);
		const entries = await page.evaluate(() => history.length);

		// The input events a quick typist's "1", "2", "0" produce, then leaving the box. They are
		// sent from the page because Playwright's typing waits for each key to be handled, which on
		// a busy machine looks like a pause between keys (and a pause does start a new entry).
		await setting(page, 'teams').evaluate((box: HTMLInputElement) => {
			for (const value of ['1', '12', '120']) {
				box.value = value;
				box.dispatchEvent(new Event('input', { bubbles: true }));
			}
			box.dispatchEvent(new Event('change', { bubbles: true }));
		});
		await expectQuery(page, { teams: '120' });
		await expect(page.getByTestId('people-count')).toHaveText('40 PMs, 120 POs, 720 developers');

		expect(await page.evaluate(() => history.length)).toBe(entries + 1);
		await page.goBack();
		await expect(setting(page, 'teams')).toHaveValue('8');
		expect(query(page)).toEqual({});

		await expect(setting(page, 'teams')).toHaveValue('8');

		await enter(page, 'teams', '12');
		await choice(page, 'Product-role model', 'PM only').check();
		await enter(page, 'itemsPerWeek', '12.5');

		await expectQuery(page, {
			v: '2',
			preset: 'scale-up',
			teams: '12',
			model: 'pm-only',
			itemsPerWeek: '12.5'
		});
		await expect(page.getByTestId('people-count')).toHaveText('4 PMs, 72 developers');

		await page.reload();
		await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
		await expect(setting(page, 'teams')).toHaveValue('12');
		await expect(choice(page, 'Product-role model', 'PM only')).toBeChecked();
		await expect(setting(page, 'itemsPerWeek')).toHaveValue('12.5');
		await expect(page.getByTestId('people-count')).toHaveText('4 PMs, 72 developers');
	});

	test('a crafted link opens exactly that scenario', async ({ page }) => {
		await openApp(
			page,
			'v=2&preset=enterprise&teams=30&model=pm-only&teamsPerPm=5&weeks=40&seed=7&name=Acme'
		);

		await expect(choice(page, 'Preset', 'Enterprise')).toBeChecked();
		await expect(setting(page, 'name')).toHaveValue('Acme');
		await expect(setting(page, 'teams')).toHaveValue('30');
		await expect(setting(page, 'teamSize')).toHaveValue('7');
		await expect(choice(page, 'Product-role model', 'PM only')).toBeChecked();
		await expect(setting(page, 'teamsPerPm')).toHaveValue('5');
		await expect(setting(page, 'weeks')).toHaveValue('40');
		await expect(setting(page, 'seed')).toHaveValue('7');
		await expect(page.getByTestId('people-count')).toHaveText('6 PMs, 210 developers');
		await expect(page).toHaveTitle('Acme · Org design simulator');
		await expect(page.getByTestId('scenario-name')).toHaveText('Acme');
		await expect(page.getByTestId('link-issues')).toHaveCount(0);
		// Opening a link never rewrites it.
		expect(new URL(page.url()).search).toBe(
			'?v=2&preset=enterprise&teams=30&model=pm-only&teamsPerPm=5&weeks=40&seed=7&name=Acme'
		);
	});

	test('a broken link names every rejected part, keeps the rest and runs no script', async ({
		page
	}) => {
		await openApp(
			page,
			'tems=3&teams=-3&model=banana&weeks=1e9&seed=12a&name=<script>window.__pwned=1</script>&preset=startp'
		);

		const alert = page.getByRole('alert');
		await expect(alert).toContainText('7 parts of this link could not be used');
		await expect(alert.getByRole('listitem')).toHaveText([
			'preset must be one of startup, scale-up, combined, enterprise, pm-only, po-only; got "startp" (did you mean startup?); using scale-up',
			'Unknown setting "tems" was ignored (did you mean teams?)',
			'teams must be between 1 and 200; got "-3"; using 8',
			'model must be one of combined, separate, pm-only, po-only; got "banana"; using separate',
			'weeks must be between 1 and 260; got "1e9"; using 26',
			'seed must be a number; got "12a"; using 1',
			`name: characters such as < > " ' were removed`
		]);

		// The valid part (the name, without its markup) is kept; the rest falls back to the preset.
		await expect(setting(page, 'name')).toHaveValue('scriptwindow.__pwned=1/script');
		await expect(setting(page, 'teams')).toHaveValue('8');
		await expect(choice(page, 'Product-role model', 'Separate')).toBeChecked();
		await expect(setting(page, 'weeks')).toHaveValue('26');
		await expect(page).toHaveTitle('scriptwindow.__pwned=1/script · Org design simulator');
		expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
		expect(
			await page.evaluate(() =>
				[...document.scripts].some((script) => script.textContent?.includes('__pwned'))
			)
		).toBe(false);
		// Until the user acts, the address is left as it was opened.
		expect(query(page)).toMatchObject({ tems: '3', model: 'banana' });

		// Still usable: an edit writes a clean link with the kept parts and the edit.
		await enter(page, 'teams', '5');
		const written = await expectQuery(page, { v: '2', preset: 'scale-up', teams: '5' });
		expect(written).toEqual({
			v: '2',
			preset: 'scale-up',
			name: 'scriptwindow.__pwned=1/script',
			teams: '5'
		});
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.getByTestId('link-issues')).toContainText('The link has been corrected');
		await page.getByRole('button', { name: 'Dismiss' }).click();
		await expect(page.getByTestId('link-issues')).toHaveCount(0);
		expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
	});

	test('"Fix link" writes the cleaned link in place and keeps the valid parts', async ({
		page
	}) => {
		await openApp(page, 'preset=enterprise&teams=999&teamSize=9&model=pm-only');
		await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
			'teams must be between 1 and 200; got "999"; using 24'
		]);
		await expect(setting(page, 'teamSize')).toHaveValue('9');
		await expect(choice(page, 'Product-role model', 'PM only')).toBeChecked();
		const entries = await page.evaluate(() => history.length);

		await page.getByRole('button', { name: 'Fix link' }).click();

		expect(
			await expectQuery(page, { v: '2', preset: 'enterprise', teamSize: '9', model: 'pm-only' })
		).toEqual({ v: '2', preset: 'enterprise', teamSize: '9', model: 'pm-only' });
		expect(await page.evaluate(() => history.length)).toBe(entries);
		await expect(setting(page, 'teams')).toHaveValue('24');
		await expect(page.getByTestId('link-issues')).toContainText('The link has been corrected');
	});

	test('Back and Forward move between settled edits and the panel follows', async ({ page }) => {
		// The startup preset: one team of six.
		await openApp(page, 'preset=startup');
		await expect(setting(page, 'teams')).toHaveValue('1');

		await enter(page, 'teams', '3');
		await expectQuery(page, { teams: '3' });
		await enter(page, 'teamSize', '9');
		await expectQuery(page, { teams: '3', teamSize: '9' });

		await page.goBack();
		await expect(setting(page, 'teamSize')).toHaveValue('6');
		await expect(setting(page, 'teams')).toHaveValue('3');
		expect(query(page)).toEqual({ v: '2', preset: 'startup', teams: '3' });

		await page.goBack();
		await expect(setting(page, 'teams')).toHaveValue('1');
		expect(query(page)).toEqual({ preset: 'startup' });

		await page.goForward();
		await expect(setting(page, 'teams')).toHaveValue('3');
		await expect(setting(page, 'teamSize')).toHaveValue('6');
	});
});
