/**
 * What-if suggestions: the top suggestion, applied with one click, changes the scenario and the
 * figure it promised comes out exactly (the same seeds), and better than before.
 */
import { expect, test } from './helpers';
import { WITH_ADVICE } from './advicePreference';

test.use(WITH_ADVICE);

test('applying the top suggestion changes B and delivers the promised figure', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/compare?v=2&a.preset=scale-up&a.name=Today&b.preset=scale-up&b.name=Today');
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');

	await page.getByTestId('whatif-start').click();
	const top = page.locator('[data-change-id]').first();
	await expect(top).toBeVisible({ timeout: 60_000 });

	const id = await top.getAttribute('data-change-id');
	const promised = Number(await top.getAttribute('data-next'));
	const improvement = Number(await top.getAttribute('data-improvement'));
	const base = Number(await page.getByTestId('whatif-base').getAttribute('data-value'));
	expect(await top.getAttribute('data-clear')).toBe('true');
	expect(improvement).toBeGreaterThan(0);
	expect(promised).toBeCloseTo(base - improvement, 9);
	// For the scale-up preset the PMs are the constraint: one more PM comes first.
	expect(id).toBe('pm-add');

	await top.getByRole('button', { name: /^Use as B/ }).click();
	await expect
		.poll(() => Object.fromEntries(new URL(page.url()).searchParams))
		.toMatchObject({ 'b.teamsPerPm': '2', 'b.name': 'Today' });

	const results = page.getByTestId('comparison-results');
	await expect(results).toHaveAttribute('data-stale', 'false', { timeout: 30_000 });
	const a = Number(
		await page.locator('td[data-side="a"][data-metric="whatif.all"]').getAttribute('data-value')
	);
	const b = Number(
		await page.locator('td[data-side="b"][data-metric="whatif.all"]').getAttribute('data-value')
	);
	// A is the base the suggestion was measured against, B is the change: the same figures.
	expect(a).toBeCloseTo(base, 9);
	expect(b).toBeCloseTo(promised, 9);
	expect(b).toBeLessThan(a);
	await expect(page.locator('td[data-metric="whatif.all"][data-diff]')).toContainText('better');
	// The roadmap, which the PMs hold, is where the gain shows.
	const roadmapA = Number(
		await page.locator('td[data-side="a"][data-metric="whatif.roadmap"]').getAttribute('data-value')
	);
	const roadmapB = Number(
		await page.locator('td[data-side="b"][data-metric="whatif.roadmap"]').getAttribute('data-value')
	);
	expect(roadmapB).toBeLessThan(roadmapA);
});

test('the suggestions can be ranked by one kind of decision', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/compare?v=2&a.preset=startup&b.preset=startup');
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await page.getByTestId('whatif').getByRole('combobox').selectOption('backlog');
	await page.getByTestId('whatif-start').click();
	await expect(page.locator('[data-change-id]').first()).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('whatif')).toContainText('Mean time to finish, backlog items, now');
	// A startup's combined PM/PO is overloaded: a second one, or splitting the role, helps most.
	expect(['pmpo-add', 'split-role']).toContain(
		await page.locator('[data-change-id]').first().getAttribute('data-change-id')
	);
});
