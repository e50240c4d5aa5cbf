/**
 * The verdict comes first, and a lead time that does not exist is never shown as a number: on the
 * main page, the compare page and the report, against the CLI's figures for the same link. And
 * axe finds no serious or critical problem on the pages that show them.
 */
import type { Page } from '@playwright/test';
import { formatValue } from '../src/lib/charts/format';
import { parseScenarioParams, toQueryString } from '../src/lib/scenario';
import { DECISION_KINDS, type SimulationSummary } from '../src/lib/sim/types';
import { seriousAxeProblems } from './axe';
import { simulate } from './cli';
import { expect, openApp, test } from './helpers';
import { WITH_ADVICE } from './advicePreference';

/** Opens the main page and waits until every view has drawn this link's scenario. */
async function openResults(page: Page, query: string): Promise<void> {
	await openApp(page, query);
	const { scenario } = parseScenarioParams(query);
	await expect(page.getByTestId('results')).toHaveAttribute(
		'data-rendered-scenario',
		toQueryString({ ...scenario, name: '' }),
		{ timeout: 20_000 }
	);
}

const COMPARE = 'v=2&a.preset=scale-up&a.name=Today&b.preset=po-only&b.name=Proposed';

async function openCompare(page: Page, path: '/compare' | '/report'): Promise<void> {
	await page.goto(`${path}?${COMPARE}`);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	if (path === '/compare') {
		await expect(page.getByTestId('comparison-results')).toHaveAttribute('data-stale', 'false', {
			timeout: 30_000
		});
	} else {
		await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', {
			timeout: 30_000
		});
	}
}

const VIEWPORTS = [
	{ width: 1280, height: 800 },
	{ width: 360, height: 740 }
];

/** Waits two frames, so a resized window's charts have measured and redrawn. */
async function nextFrames(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
			)
	);
}

/** Kinds whose lead time does not exist in this summary (nothing finished). */
const noneFinished = (s: SimulationSummary) =>
	DECISION_KINDS.filter(
		(k) => s.decisions[k].created > 0 && s.decisions[k].leadTimeDays.mean === null
	);

test.describe('the verdict first', () => {
	test.describe.configure({ timeout: 60_000 });

	for (const { preset, status, word } of [
		{ preset: 'scale-up', status: 'healthy', word: 'Healthy:' },
		{ preset: 'po-only', status: 'overloaded', word: 'Overloaded:' }
	] as const) {
		// One page, read at each width in turn: the layout follows the window (CSS and resize
		// observers), and the page's simulation runs once.
		test(`${preset} at 1280 and 360 px opens on its ${status} verdict, above every figure`, async ({
			page
		}) => {
			const cli = simulate(`preset=${preset}`);
			expect(cli.verdict.status).toBe(status);
			await page.setViewportSize(VIEWPORTS[0]);
			await openResults(page, `preset=${preset}`);
			for (const viewport of VIEWPORTS) {
				await page.setViewportSize(viewport);
				await nextFrames(page);
				const results = page.getByTestId('results');
				const verdict = results.locator('[data-verdict]');
				await expect(verdict).toHaveAttribute('data-verdict', status);
				await expect(verdict.locator('p')).toHaveText(cli.verdict.message);
				// Said in words, not colour alone.
				await expect(verdict.locator('strong')).toHaveText(word);
				// The first element of the results, and on the first screen without scrolling.
				expect(
					await results.evaluate((el) => el.firstElementChild?.getAttribute('data-verdict'))
				).toBe(status);
				const box = (await verdict.boundingBox())!;
				expect(box.y + box.height, `${viewport.width} px`).toBeLessThanOrEqual(viewport.height);
				for (const later of [
					page.getByRole('region', { name: 'Headline figures' }),
					page.getByRole('region', { name: 'What the simulation found' }),
					page.locator('figure[data-view]').first()
				]) {
					expect(box.y + box.height, `${viewport.width} px`).toBeLessThanOrEqual(
						(await later.boundingBox())!.y
					);
				}
			}
		});
	}

	test('without a bottleneck the insights say where the waiting went, and the network marks no role', async ({
		page
	}) => {
		// Once the replications are in, the page's findings are those of all runs, as --runs gives.
		const cli = simulate('preset=scale-up', 20);
		expect(cli.bottlenecks).toEqual([]);
		await openResults(page, 'preset=scale-up');
		await expect(page.locator('[data-insight="bottleneck"]')).toHaveCount(0);
		await expect(page.locator('[data-insight="waiting"]')).toHaveText(cli.waiting.message, {
			timeout: 30_000
		});
		await expect(page.locator('[data-insight="waiting"]')).toHaveText(/^No bottleneck: /);
		await expect(page.locator('figure[data-view="network"] [data-bottleneck="true"]')).toHaveCount(
			0
		);
	});

	test('presentation mode opens on the verdict, and embed mode keeps it in one compact line', async ({
		page
	}) => {
		const cli = simulate('preset=po-only');
		await page.goto('/?v=2&preset=po-only&present=1');
		const present = page.getByTestId('present');
		await expect(present).toHaveAttribute('data-slide', 'summary', { timeout: 20_000 });
		await expect(page.locator('[data-verdict]')).toBeVisible();
		await expect(page.locator('[data-verdict] p')).toHaveText(cli.verdict.message);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[data-verdict]')).toBeHidden();

		await page.goto('/?v=2&preset=po-only&embed=1');
		const verdict = page.getByTestId('embed').locator('[data-verdict]');
		await expect(verdict).toBeVisible({ timeout: 20_000 });
		await expect(verdict).toHaveAttribute('data-verdict', 'overloaded');
		await expect(verdict).toHaveClass(/compact/);
		await expect(page.getByRole('region', { name: 'Headline figures' })).toHaveCount(0);
	});
});

test.describe('lead times that do not exist', () => {
	test.describe.configure({ timeout: 90_000 });

	// Both read the same page once its runs are in, so it opens once.
	test('a kind with nothing finished shows "none finished" and what is open, never 0; a percentile hidden by open decisions reads "more than" the oldest open age', async ({
		page
	}) => {
		// The cards are medians over the 20 runs; the histograms draw the first run.
		const cli = simulate('preset=po-only', 20);
		const first = simulate('preset=po-only');
		const kinds = noneFinished(cli);
		// PO-only: nobody holds pricing, and no pricing decision finishes in the median run.
		expect(kinds).toContain('pricing');
		await openResults(page, 'preset=po-only');
		await expect(page.locator('.headlines')).toHaveAttribute('data-final', 'true', {
			timeout: 30_000
		});
		for (const kind of kinds) {
			const d = cli.decisions[kind];
			const openOf = (x: SimulationSummary['decisions'][typeof kind]) =>
				`${x.open.count} open, oldest ${formatValue('days', x.open.oldestDays)} days`;
			const open = openOf(d);
			const card = page.locator(`.headlines [data-kind="${kind}"]`);
			for (const statistic of ['mean', 'p85']) {
				await expect(
					card.locator(`[data-metric="decisions.${kind}.leadTimeDays.${statistic}"]`)
				).toHaveText('none finished');
			}
			await expect(card.locator('[data-note="mean"]')).toHaveText(open);
			// No lead time figure in the card reads as a number of days.
			await expect(card).not.toContainText(/\b0\.0\b|NaN/);

			const chart = page.locator('figure[data-view="leadtimes"]').getByRole('region', {
				name: (await card.locator('h3').textContent())!
			});
			await expect(chart).toContainText(
				`None finished in this run, so no lead time to show; ${openOf(first.decisions[kind])}.`
			);
			await expect(chart.locator('svg')).toHaveCount(0);

			await page.locator('figure[data-view="leadtimes"] summary').click();
			const row = page.locator('figure[data-view="leadtimes"] table tbody tr', {
				hasText: (await card.locator('h3').textContent())!
			});
			const cells = await row.locator('td, th').allTextContents();
			expect(cells.slice(2, 6)).toEqual(Array(4).fill(`none finished; ${open}`));
			await page.locator('figure[data-view="leadtimes"] summary').click();
		}

		const kind = DECISION_KINDS.find(
			(k) => cli.decisions[k].completed > 0 && cli.decisions[k].leadTimeDays.p85 === null
		);
		// PO-only: leadership absorbs roadmap work at eight times its hours; most decisions stay open.
		expect(kind).toBe('roadmap');
		const d = cli.decisions[kind!];
		const p85 = page.locator(`.headlines [data-metric="decisions.${kind}.leadTimeDays.p85"]`);
		await expect(p85).toHaveText(`more than ${formatValue('days', d.open.oldestDays)}`);
		await expect(p85).toHaveAttribute('data-value', '');
	});

	// The verdicts of each side are read on the same pages (a test of the verdict-first kind).
	test('the compare page and the report give each side its verdict, and say "none finished" where the median run finished none', async ({
		page
	}) => {
		const a = simulate('preset=scale-up');
		const b1 = simulate('preset=po-only');
		const b = simulate('preset=po-only', 20);
		const kinds = noneFinished(b);
		expect(kinds).toContain('pricing');
		for (const path of ['/compare', '/report'] as const) {
			await openCompare(page, path);
			// The phone's edit bar repeats the verdicts; on a laptop it is hidden.
			const verdicts = page.locator('[data-verdict]:visible');
			await expect(verdicts).toHaveCount(2);
			await expect(verdicts.nth(0)).toHaveAttribute('data-verdict', a.verdict.status);
			await expect(verdicts.nth(0)).toContainText('Today');
			await expect(verdicts.nth(0).locator('p')).toHaveText(a.verdict.message);
			await expect(verdicts.nth(1)).toHaveAttribute('data-verdict', b1.verdict.status);
			await expect(verdicts.nth(1)).toContainText('Proposed');
			await expect(verdicts.nth(1).locator('p')).toHaveText(b1.verdict.message);

			// The printed report keeps one lead-time row per kind (the mean) to fit one page.
			const statistics = path === '/compare' ? ['mean', 'p85'] : ['mean'];
			for (const kind of kinds) {
				for (const statistic of statistics) {
					const cell = page.locator(
						`td[data-side="b"][data-metric="decisions.${kind}.leadTimeDays.${statistic}"]`
					);
					await expect(cell).toHaveAttribute('data-value', '');
					await expect(cell).toContainText(/^none finished/);
					await expect(cell).not.toContainText(/^0/);
				}
				// Counted as longer than any lead time that exists: B is the worse.
				await expect(
					page.locator(`td[data-diff][data-metric="decisions.${kind}.leadTimeDays.mean"]`)
				).toHaveText(/–\s*worse/);
			}
			const chartRow = page.locator(
				'figure[data-view$="lead-times"] [data-row="pricing"] [data-side="b"]'
			);
			await expect(chartRow).toContainText('B: none finished');
		}
	});
});

test.describe('accessibility', () => {
	test.describe.configure({ timeout: 90_000 });
	// Only this test reads the advice; the others leave the what-if ranking off (the default for
	// browser tests), so it does not compete for the cores with what they wait for.
	test.use(WITH_ADVICE);

	// The healthy main page is checked at both widths in meeting-screens.e2e.ts; this one reads an
	// overloaded organisation with its advice in, so the ranking's own markup is checked too.
	test('axe finds no serious or critical problem on an overloaded main page with its advice', async ({
		page
	}) => {
		test.setTimeout(240_000);
		await openResults(page, 'preset=po-only');
		await expect(page.locator('.headlines')).toHaveAttribute('data-final', 'true', {
			timeout: 30_000
		});
		await expect(page.getByTestId('advice-summary')).toBeVisible({ timeout: 150_000 });
		expect(await seriousAxeProblems(page)).toEqual([]);
	});
});
