/**
 * The compare page: two scenarios in one link, both editable, restored from the link, with the
 * same bad-part messages as a scenario link, labelled A and B; and its embed mode.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

const BASE = 'v=2&a.preset=scale-up&a.name=Today&b.preset=scale-up&b.name=Proposed';

async function openCompare(page: Page, query: string): Promise<void> {
	await page.goto(`/compare?${query}`);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByTestId('comparison-results')).toHaveAttribute('data-stale', 'false', {
		timeout: 20_000
	});
}

const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

function cell(page: Page, side: 'a' | 'b', metric: string) {
	return page.locator(`td[data-side="${side}"][data-metric="${metric}"]`);
}

test('a compare link round-trips: edit B, reload, both sides come back', async ({ page }) => {
	await openCompare(page, `${BASE}&b.teamsPerPm=2`);
	await expect(page.getByTestId('edit-a')).toContainText('Today');
	await expect(page.getByTestId('edit-b')).toContainText('Proposed');
	// B has one PM more than A, and the table says so.
	const pms = page.locator('tr.people', { hasText: 'Product Managers' });
	await expect(pms.locator('td[data-side="a"]')).toHaveText('3');
	await expect(pms.locator('td[data-side="b"]')).toHaveText('4');

	// Edit B's team count in the panel, as a person does.
	await expect(page.getByTestId('edit-b')).toHaveAttribute('aria-pressed', 'true');
	await page.locator('#setting-teams').fill('10');
	await page.locator('#setting-teams').blur();
	await expect.poll(() => params(page)).toMatchObject({ 'b.teams': '10', 'b.teamsPerPm': '2' });
	expect(params(page)['a.teams']).toBeUndefined();
	const link = page.url();

	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	expect(page.url()).toBe(link);
	await expect(page.locator('#setting-teams')).toHaveValue('10');
	await page.getByTestId('edit-a').click();
	await expect(page.locator('#setting-teams')).toHaveValue('8');
	await expect(page.getByTestId('comparison-results')).toHaveAttribute('data-stale', 'false', {
		timeout: 20_000
	});
	// 10 teams at 1 PM per 2 teams: 5 PMs against A's 3.
	await expect(pms.locator('td[data-side="b"]')).toHaveText('5');
	await expect(cell(page, 'a', 'decisions.backlog.leadTimeDays.mean')).toHaveText(/^\d+\.\d$/);

	// Back undoes the edit, as on the main page.
	await page.goBack();
	await expect.poll(() => params(page)['b.teams']).toBeUndefined();
});

test('bad parts of either side give the single-scenario message, labelled A or B', async ({
	page
}) => {
	await page.goto('/compare?v=2&a.teams=-3&b.model=banana&teams=4');
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	const issues = page.getByTestId('link-issues');
	await expect(issues.locator('li')).toHaveText([
		/^Unknown part "teams" was ignored: a compare link names each side’s settings a\.<setting> and b\.<setting>/,
		'A: teams must be between 1 and 200; got "-3"; using 8',
		'B: model must be one of combined, separate, pm-only, po-only; got "banana"; using separate'
	]);
	// The rest of the link is in use and the page works.
	await expect(page.getByTestId('comparison-results')).toBeVisible({ timeout: 20_000 });
	await page.getByRole('button', { name: 'Fix link' }).click();
	await expect.poll(() => page.url()).not.toContain('banana');
});

test('swap and copy move scenarios between the sides', async ({ page }) => {
	await openCompare(page, `${BASE}&b.teamsPerPm=2`);
	await page.getByRole('button', { name: 'Swap A and B' }).click();
	await expect
		.poll(() => params(page))
		.toMatchObject({ 'a.teamsPerPm': '2', 'a.name': 'Proposed' });
	await page.getByRole('button', { name: 'Copy A to B' }).click();
	await expect
		.poll(() => params(page))
		.toMatchObject({ 'b.teamsPerPm': '2', 'b.name': 'Proposed' });
});

test('embed mode shows the comparison without the settings panel', async ({ page }) => {
	await openCompare(page, `${BASE}&b.teamsPerPm=2&embed=1`);
	await expect(page.getByTestId('compare-settings')).toHaveCount(0);
	await expect(page.getByTestId('whatif')).toHaveCount(0);
	await expect(page.getByTestId('link-issues')).toHaveCount(0);
	await expect(page.locator('figure[data-view]')).toHaveCount(3);
	const open = page.getByRole('link', { name: 'Open in the simulator ↗' });
	await expect(open).toHaveAttribute('href', /compare\?v=2&a\.preset=scale-up/);
	await expect(open).not.toHaveAttribute('href', /embed/);
});
