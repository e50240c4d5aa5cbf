/**
 * Saved scenarios in localStorage, from the compare page's panel: they survive a reload, load into
 * either side, and a corrupt store gives a message, keeps what can be read and is backed up before
 * anything is written over it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

const STORE_KEY = 'org-design-simulator:saved-scenarios';
const QUERY = 'v=2&a.preset=scale-up&a.name=Today&b.preset=scale-up&b.name=Proposed&b.teamsPerPm=2';

async function openSaved(page: Page, query = QUERY): Promise<void> {
	await page.goto(`/compare?${query}`);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await page.getByTestId('compare-saved').locator('summary').click();
	await expect(page.getByTestId('saved')).toBeVisible();
}

const names = (page: Page) => page.getByTestId('saved-entry-name');

test('a saved scenario survives a reload, loads into A, renames and deletes', async ({ page }) => {
	await openSaved(page);
	await expect(page.getByTestId('saved')).toContainText('Nothing saved yet');
	await page.getByTestId('saved-name').fill('Proposed plan');
	await page.getByTestId('saved-save').click();
	await expect(page.getByTestId('saved-notice')).toHaveText('Saved “Proposed plan”.');
	await expect(names(page)).toHaveText(['Proposed plan']);

	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await page.getByTestId('compare-saved').locator('summary').click();
	await expect(names(page)).toHaveText(['Proposed plan']);
	const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORE_KEY);
	expect(stored).toMatchObject({
		version: 1,
		entries: [{ name: 'Proposed plan', query: 'v=2&preset=scale-up&name=Proposed&teamsPerPm=2' }]
	});

	// Load it into A: A becomes the saved scenario.
	await page.getByRole('button', { name: 'Load into A “Proposed plan”' }).click();
	await expect
		.poll(() => Object.fromEntries(new URL(page.url()).searchParams))
		.toMatchObject({ 'a.teamsPerPm': '2', 'a.name': 'Proposed' });

	await page.getByRole('button', { name: 'Rename “Proposed plan”' }).click();
	await page.getByLabel('New name').fill('Plan B');
	await page.getByRole('button', { name: 'Rename', exact: true }).click();
	await expect(names(page)).toHaveText(['Plan B']);

	await page.getByRole('button', { name: 'Delete “Plan B”' }).click();
	await page
		.getByRole('group', { name: 'Confirm deletion' })
		.getByRole('button', { name: 'Delete' })
		.click();
	await expect(names(page)).toHaveCount(0);
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await page.getByTestId('compare-saved').locator('summary').click();
	await expect(page.getByTestId('saved')).toContainText('Nothing saved yet');
});

test('a corrupt store gives a message, keeps what it can read, and is backed up before a save', async ({
	page
}) => {
	const raw = JSON.stringify({
		version: 1,
		entries: [
			{ id: 'k1', name: 'Kept', query: 'v=2&preset=startup', savedAt: '2025-01-01T00:00:00.000Z' },
			{ broken: true }
		]
	});
	await page.goto('/compare');
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORE_KEY, raw]);
	await openSaved(page);
	await expect(page.getByTestId('saved-messages')).toContainText(
		'1 of 2 saved scenarios could not be read and is not listed'
	);
	await expect(names(page)).toHaveText(['Kept']);
	// Reading wrote nothing.
	expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(raw);

	await page.getByTestId('saved-name').fill('New one');
	await page.getByTestId('saved-save').click();
	await expect(page.getByTestId('saved-notice')).toContainText(
		`copied to the key "${STORE_KEY}:backup:`
	);
	await expect(page.getByTestId('saved-messages')).toHaveCount(0);
	await expect(names(page)).toHaveText(['New one', 'Kept']);
	const backups = await page.evaluate((prefix) => {
		const out: string[] = [];
		for (let i = 0; i < localStorage.length; i++) {
			const key = localStorage.key(i)!;
			if (key.startsWith(prefix)) out.push(localStorage.getItem(key)!);
		}
		return out;
	}, `${STORE_KEY}:backup:`);
	expect(backups).toEqual([raw]);
});

test('a store that is not JSON at all is reported and never silently replaced', async ({
	page
}) => {
	await page.goto('/compare');
	await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"entr'), STORE_KEY);
	await openSaved(page);
	await expect(page.getByTestId('saved-messages')).toContainText(
		'Saved scenarios could not be read: the stored text is not valid JSON.'
	);
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(
		'{"version":1,"entr'
	);
});

test('a store past 500 entries: the panel counts its backup, restores what fits and exports it', async ({
	page
}) => {
	const entries = Array.from({ length: 510 }, (_, i) => ({
		id: `e${i + 1}`,
		name: `Scenario ${i + 1}`,
		query: `v=2&preset=startup&teams=${(i % 20) + 1}`,
		savedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString()
	}));
	await page.goto('/compare');
	await page.evaluate(
		([key, list]) => localStorage.setItem(key, JSON.stringify({ version: 1, entries: list })),
		[STORE_KEY, entries] as const
	);
	await openSaved(page);
	// 500 listed; deleting one writes the store, and the unreadable rest goes to a backup first.
	const first = page.getByTestId('saved-entry').first();
	await first.getByRole('button', { name: /^Delete/ }).click();
	await first.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(names(page)).toHaveCount(499);

	const backup = page.getByTestId('saved-backup');
	await expect(backup).toContainText(
		'A backup in this browser holds 510 saved scenarios, 11 of them not in the list below.'
	);
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('saved-backup-export').click()
	]);
	expect(file.suggestedFilename()).toBe('saved-scenarios-backup.json');
	const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
	expect(exported.entries).toHaveLength(510);

	await page.getByTestId('saved-backup-restore').click();
	await expect(page.getByTestId('saved-notice')).toHaveText(
		'Restored 1 saved scenario from the backup. 10 more did not fit: at most 500 scenarios can be saved. Delete some and restore again, or export the backup as a file.'
	);
	await expect(names(page)).toHaveCount(500);
	await expect(backup).toContainText('10 of them not in the list below.');
});
