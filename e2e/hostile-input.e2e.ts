/**
 * Hostile input on the page (issue 12, points 1, 5 and 6): a scenario file whose name holds markup
 * and direction marks imports into a link the app reads back cleanly, and a link with a 40,000-
 * digit number or a duplicated 8,000-character key opens with short messages.
 */
import { presetScenario } from '../src/lib/scenario/presets';
import { expect, openApp, test } from './helpers';

test('an imported file with markup in its name gives a link the app reads back with no message', async ({
	page
}) => {
	await openApp(page);
	const file = {
		format: 'org-design-scenario',
		version: 1,
		scenario: { ...presetScenario('scale-up'), name: '<img src=x onerror=alert(1)>Acme\u202e plan' }
	};
	await page.getByTestId('export-toggle').click();
	await page.getByTestId('import-input').setInputFiles({
		name: 'hostile.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file))
	});
	await expect(page.getByTestId('export-panel')).toContainText(
		'Imported “img src=x onerror=alert(1)Acme plan” from hostile.json.'
	);
	await expect
		.poll(() => new URL(page.url()).searchParams.get('name'))
		.toBe('img src=x onerror=alert(1)Acme plan');

	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByTestId('link-issues')).toHaveCount(0);
});

test('a 40,000-digit number and a duplicated 8,000-character key give short messages', async ({
	page
}) => {
	const key = 'k'.repeat(8_000);
	// Reached by an in-app link: the preview server refuses a request line this long (HTTP 431),
	// and the router reads it on the client.
	await openApp(page);
	await page.evaluate(
		(href) => {
			const link = document.createElement('a');
			link.href = href;
			link.textContent = 'hostile link';
			document.body.append(link);
			link.click();
		},
		`?teams=${'1'.repeat(40_000)}x&${key}=1&${key}=2`
	);
	const messages = page.getByTestId('link-issues').getByRole('listitem');
	await expect(messages).toHaveCount(3);
	await expect(messages.filter({ hasText: 'teams is' })).toHaveText(
		`teams is too long to read (at most 400 characters); got "${'1'.repeat(40)}…" (40,001 characters); using 8`
	);
	for (const text of await messages.allTextContents()) expect(text.length).toBeLessThan(200);
	await expect(page.locator('#setting-teams')).toHaveValue('8');
});

test('a link with thousands of unknown parts lists a dozen, counts them all, and still runs', async ({
	page
}) => {
	const parts = Array.from({ length: 3_000 }, (_, i) => `junk${i}=1`).join('&');
	await openApp(page);
	await page.evaluate((href) => {
		const link = document.createElement('a');
		link.href = href;
		link.textContent = 'hostile link';
		document.body.append(link);
		link.click();
	}, `?teams=5&${parts}`);
	const issues = page.getByTestId('link-issues');
	await expect(issues.getByRole('heading')).toHaveText(
		'3,000 parts of this link could not be used'
	);
	await expect(issues.getByRole('listitem')).toHaveCount(13);
	await expect(issues.getByTestId('link-issues-more')).toHaveText('and 2,988 more');
	await expect(page.locator('#setting-teams')).toHaveValue('5');
	await expect(page.locator('[data-verdict]')).toBeVisible({ timeout: 30_000 });
});
