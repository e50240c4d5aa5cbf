/**
 * Every screen a meeting uses, at a laptop's 1280 px and a phone's 360 px: no text in a chart runs
 * into another and no whisker past its axis, for every preset and a 100-team organisation; the
 * comparison fits a phone (B − A in sight, the report one tap away, an edit's effect in view);
 * and axe finds no serious or critical problem on any page, each with its main landmark and h1.
 */
import type { Page } from '@playwright/test';
import { PRESET_IDS } from '../src/lib/scenario/presetIds';
import { seriousAxeProblems } from './axe';
import { enter, expect, test } from './helpers';
import { marksOutsidePlot, overlappingText } from './textOverlap';

const SCREENS = [
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'phone', width: 360, height: 740 }
] as const;

const SCREEN_WIDTHS = SCREENS.map((screen) => `${screen.width}`).join(' and ') + ' px';

/** Sets the window's size and waits two frames, so every chart has measured and redrawn. */
async function resizeTo(page: Page, screen: { width: number; height: number }): Promise<void> {
	await page.setViewportSize(screen);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
			)
	);
}

const COMPARE = 'v=2&a.preset=scale-up&a.name=Today&b.preset=po-only&b.name=Proposed';

/** Opens the main page and waits until the replications' figures are drawn. */
async function openFinal(page: Page, query: string): Promise<void> {
	await page.goto(`/?${query}`);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByTestId('results')).toHaveAttribute('data-final-scenario', /./, {
		timeout: 45_000
	});
}

async function openCompare(page: Page, query = COMPARE): Promise<void> {
	await page.goto(`/compare?${query}`);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByTestId('comparison-results')).toHaveAttribute('data-stale', 'false', {
		timeout: 45_000
	});
}

/**
 * The page's landmarks and axe's verdict, read from the top of the page as a visitor lands on it
 * (an overlap check leaves the page scrolled to its last chart).
 */
async function expectAccessible(page: Page, screen: { width: number }): Promise<void> {
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	expect(await seriousAxeProblems(page), `${screen.width} px`).toEqual([]);
}

/** Checks a screen's test runs on the page it already has open, at one width. */
type AlsoCheck = (page: Page, screen: (typeof SCREENS)[number]) => Promise<void>;

/** PO only: roadmap decisions pile up, so their range runs past this run's longest lead time. */
const whiskersStopAtAxis: AlsoCheck = async (page, screen) => {
	if (screen.width !== 360) return;
	const whiskers = page.locator('figure[data-view="leadtimes"] [data-mark^="whisker "]');
	expect(await whiskers.count()).toBeGreaterThan(2);
	await expect(
		page.locator('figure[data-view="leadtimes"] [data-mark^="whisker arrow"]').first()
	).toBeAttached();
};

/** On a phone: B − A and its verdict are in sight, not in a hidden scroller. */
async function expectDifferenceInSight(page: Page): Promise<void> {
	const wrap = page.locator('.figures .table-wrap');
	const { scrollWidth, clientWidth } = await wrap.evaluate((el) => ({
		scrollWidth: el.scrollWidth,
		clientWidth: el.clientWidth
	}));
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
	const diff = page.locator('td[data-diff][data-metric="whatif.all"]');
	await expect(diff).toContainText('worse');
	const box = (await diff.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(360);
	// The two sides and the difference share one line under the figure's name.
	const cells = page.locator('tr.overall td');
	const tops = await cells.evaluateAll((tds) =>
		tds.map((td) => Math.round(td.getBoundingClientRect().top))
	);
	expect(new Set(tops).size).toBe(1);
}

test.describe('text in charts never overlaps', () => {
	test.describe.configure({ timeout: 180_000 });

	// Checks of another kind on the same page ride along, so its simulation runs once for both.
	const scenarios = [
		...PRESET_IDS.map((preset) => ({ name: preset, query: `v=2&preset=${preset}` })),
		{ name: '100 teams', query: 'v=2&preset=scale-up&teams=100' }
	];
	const extra: Record<string, { also: string; check: AlsoCheck }> = {
		// The main page's accessibility (its own test before): one main, one h1, no axe problem.
		'scale-up': {
			also: '; one main and one h1, no serious or critical axe problem',
			check: expectAccessible
		},
		'po-only': {
			also: '; at 360 px an overloaded flow draws its whiskers, stopped at the axis by an arrow',
			check: whiskersStopAtAxis
		}
	};
	// One page per scenario, read at each width in turn: the layout follows the window, and the
	// simulation (most of a test's time) runs once.
	for (const scenario of scenarios) {
		const { also = '', check } = extra[scenario.name] ?? {};
		test(`${scenario.name} at ${SCREEN_WIDTHS}: no two texts of a figure meet, no whisker leaves its plot${also}`, async ({
			page
		}) => {
			await page.setViewportSize(SCREENS[0]);
			await openFinal(page, scenario.query);
			for (const screen of SCREENS) {
				await resizeTo(page, screen);
				await check?.(page, screen);
				expect(await page.locator('figure svg text').count()).toBeGreaterThan(50);
				expect(await overlappingText(page), `${screen.width} px`).toEqual([]);
				expect(await marksOutsidePlot(page), `${screen.width} px`).toEqual([]);
			}
		});
	}

	// The comparison's accessibility and, on a phone, B − A in sight: its own tests before.
	test(`the comparison at ${SCREEN_WIDTHS}: no two texts of a figure meet; one main and one h1, no serious or critical axe problem; at 360 px B − A and its verdict in sight, not in a hidden scroller`, async ({
		page
	}) => {
		await page.setViewportSize(SCREENS[0]);
		await openCompare(page);
		for (const screen of SCREENS) {
			await resizeTo(page, screen);
			await expectAccessible(page, screen);
			if (screen.width === 360) await expectDifferenceInSight(page);
			expect(await page.locator('svg text').count()).toBeGreaterThan(10);
			expect(await overlappingText(page), `${screen.width} px`).toEqual([]);
		}
	});
});

test.describe('the comparison on a phone', () => {
	test.describe.configure({ timeout: 90_000 });
	test.use({ viewport: { width: 360, height: 740 } });

	test('the report is one tap away', async ({ page }) => {
		await openCompare(page);
		const report = page.getByTestId('report-link');
		await expect(report).toBeInViewport();
		await report.click();
		await expect(page).toHaveURL(/\/report\?/);
		await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', {
			timeout: 45_000
		});
	});

	test("an edit's effect stays in view under the settings, and a tap jumps to the results", async ({
		page
	}) => {
		await openCompare(page);
		const effect = page.getByTestId('edit-effect');
		await expect(effect).toBeHidden();
		await page.getByRole('button', { name: /Edit A and B/ }).click();
		await expect(effect).toBeInViewport();
		const sideB = effect.locator('[data-side="b"]');
		await expect(sideB).toHaveAttribute('data-verdict', 'overloaded');
		const before = await sideB.textContent();
		// B shrinks to one team: the figures change, and the summary under the settings says so.
		await page.getByTestId('edit-b').click();
		await enter(page, 'teams', '1');
		await expect(effect).toHaveAttribute('data-stale', 'false', { timeout: 45_000 });
		await expect(effect).toBeInViewport();
		await expect(sideB).not.toHaveText(before ?? '');
		await expect(sideB).toContainText(/d to decide|none finished/);
		await effect.getByRole('link', { name: /See the results/ }).click();
		await expect(page.getByTestId('comparison-results')).toBeInViewport();
		await expect(page.locator('.verdicts [data-verdict]').nth(1)).toBeInViewport();
	});

	test("on the main page too, an edit's verdict stays in view under the settings", async ({
		page
	}) => {
		await openFinal(page, 'v=2&preset=scale-up');
		const pinned = page.getByTestId('pinned-summary');
		await expect(pinned).toHaveCount(0);
		await page.getByRole('button', { name: /Settings/ }).click();
		await expect(pinned).toBeInViewport();
		await expect(pinned.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'healthy');
		// One PM for all eight teams overloads the PM: the bar under the settings says so.
		await enter(page, 'teamsPerPm', '8');
		await expect(pinned.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'overloaded', {
			timeout: 45_000
		});
		await expect(pinned).toBeInViewport();
		await pinned.getByRole('link', { name: /See the results/ }).click();
		await expect(page.locator('[data-verdict]').first()).toBeInViewport();
	});
});

test.describe('accessibility on every page', () => {
	test.describe.configure({ timeout: 180_000 });

	// The main page and the comparison are checked above, with their overlap tests.
	const pages: { name: string; open: (page: Page) => Promise<void> }[] = [
		{
			name: 'the report of a comparison',
			open: async (page) => {
				await page.goto(`/report?${COMPARE}`);
				await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', {
					timeout: 45_000
				});
			}
		},
		{
			name: 'the report of one scenario',
			open: async (page) => {
				await page.goto('/report?v=2&preset=scale-up');
				await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', {
					timeout: 45_000
				});
			}
		},
		{
			name: 'presentation mode',
			open: async (page) => {
				await page.goto('/?v=2&preset=po-only&present=1');
				await expect(page.getByTestId('present')).toBeVisible();
				await expect(page.getByTestId('results')).toHaveAttribute('data-final-scenario', /./, {
					timeout: 45_000
				});
			}
		},
		{
			name: 'embed mode',
			open: async (page) => {
				await page.goto('/?v=2&preset=po-only&embed=1');
				await expect(page.getByTestId('embed')).toBeVisible();
				await expect(page.getByTestId('results')).toHaveAttribute('data-final-scenario', /./, {
					timeout: 45_000
				});
			}
		}
	];

	for (const p of pages) {
		test(`${p.name} at ${SCREEN_WIDTHS}: no serious or critical axe problem, one main and one h1`, async ({
			page
		}) => {
			await page.setViewportSize(SCREENS[0]);
			await p.open(page);
			for (const screen of SCREENS) {
				await resizeTo(page, screen);
				await expectAccessible(page, screen);
			}
		});
	}
});
