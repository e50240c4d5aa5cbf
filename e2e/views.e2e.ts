/**
 * The results views in Chromium, checked for content: the network has a node for every role,
 * the coverage matrix shows the pricing gap of a PO-only organisation, the bottleneck named in
 * the text is the node marked in the graph, the figures equal the CLI's for the same link, and
 * the timeline replays the weeks.
 */
import type { Page } from '@playwright/test';
import { formatMetric } from '../src/lib/charts/format';
import { readLeadTime } from '../src/lib/charts/leadTimeText';
import { parseScenarioParams, roleCounts, toQueryString } from '../src/lib/scenario';
import { SIMULATED_RESPONSIBILITIES } from '../src/lib/sim';
import { DECISION_KINDS, RESPONSIBILITIES } from '../src/lib/sim/types';
import { simulate } from './cli';
import { choice, expect, openApp, test } from './helpers';

/** Waits until every view has drawn this link's scenario (its own run). */
async function openResults(page: Page, query: string): Promise<void> {
	await openApp(page, query);
	// The key ResultsView writes: the scenario's query string without its name.
	const { scenario } = parseScenarioParams(query);
	await expect(page.locator('[data-testid="results"]')).toHaveAttribute(
		'data-rendered-scenario',
		toQueryString({ ...scenario, name: '' }),
		{ timeout: 20_000 }
	);
	await expect(page.getByRole('group', { name: 'Decision-flow network' })).toBeVisible();
}

/** Waits until the replications' ranges are in as well. */
async function waitForRanges(page: Page): Promise<void> {
	await expect(page.locator('[data-testid="results"] .headlines')).toHaveAttribute(
		'data-final',
		'true',
		{ timeout: 30_000 }
	);
}

/** The network has one node per role of the preset's scenario, and nothing else. */
async function expectOneNodePerRole(page: Page, preset: string): Promise<void> {
	const { scenario } = parseScenarioParams(`preset=${preset}`);
	const counts = roleCounts(scenario);
	const nodes = page.locator('figure[data-view="network"] [data-role-id]');
	const ids = await nodes.evaluateAll((els) => els.map((e) => e.getAttribute('data-role-id')!));
	const count = (prefix: string) => ids.filter((id) => id.startsWith(prefix)).length;
	expect(count('pm-'), preset).toBe(counts.productManagers);
	expect(count('po-'), preset).toBe(counts.productOwners);
	expect(count('pmpo-'), preset).toBe(counts.combinedPmPo);
	expect(count('team-'), preset).toBe(scenario.teams);
	expect(ids).toContain('stakeholders');
	// Nothing else: leadership appears only when it absorbs product work; the leaders who
	// align and approve (hidden work) in every organisation.
	const others = ids.filter((id) => !/^(pm|po|pmpo|team)-\d+$/.test(id));
	expect(
		others.every((id) => id === 'stakeholders' || id === 'leadership' || id === 'leaders')
	).toBe(true);
	expect(new Set(ids).size).toBe(ids.length);
	await expect(page.locator('figure[data-view="network"] [data-role-group]')).toHaveCount(0);
}

test.describe('results views', () => {
	// Each test runs the simulation in the page, some the CLI too: slower than a form test.
	test.describe.configure({ timeout: 60_000 });

	// One scale-up page for the checks that read it (each its own test before), the switch to PO
	// only last: the page's own run is drawn once.
	test('the org chart, hidden work and each of the six views is a figure named by its caption, with a text alternative; the network has one node per role of the scale-up scenario; marks show their tooltip on keyboard focus and on hover; the timeline steps, plays and pauses through the weeks, from the keyboard too; switching from separate roles to PO only opens the pricing gap in the matrix', async ({
		page
	}) => {
		await openResults(page, 'preset=scale-up');
		await expectOneNodePerRole(page, 'scale-up');
		const figures = page.locator('figure[data-view]');
		await expect(figures).toHaveCount(8);
		const captions = await figures.locator('figcaption h3').allTextContents();
		expect(captions).toEqual([
			'The organisation',
			'Hidden work',
			'Decision-flow network',
			'Queues over time',
			'Coverage of responsibilities',
			'Role load by week',
			'Lead-time distributions',
			'Where decisions spend their time'
		]);
		for (const figure of await figures.all()) {
			await expect(figure.locator('details summary')).toHaveText('Data table');
		}
		// A table opens with the figure's numbers.
		await page.locator('figure[data-view="network"] summary').click();
		// 3 PMs, 8 POs, 8 teams, the leaders who align and approve, and the stakeholders.
		await expect(page.locator('figure[data-view="network"] table tbody tr')).toHaveCount(21);

		const network = page.locator('figure[data-view="network"]');
		const nodes = network.locator('[role="gridcell"]');
		await nodes.first().focus();
		const tip = network.locator('.tip');
		await expect(tip).toBeVisible();
		await expect(tip).toContainText('Leaders');
		await page.keyboard.press('ArrowDown');
		await expect(nodes.nth(1)).toBeFocused();
		await expect(tip).toContainText('Stakeholders');
		await page.keyboard.press('ArrowDown');
		await expect(nodes.nth(2)).toBeFocused();
		await expect(tip).toContainText('PM 1');
		await expect(tip).toContainText('busy');

		// Heatmap rows: up and down between roles, left and right along the weeks.
		const heatmap = page.locator('figure[data-view="heatmap"]');
		await heatmap.locator('[role="gridcell"]').first().focus();
		await expect(heatmap.locator('.tip')).toContainText('week 1');
		await page.keyboard.press('ArrowRight');
		await expect(heatmap.locator('.tip')).toContainText('week 2');
		await page.keyboard.press('ArrowDown');
		await expect(heatmap.locator('[role="gridcell"]').nth(1)).toBeFocused();
		await expect(heatmap.locator('[role="gridcell"]').nth(1)).toHaveAttribute(
			'aria-label',
			/^PM 2 .*week 1: \d+% busy$/
		);

		const cell = page.locator(
			'figure[data-view="coverage"] [data-responsibility="roadmap"][data-role="pm"]'
		);
		await cell.hover();
		await expect(page.locator('figure[data-view="coverage"] .tip')).toContainText('Roadmap');

		const week = page.getByTestId('timeline-week');
		await expect(week).toHaveText('Whole run, 26 weeks');
		const heatCursor = page.locator('figure[data-view="heatmap"] rect.cursor');
		await expect(heatCursor).toHaveCount(0);

		await page.getByRole('button', { name: 'Next week' }).click();
		await expect(week).toHaveText('Week 1 of 26');
		await page.getByRole('button', { name: 'Next week' }).click();
		await expect(week).toHaveText('Week 2 of 26');
		await expect(heatCursor).toHaveCount(1);

		// The network's nodes follow the week: PO 1's colour is its week-2 utilisation.
		const node = page.locator('figure[data-view="network"] [data-role-id="po-1"]');
		await expect(node).toHaveAttribute('aria-label', /busy/);

		await page.getByRole('button', { name: 'Play' }).click();
		await expect(week).not.toHaveText('Week 2 of 26', { timeout: 5_000 });
		await page.getByRole('button', { name: 'Pause' }).click();
		const paused = await week.textContent();
		await page.waitForTimeout(800);
		await expect(week).toHaveText(paused!);

		const slider = page.getByRole('slider', { name: /Week to show/ });
		await slider.focus();
		await page.keyboard.press('Home');
		await expect(week).toHaveText('Whole run, 26 weeks');
		await page.keyboard.press('ArrowRight');
		await expect(week).toHaveText('Week 1 of 26');
		await page.keyboard.press('End');
		await expect(week).toHaveText('Week 26 of 26');

		const pricingGap = page.locator(
			'figure[data-view="coverage"] [data-responsibility="pricing"][data-coverage="uncovered"]'
		);
		await expect(
			page.locator('figure[data-view="coverage"] [data-responsibility="pricing"][data-role="pm"]')
		).toHaveAttribute('data-coverage', 'covered');
		await expect(pricingGap).toHaveCount(0);

		await choice(page, 'Preset', 'PO only').check();
		await expect(pricingGap).toHaveCount(1, { timeout: 20_000 });
		await expect(pricingGap).toHaveAttribute('aria-label', /Pricing.*Uncovered/);
		await expect(
			page.locator('[data-insight="gap"][data-gap="uncovered"][data-responsibilities~="pricing"]')
		).toBeVisible();
	});

	// Scale-up's, startup's and PO only's networks are counted in the tests that open those pages
	// anyway.
	test('the network has one node per role of the pm-only scenario', async ({ page }) => {
		await openResults(page, 'preset=pm-only');
		await expectOneNodePerRole(page, 'pm-only');
	});

	test('a large organisation folds into groups that still account for every role', async ({
		page
	}) => {
		await openResults(page, 'preset=enterprise&teams=60');
		const nodes = page.locator('figure[data-view="network"] [data-role-count]');
		const total = await nodes.evaluateAll((els) =>
			els.reduce((s, e) => s + Number(e.getAttribute('data-role-count')), 0)
		);
		const { scenario } = parseScenarioParams('preset=enterprise&teams=60');
		const counts = roleCounts(scenario);
		const individual = await page
			.locator('figure[data-view="network"] [data-role-id]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-role-id')!));
		const fixed = individual.filter((id) =>
			['stakeholders', 'leadership', 'leaders'].includes(id)
		).length;
		expect(total).toBe(counts.productManagers + counts.productOwners + scenario.teams + fixed);
		expect(await nodes.count()).toBeLessThanOrEqual(40);
		await expect(page.locator('[data-role-group="team"]')).toHaveCount(1);
	});

	test('rows the engine does not simulate are marked so in the coverage matrix, and are no gap; the network has one node per role of the po-only scenario', async ({
		page
	}) => {
		await openResults(page, 'preset=po-only');
		await expectOneNodePerRole(page, 'po-only');
		const rows = page.locator('figure[data-view="coverage"] [role="row"]');
		const unsimulated = rows.and(page.locator('[data-simulated="false"]'));
		await expect(unsimulated).toHaveCount(
			RESPONSIBILITIES.length - SIMULATED_RESPONSIBILITIES.length
		);
		for (const responsibility of RESPONSIBILITIES) {
			const simulated = SIMULATED_RESPONSIBILITIES.includes(responsibility);
			const row = rows.filter({ has: page.locator(`[data-responsibility="${responsibility}"]`) });
			await expect(row).toHaveAttribute('data-simulated', String(simulated));
			const cell = row.locator('[data-role="pm"]');
			if (simulated) await expect(cell).not.toHaveAttribute('aria-label', /not simulated/);
			else {
				await expect(cell).toHaveAttribute('aria-label', /\(not simulated\)/);
				await expect(row.getByRole('rowheader')).toContainText('not simulated');
				// Nobody holds vision and strategy in a PO-only organisation, and still no gap names it.
				await expect(
					page.locator(`[data-insight="gap"][data-responsibilities~="${responsibility}"]`)
				).toHaveCount(0);
			}
		}
	});

	test('the top bottleneck named in the text is the node marked in the network; the network has one node per role of the startup scenario', async ({
		page
	}) => {
		// Scale-up has no role above the strain line, so no bottleneck (verdict.e2e.ts checks that).
		for (const query of ['preset=startup', 'preset=po-only&teams=9', 'preset=combined']) {
			expect(simulate(query).bottlenecks.length, query).toBeGreaterThan(0);
			await openResults(page, query);
			if (query === 'preset=startup') await expectOneNodePerRole(page, 'startup');
			const named = page.locator('[data-insight="bottleneck"]').first().locator('[data-role-ref]');
			const roleId = await named.getAttribute('data-role-ref');
			expect(roleId, query).toBeTruthy();
			const marked = page.locator('figure[data-view="network"] [data-bottleneck="true"]');
			await expect(marked).toHaveCount(1);
			await expect(marked).toHaveAttribute('data-role-id', roleId!);
			await expect(marked).toHaveAttribute('aria-label', /the top bottleneck/);
			const nodeLabel = await marked.locator('text.label').textContent();
			await expect(named).toHaveText(nodeLabel!.trim());
		}
	});

	test('the figures on screen equal the CLI’s --runs medians for the same link', async ({
		page
	}) => {
		test.setTimeout(90_000);
		for (const query of ['preset=scale-up&teams=5&seed=7', 'preset=po-only']) {
			// One definition: the median over the link's runs (20 by default), as `--runs 20` prints.
			const cli = simulate(query, parseScenarioParams(query).scenario.runs);
			await openResults(page, query);
			await waitForRanges(page);
			for (const kind of DECISION_KINDS) {
				const d = cli.decisions[kind];
				// A lead time that does not exist reads as what is known ("none finished", "more
				// than 40.0"), a number as the CLI prints it.
				const lead = (s: 'mean' | 'p85') => {
					const r = readLeadTime(d.leadTimeDays, s, d);
					return [r.qualifier, r.figure].filter(Boolean).join(' ');
				};
				const figures: Record<string, string> = {
					'leadTimeDays.mean': lead('mean'),
					'leadTimeDays.p85': lead('p85'),
					throughputPerWeek: formatMetric('throughputPerWeek', d.throughputPerWeek),
					completed: formatMetric('completed', d.completed),
					inProgress: formatMetric('inProgress', d.inProgress)
				};
				for (const [name, text] of Object.entries(figures)) {
					const key = `decisions.${kind}.${name}`;
					await expect(
						page.locator(`.headlines [data-metric="${key}"]`),
						`${query}: ${key}`
					).toHaveText(text);
				}
				for (const s of ['mean', 'p85'] as const) {
					await expect(
						page.locator(`.headlines [data-metric="decisions.${kind}.leadTimeDays.${s}"]`)
					).toHaveAttribute('data-value', String(d.leadTimeDays[s] ?? ''));
				}
			}
		}
	});

	test('a long run shows progress and can be cancelled, keeping the last result', async ({
		page
	}) => {
		await openResults(page, 'preset=scale-up');
		await waitForRanges(page);
		const before = await page.locator('[data-metric="decisions.backlog.completed"]').textContent();
		// Two hundred replications of 120 teams take seconds: long enough to cancel.
		await page.locator('#setting-runs').fill('200');
		await page.locator('#setting-teams').fill('120');
		// That much work (about 30 million events) is asked for before it starts.
		await page
			.locator('[data-confirm-heavy]')
			.getByRole('button', { name: 'Run' })
			.click({ timeout: 15_000 });
		const cancel = page.getByRole('button', { name: 'Cancel' });
		await expect(cancel).toBeVisible({ timeout: 10_000 });
		await expect(page.getByRole('progressbar', { name: 'Simulation progress' })).toBeVisible();
		await cancel.click();
		await expect(page.locator('[data-status="cancelled"]')).toContainText('Cancelled');
		await expect(page.locator('[data-metric="decisions.backlog.completed"]')).toBeVisible();
		expect(before).toBeTruthy();
	});

	test('at phone width every view fits the screen', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 780 });
		await openResults(page, 'preset=po-only');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		for (const figure of await page.locator('figure[data-view]').all()) {
			const box = await figure.boundingBox();
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width).toBeLessThanOrEqual(360);
		}
		await expect(
			page.locator('figure[data-view="coverage"] [data-coverage="uncovered"]')
		).not.toHaveCount(0);
	});
});
