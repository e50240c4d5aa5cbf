/**
 * /sweep: a sweep link runs its points in Web Workers and draws them as they come, names the
 * breaking point as `npm run sweep` does, cancels, opens a point's scenario, and passes axe and
 * the content security policy.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { seriousAxeProblems } from './axe';
import { expect, test } from './helpers';

declare global {
	interface Window {
		cspViolations: string[];
	}
}

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		window.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
		});
	});
});

const LINE = 'weeks=13&runs=3&vary=teamsPerPm:2..6';
const GRID = 'preset=startup&weeks=13&runs=2&vary=teamSize:3..6&vary=pmpoHours:30..40:5';
const COMPARE = 'weeks=13&runs=2&vary=teams:2..8:3&vary=model:combined,separate';

async function openSweep(page: Page, query: string) {
	await page.goto(`/sweep?${query}`);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}

/** What `npm run sweep -- '<query>' --json --jobs 1` prints for the same link. */
function cliSweep(query: string): { breakingPoint: { message: string } | null; points: unknown[] } {
	return JSON.parse(
		execFileSync('npx', ['tsx', 'src/cli/sweep.ts', query, '--json', '--jobs', '1'], {
			encoding: 'utf8',
			timeout: 60_000
		})
	);
}

test('a sweep link draws every point and names the breaking point as the CLI does', async ({
	page
}) => {
	await openSweep(page, LINE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Sweep: Teams per Product Manager 2–6'
	);
	await expect(page.locator('[data-state="done"]')).toBeVisible({ timeout: 30_000 });
	const points = page.locator('[data-sweep-point]');
	await expect(points).toHaveCount(5);
	await expect(page.locator('[data-runs-pending]')).toHaveCount(0);
	expect(await points.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))).toEqual([
		'2',
		'3',
		'4',
		'5',
		'6'
	]);
	await expect(page.locator('[data-verdict="overloaded"]')).toHaveCount(2);
	const sentence = page.locator('[data-breaking-point]');
	await expect(sentence).toHaveAttribute('data-breaking-point', '5');
	const cli = cliSweep(LINE);
	expect(cli.breakingPoint?.message).toBe(
		'Beyond 4 teams per PM, PM 1 (teams 1–5) is overloaded (122% load).'
	);
	await expect(sentence).toHaveText(`Breaking point: ${cli.breakingPoint!.message}`);
	// Every point's figures are the CLI's: verdict and busiest role's load, as the table shows.
	await page.getByText('Figures of every point').click();
	const rows = page.locator('.figures tbody tr');
	await expect(rows).toHaveCount(5);
	const cliPoints = cli.points as { verdict: string; busiest: { role: string; load: number } }[];
	for (const [i, p] of cliPoints.entries()) {
		await expect(rows.nth(i)).toContainText(p.verdict);
		await expect(rows.nth(i)).toContainText(
			`${p.busiest.role}, ${Math.round(p.busiest.load * 100)}%`
		);
	}
	await expect(page.getByText('All 5 points in')).toBeVisible();
	expect(await seriousAxeProblems(page)).toEqual([]);
	expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
});

test('cancel stops the workers: no point arrives after it', async ({ page }) => {
	await openSweep(page, 'runs=10&vary=teams:2..200:log');
	await page.getByRole('button', { name: 'Cancel' }).click();
	const progress = page.locator('[data-state]');
	await expect(progress).toHaveAttribute('data-state', 'cancelled');
	const done = await progress.getAttribute('data-done');
	await expect(page.getByText(`Cancelled after ${done} of 10 points`)).toBeVisible();
	await page.waitForTimeout(2000);
	await expect(progress).toHaveAttribute('data-done', done!);
	await expect(page.locator('[data-sweep-point]')).toHaveCount(Number(done));
	await page.getByRole('button', { name: 'Run again' }).click();
	await expect(progress).toHaveAttribute('data-state', 'running');
});

test('clicking a point opens its scenario on the main page', async ({ page }) => {
	await openSweep(page, LINE);
	const point = page.locator('[data-sweep-point][data-value="5"]');
	await point.click();
	await expect(page).toHaveURL(/\/\?.*teamsPerPm=5/);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.locator('#setting-teamsPerPm')).toHaveValue('5');
	await expect(page.locator('#setting-runs')).toHaveValue('3');
});

test('a two-setting sweep draws a heatmap with the overloaded boundary', async ({ page }) => {
	await openSweep(page, GRID);
	await expect(page.locator('[data-state="done"]')).toBeVisible({ timeout: 30_000 });
	const cells = page.locator('[data-sweep-point]');
	await expect(cells).toHaveCount(12);
	await expect(page.locator('[data-sweep-point][data-value="4,35"]')).toHaveCount(1);
	await expect(page.locator('path.boundary').first()).toHaveAttribute('d', /^M/);
	// Every row of the grid breaks at its first value: one clause names them all, as the CLI does;
	// the 40 h row recovers at a larger team, and the sentence says so.
	const cli = cliSweep(GRID);
	expect(cli.breakingPoint?.message).toBe(
		'Already at 3 developers per team with combined PM/PO hours per week = 30 to 40 h. At 3 developers per team with 30 h, Team 1 is overloaded (135% load) and backlog p85 passes 20 days. With combined PM/PO hours per week = 40 h it recovers further along after breaking; the heatmap and the table show where.'
	);
	await expect(page.locator('[data-breaking-point]')).toHaveText(
		`Breaking point: ${cli.breakingPoint!.message}`
	);
	await page.getByLabel('Colour by').selectOption('cost');
	expect(await seriousAxeProblems(page)).toEqual([]);
	expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
});

test('a bad vary says why and offers the sweeps of its preset', async ({ page }) => {
	await openSweep(page, 'preset=scale-up&vary=tems:1..5');
	await expect(page.getByRole('alert')).toHaveText(
		`The sweep in this link cannot run: Unknown setting "tems" to sweep (did you mean teams?); closest: teams, itemsPerWeek, itemsPerCascade, weeks, seed, teamSize (all 58 are in the README's parameter table: its number settings but runs, and its choices as lines).`
	);
	await page.getByRole('link', { name: 'How many teams can one PM serve?' }).click();
	await expect(page.locator('[data-sweep-point]').first()).toBeVisible({ timeout: 30_000 });
	expect(new URL(page.url()).searchParams.getAll('vary')).toEqual(['teamsPerPm:1..10']);
	await page.getByRole('button', { name: 'Cancel' }).click();
});

test('screenshots at 1280 and 360 px', async ({ page }) => {
	test.setTimeout(90_000);
	// Each sweep runs once and is pictured at each width in turn: the charts follow the window.
	for (const [query, name] of [
		[LINE, 'line'],
		[GRID, 'grid'],
		[COMPARE, 'compare']
	] as const) {
		await page.setViewportSize({ width: 1280, height: 900 });
		await openSweep(page, query);
		await expect(page.locator('[data-state="done"]')).toBeVisible({ timeout: 30_000 });
		for (const width of [1280, 360]) {
			await page.setViewportSize({ width, height: 900 });
			await page.evaluate(
				() =>
					new Promise<void>((resolve) =>
						requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
					)
			);
			await expect(page.locator('[data-state="done"]')).toBeVisible();
			await page.screenshot({ path: `screenshots/tmp/sweep-${name}-${width}.png`, fullPage: true });
		}
	}
});

test('"Sweep this" beside a number setting opens the sweep of that setting, scenario kept', async ({
	page
}) => {
	await page.goto('/?teams=12&weeks=13');
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('link', { name: 'Sweep this: Teams per Product Manager' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Sweep: Teams per Product Manager 1–10'
	);
	const params = new URL(page.url()).searchParams;
	expect(params.get('teams')).toBe('12');
	expect(params.getAll('vary')).toEqual(['teamsPerPm:1..10']);
	await expect(page.locator('[data-sweep-point]').first()).toBeVisible({ timeout: 30_000 });
	await page.getByRole('button', { name: 'Cancel' }).click();
});

test('compare offers the sweeps of B’s preset', async ({ page }) => {
	await page.goto('/compare');
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	const offers = page.getByRole('navigation', { name: 'Where does B break? Sweep it' });
	await expect(offers.getByRole('link')).toHaveText([
		'How many teams can one PM serve?',
		'How far do combined and separate PM/PO scale in teams?'
	]);
	await offers
		.getByRole('link', { name: 'How far do combined and separate PM/PO scale in teams?' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Sweep: Teams 2–200, Combined PM/PO vs Separate PM and PO'
	);
	expect(new URL(page.url()).searchParams.getAll('vary')).toEqual([
		'teams:2..200:log',
		'model:combined,separate'
	]);
	// Two models over 2 to 200 teams at 20 runs: heavy, so it asks first.
	await expect(page.locator('[data-confirm-heavy]')).toContainText('points, 400 runs');
	await page.getByRole('button', { name: 'Cancel' }).click();
});

test('a compare sweep draws a line per model on one chart, each line’s breaking point named as the CLI does', async ({
	page
}) => {
	await openSweep(page, COMPARE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Sweep: Teams 2–8, Combined PM/PO vs Separate PM and PO'
	);
	await expect(page.locator('[data-state="done"]')).toBeVisible({ timeout: 30_000 });
	for (const model of ['combined', 'separate']) {
		await expect(page.locator(`[data-sweep-point][data-line="${model}"]`)).toHaveCount(3);
		await expect(page.locator(`path[data-line="${model}"]`)).toHaveAttribute('d', /^M/);
	}
	expect(
		await page
			.locator('[data-sweep-point]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))
	).toEqual(['2,combined', '5,combined', '8,combined', '2,separate', '5,separate', '8,separate']);
	// One chart: both lines in the same svg.
	await expect(
		page.locator('svg:has([data-line="combined"]):has([data-line="separate"])')
	).toHaveCount(1);
	const cli = cliSweep(COMPARE);
	const sentence = page.locator('[data-breaking-point]');
	if (cli.breakingPoint) {
		expect(cli.breakingPoint.message).toMatch(/^Combined PM\/PO: .* Separate PM and PO: /);
		await expect(sentence).toHaveText(`Breaking point: ${cli.breakingPoint.message}`);
	} else {
		await expect(sentence).toHaveAttribute('data-breaking-point', 'none');
	}
	expect(await seriousAxeProblems(page)).toEqual([]);
	const cliPoints = cli.points as { values: { model: string }; verdict: string }[];
	expect(
		await page
			.locator('[data-sweep-point]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))
	).toEqual(cliPoints.map((p) => p.verdict));
	// The scale-up preset is separate already, so a combined point's link is the one that says so.
	await page.locator('[data-sweep-point][data-value="5,combined"]').click();
	await expect(page).toHaveURL(/\/\?.*model=combined/);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.locator('#setting-teams')).toHaveValue('5');
});

test('every point shows its outlook (verdict and load from its settings) at once, then its runs', async ({
	page
}) => {
	await openSweep(page, 'runs=40&vary=teamsPerPm:2..6');
	// Five points, two workers, 40 runs each: the last points are still running when the first
	// are drawn, and show the verdict and load their settings decide.
	const pending = page.locator('[data-sweep-point][data-runs-pending]');
	await expect(page.locator('[data-sweep-point]')).toHaveCount(5);
	await expect(pending.first()).toBeVisible();
	await expect(pending.last()).toHaveAttribute(
		'aria-label',
		/^Runs still going\. 6 teams per PM: overloaded; busiest PM 1 \(teams 1–6\) at \d+% load; lead times and cost when its runs finish/
	);
	await expect(page.getByText('runs still going', { exact: true })).toBeVisible();
	await expect(
		page.getByText(/more show the verdict and load their settings decide/)
	).toBeVisible();
	const outlookVerdicts = await page
		.locator('[data-sweep-point]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
	expect(await seriousAxeProblems(page)).toEqual([]);
	await expect(page.locator('[data-state="done"]')).toBeVisible({ timeout: 90_000 });
	// Started once, from the address before hydration, and not again when the page mounted.
	expect(await page.evaluate(() => performance.getEntriesByName('sweep:start').length)).toBe(1);
	await expect(page.locator('[data-runs-pending]')).toHaveCount(0);
	await expect(page.getByText('runs still going', { exact: true })).toHaveCount(0);
	// The runs confirm every verdict the outlooks drew.
	expect(
		await page
			.locator('[data-sweep-point]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))
	).toEqual(outlookVerdicts);
	const progress = page.locator('.progress');
	const first = Number(await progress.getAttribute('data-first-ms'));
	const firstRuns = Number(await progress.getAttribute('data-first-runs-ms'));
	expect(first).toBeLessThan(firstRuns);
});
