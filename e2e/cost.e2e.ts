import { simulate } from './cli';
import { enter, expect, expectQuery, openApp, test } from './helpers';
import { seriousAxeProblems } from './axe';
import { WITH_ADVICE } from './advicePreference';

test.use(WITH_ADVICE);

/** Money as the page writes it, to check text as well as the number behind it. */
const usd = (x: number) => '$' + String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

test.describe('people and cost', () => {
	// `simulate` runs the CLI synchronously; on a busy machine that alone can take a minute.
	test.describe.configure({ timeout: 180_000 });

	test('the page shows the CLI’s annual cost and cost per decision for the same link, and follows a salary edit', async ({
		page
	}) => {
		const link = 'v=2&preset=scale-up&runs=3';
		const cli = simulate(link, 3);
		await openApp(page, link);
		await expect(page.locator('.headlines')).toHaveAttribute('data-final', 'true', {
			timeout: 30_000
		});
		const annual = page.locator('[data-metric="cost.annual"]');
		const perDecision = page.locator('[data-metric="cost.perDecision"]');
		// 3 PMs × 150,000 × 1.3 + 8 POs × 130,000 × 1.3 + 48 developers × 132,270 × 1.3
		expect(cli.cost.annual).toBe(10_190_648);
		await expect(annual).toHaveAttribute('data-value', String(cli.cost.annual));
		await expect(annual).toHaveText(usd(cli.cost.annual));
		await expect(perDecision).toHaveAttribute('data-value', String(cli.cost.perDecision));
		await expect(perDecision).toHaveText(usd(cli.cost.perDecision!));
		// Span of control beside load: a PM per three teams of six, so 2.7 teams and 16 developers each.
		const pm = page.locator('[data-cost-role="pm"]');
		await expect(pm.locator('[data-span="teams"]')).toHaveText('2.7');
		await expect(pm.locator('[data-span="people"]')).toHaveText('16');

		await enter(page, 'devSalary', '100000');
		await expectQuery(page, { devSalary: '100000' });
		// 585,000 + 1,352,000 + 48 × 100,000 × 1.3 = 8,177,000
		await expect(annual).toHaveAttribute('data-value', '8177000', { timeout: 20_000 });
		await expect(annual).toHaveText('$8,177,000');
		expect(await seriousAxeProblems(page)).toEqual([]);
	});

	test('when nothing is delivered the cost per decision says so instead of a number', async ({
		page
	}) => {
		await openApp(
			page,
			'v=2&preset=startup&itemsPerWeek=0&roadmapPerQuarter=0&pricingPerQuarter=0&runs=1'
		);
		const perDecision = page.locator('[data-metric="cost.perDecision"]');
		await expect(perDecision).toHaveText('none delivered', { timeout: 20_000 });
		await expect(page.locator('[data-section="cost"]')).toContainText(
			'no decision finished in the simulated weeks'
		);
	});

	test('/compare shows both sides’ cost with the difference, and /report the same figures', async ({
		page
	}) => {
		await page.goto('/compare?v=2&a.preset=scale-up&a.runs=3&b.preset=combined&b.runs=3');
		await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
		const results = page.getByTestId('comparison-results');
		await expect(results).toHaveAttribute('data-stale', 'false', { timeout: 60_000 });
		const cell = (side: string, metric: string) =>
			page.locator(`td[data-side="${side}"][data-metric="${metric}"]`);
		const combined = simulate('v=2&preset=combined&runs=3', 3);
		// 8 PM/POs × 140,000 × 1.3 + 48 developers × 132,270 × 1.3 = 1,456,000 + 8,253,648
		expect(combined.cost.annual).toBe(9_709_648);
		await expect(cell('a', 'cost.annual')).toHaveAttribute('data-value', '10190648');
		await expect(cell('b', 'cost.annual')).toHaveAttribute('data-value', '9709648');
		await expect(cell('b', 'cost.annual')).toHaveText('$9,709,648');
		await expect(cell('b', 'cost.perDecision')).toHaveAttribute(
			'data-value',
			String(combined.cost.perDecision)
		);
		await expect(page.locator('td[data-diff][data-metric="cost.annual"]')).toHaveText('−$481k');
		await expect(cell('a', 'span.pm.people')).toHaveText('16');

		await page.getByTestId('report-link').click();
		const report = page.getByTestId('report');
		await expect(report).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		for (const [side, value] of [
			['a', '10190648'],
			['b', '9709648']
		]) {
			await expect(
				report.locator(`td[data-side="${side}"][data-metric="cost.annual"]`)
			).toHaveAttribute('data-value', value);
		}
		await expect(
			report.locator('td[data-side="b"][data-metric="cost.perDecision"]')
		).toHaveAttribute('data-value', String(combined.cost.perDecision));
	});

	test('what-if suggestions show their change in annual cost', async ({ page }) => {
		await page.goto('/compare?v=2&a.preset=scale-up&b.preset=scale-up');
		await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
		await page.getByTestId('whatif-start').click();
		const addPm = page.locator('[data-change-id="pm-add"]');
		await expect(addPm).toBeVisible({ timeout: 80_000 });
		// One PM more: 150,000 × 1.3 = 195,000 a year.
		await expect(addPm.locator('[data-cost-change]')).toHaveAttribute('data-cost-change', '195000');
		await expect(addPm.locator('[data-cost-change]')).toHaveText('+$195k a year');
	});
});
