import { seriousAxeProblems } from './axe';
import { enter, expect, openApp, test } from './helpers';

/** Every demand setting at its maximum: billions of events, hours of both cores. */
const MAX_LINK =
	'teams=200&teamSize=20&weeks=260&questionsPerDevWeek=40&itemsPerWeek=100&roadmapPerQuarter=20&pricingPerQuarter=40&runs=500';
/** Heavy in all (500 runs of five years, about 50 million events) but one run is quick. */
const HEAVY_QUICK_RUN = 'preset=scale-up&weeks=260&runs=500';

test.describe('heavy scenarios', () => {
	test('the maximum link asks first, with its estimate in plain words, and runs nothing', async ({
		page
	}) => {
		// The estimate of 200 teams' demand takes its worker seconds on a busy machine, and axe more.
		test.setTimeout(90_000);
		await openApp(page, MAX_LINK);
		const confirm = page.locator('[data-confirm-heavy]');
		await expect(confirm).toBeVisible({ timeout: 15_000 });
		await expect(confirm).toContainText(/500 runs .*about \d+(\.\d)? billion events in all/);
		await expect(confirm).toContainText(/roughly \d+(\.\d)? hours on this machine/);
		await expect(confirm.getByRole('button', { name: 'Run' })).toBeVisible();
		const results = page.getByTestId('results');
		// Nothing is simulated: no result, no progress, no "Simulating…" placeholder.
		await page.waitForTimeout(1500);
		await expect(results).not.toHaveAttribute('data-rendered-scenario', /.*/);
		await expect(page.getByLabel('Simulation progress')).toHaveCount(0);
		await expect(results).not.toContainText('Simulating');
		expect(await seriousAxeProblems(page)).toEqual([]);
	});

	test('Run starts a heavy scenario and its first run shows within seconds', async ({ page }) => {
		await openApp(page, HEAVY_QUICK_RUN);
		const confirm = page.locator('[data-confirm-heavy]');
		await expect(confirm).toContainText(/500 runs .*million events in all/);
		const results = page.getByTestId('results');
		await page.waitForTimeout(1000);
		await expect(results).not.toHaveAttribute('data-rendered-scenario', /.*/);

		const clicked = Date.now();
		await confirm.getByRole('button', { name: 'Run' }).click();
		await expect(confirm).toHaveCount(0);
		await expect(results).toHaveAttribute('data-rendered-scenario', /weeks=260/, {
			timeout: 10_000
		});
		expect(Date.now() - clicked).toBeLessThan(10_000);
		await expect(
			page.getByRole('heading', { name: 'Roadmap decisions', exact: true })
		).toBeVisible();
		// The rest of the runs follow; stop them rather than keep both cores busy.
		await expect(page.getByLabel('Simulation progress')).toBeVisible();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByText('Cancelled.')).toBeVisible();
	});
});

test.describe('heavy sweeps', () => {
	test('a sweep of big grids asks first with its estimate, draws only its outlooks, runs nothing, and Run starts it', async ({
		page
	}) => {
		test.setTimeout(60_000);
		// 1,000 points of up to 200 teams, 10 runs each: tens of millions of events.
		await page.goto('/sweep?v=2&preset=scale-up&runs=10&vary=teams:2..200:2&vary=teamSize:3..12');
		const confirm = page.locator('[data-confirm-heavy]');
		await expect(confirm).toBeVisible({ timeout: 15_000 });
		await expect(confirm).toContainText(
			/1,000 points, 10,000 runs .*: about \d+(\.\d)? (million|billion) events in all, roughly/
		);
		// Outlooks (verdict and load from the settings) are drawn; no point has run.
		const ran = page.locator('[data-sweep-point]:not([data-runs-pending])');
		await expect(page.locator('[data-sweep-point][data-runs-pending]').first()).toBeVisible();
		await page.waitForTimeout(1000);
		await expect(ran).toHaveCount(0);
		await expect(page.locator('.progress')).toHaveAttribute('data-state', 'confirm');
		expect(await seriousAxeProblems(page)).toEqual([]);

		await confirm.getByRole('button', { name: 'Run' }).click();
		await expect(confirm).toHaveCount(0);
		await expect(ran.first()).toBeVisible({ timeout: 15_000 });
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.locator('.progress')).toHaveAttribute('data-state', 'cancelled');
	});
});

test.describe('stale figures', () => {
	test('after an edit the old figures are dimmed and marked busy until the new ones are in', async ({
		page
	}) => {
		// 200 teams' runs take seconds each on a busy machine: time for both waits below.
		test.setTimeout(90_000);
		await openApp(page, 'preset=scale-up&weeks=104&runs=4');
		const results = page.getByTestId('results');
		await expect(results).toHaveAttribute('data-final-scenario', /scale-up&weeks=104/, {
			timeout: 20_000
		});
		await expect(results).toHaveAttribute('aria-busy', 'false');

		await enter(page, 'teams', '200');
		await expect(results).toHaveAttribute('aria-busy', 'true');
		await expect(results).toHaveClass(/stale/);
		// The progress is where the verdict is read, in words, and the old figures are dimmed.
		await expect(
			page.getByRole('status').filter({ hasText: 'Updating for the new settings' })
		).toBeVisible();
		const headlines = page.getByRole('region', { name: 'Headline figures' });
		await expect
			.poll(() => headlines.evaluate((el) => Number(getComputedStyle(el).opacity)))
			.toBeLessThan(0.6);

		await expect(results).toHaveAttribute('data-rendered-scenario', /teams=200/, {
			timeout: 25_000
		});
		await expect(results).toHaveAttribute('aria-busy', 'false');
		await expect(results).not.toHaveClass(/stale/);
		await expect
			.poll(() => headlines.evaluate((el) => Number(getComputedStyle(el).opacity)))
			.toBe(1);
	});
});
