/**
 * The /model page in Chromium: reached from the header with the scenario kept, the three
 * statecharts drawn from the machines, every setting with its source, the thresholds equal to the
 * engine's constants, the validation table, and no serious accessibility problems.
 */
import { formatValue } from '../src/lib/charts/format';
import { FIELDS } from '../src/lib/scenario/fields';
import { MACHINE_DESCRIPTIONS } from '../src/lib/sim';
import { MIN_TASKS_FOR_WAIT } from '../src/lib/sim/metrics/coverage';
import { OVERLOADED_LOAD, STRAINED_LOAD } from '../src/lib/sim/metrics/verdict';
import { DECISION_KINDS } from '../src/lib/sim/types';
import table from '../src/lib/model/validation.json' with { type: 'json' };
import { seriousAxeProblems } from './axe';
import { expect, openApp, test } from './helpers';

test.describe('how the model works (/model)', () => {
	// axe over a long page takes a while on a shared machine.
	test.describe.configure({ timeout: 90_000 });

	test('the header links to it, keeping the scenario, and back', async ({ page }) => {
		await openApp(page, 'preset=po-only&teams=5');
		await page.getByRole('link', { name: 'How it works' }).click();
		await expect(page).toHaveURL(/\/model\?preset=po-only&teams=5$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the model works');
		await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
		await page.getByRole('link', { name: '← Back to the scenario' }).click();
		await expect(page).toHaveURL(/\/\?preset=po-only&teams=5$/);
		await expect(page.getByTestId('scenario-name')).toBeVisible();
	});

	test('shows the three flows as their statecharts, each state of each machine', async ({
		page
	}) => {
		await page.goto('/model');
		for (const kind of DECISION_KINDS) {
			const machine = MACHINE_DESCRIPTIONS[kind];
			const chart = page.locator(`section[data-flow="${kind}"]`);
			await expect(chart.getByRole('heading')).toHaveText(machine.label);
			await expect(chart.locator('[data-state]')).toHaveCount(machine.states.length);
			// No run here, so no state claims a share of lead time.
			await expect(chart.locator('[data-state]').first()).not.toHaveAttribute(
				'aria-label',
				/lead time/
			);
		}
		const refine = page.locator('section[data-flow="backlog"] [data-state="refining"]');
		await refine.focus();
		await expect(page.locator('section[data-flow="backlog"]').getByRole('status')).toContainText(
			'Held by: PO'
		);
	});

	test('lists every setting with its source, assumptions marked', async ({ page }) => {
		await page.goto('/model');
		const settings = page.locator('#settings tr[data-setting]');
		await expect(settings).toHaveCount(FIELDS.length);
		const poMeetings = page.locator('#settings tr[data-setting="poMeetings"]');
		await expect(poMeetings).toContainText('12.5%');
		await expect(poMeetings).toContainText('Scrum Guide');
		await expect(poMeetings.locator('.badge')).toHaveCount(0);
		const pmHours = page.locator('#settings tr[data-setting="pmHours"]');
		await expect(pmHours.locator('.badge')).toHaveText('assumption');
	});

	test('prints the verdict thresholds from the engine constants', async ({ page }) => {
		await page.goto('/model');
		await expect(page.locator('[data-threshold="strained"]')).toHaveText(
			formatValue('share', STRAINED_LOAD)
		);
		await expect(page.locator('[data-threshold="overloaded"]')).toHaveText(
			formatValue('share', OVERLOADED_LOAD)
		);
		await expect(page.locator('[data-threshold="min-tasks"]')).toHaveText(
			String(MIN_TASKS_FOR_WAIT)
		);
	});

	test('shows the validation table validate wrote', async ({ page }) => {
		await page.goto('/model');
		const rows = page.getByTestId('validation-table').locator('tbody tr');
		await expect(rows).toHaveCount(table.queues.length);
		const first = table.queues[0];
		await expect(rows.first()).toContainText(first.theoryW.toFixed(3));
		await expect(rows.first()).toContainText(first.engineW.toFixed(3));
		const passed = [...table.queues, ...table.little].filter((r) => r.pass).length;
		await expect(page.locator('[data-passed]')).toHaveText(
			`${passed} of ${table.queues.length + table.little.length}`
		);
	});

	for (const width of [1280, 360]) {
		test(`no serious accessibility problems and nothing wider than the screen at ${width} px`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/model');
			await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
			expect(await seriousAxeProblems(page)).toEqual([]);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.screenshot({ path: `screenshots/tmp/model-${width}.png`, fullPage: true });
		});
	}
});
