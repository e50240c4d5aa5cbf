import { simulate } from './cli';
import { choice, expect, expectQuery, openApp, test } from './helpers';
import { seriousAxeProblems } from './axe';

test.describe('hidden work', () => {
	// `simulate` runs the CLI synchronously; on a busy machine that alone can take a minute.
	test.describe.configure({ timeout: 180_000 });

	test('beside the bottlenecks: a bar per role kind with the CLI’s figures, a table, and the loop in the statechart', async ({
		page
	}) => {
		const link = 'v=2&preset=pm-only&runs=3';
		const cli = simulate(link, 3);
		await openApp(page, link);
		await expect(page.locator('.headlines')).toHaveAttribute('data-final', 'true', {
			timeout: 60_000
		});
		const figure = page.locator('[data-view="hidden-work"]');
		await expect(figure.getByRole('heading', { name: 'Hidden work' })).toBeVisible();
		// The sentence is built from the same medians the CLI prints.
		const { story, scope } = cli.hiddenWork.exceptions;
		const share = Math.round(
			((story.byDefault + scope.byDefault) / (story.raised + scope.raised)) * 100
		);
		const message = figure.locator('[data-hidden-work-message]');
		await expect(message).toContainText(
			`${share}% of developers’ questions were decided by default`
		);
		await expect(message).toContainText('Nobody holds clarifying questions or acceptance (no PO)');
		// A stacked bar for the teams (rework and waiting) and one for the PMs (coordination).
		const team = figure.locator('[data-hidden-kind="team"] rect');
		await expect(team).toHaveCount(2);
		await expect(figure.locator('[data-hidden-kind="pm"] rect')).toHaveCount(1);
		// The text alternative: the same hours as the CLI, to one decimal or whole hours.
		await figure.getByText('Data table').click();
		const teamRow = figure.locator('tr', { hasText: 'Development teams' });
		const rework = cli.hiddenWork.byRole.find((r) => r.kind === 'team')!.reworkHours;
		await expect(teamRow.locator('td').nth(1)).toHaveText(
			rework < 10 ? rework.toFixed(1) : String(Math.round(rework))
		);
		await expect(figure.locator('[data-hidden-questions]')).toContainText(
			`Story questions (PO) ${story.raised} raised, ${story.answeredByOwner} answered by the owner`
		);
		// The statechart draws the rework loop with how many items took it in the first run.
		const statecharts = page.locator('[data-view="statecharts"]');
		await expect(statecharts.locator('text', { hasText: /^ITEM\.REJECTED × \d+$/ })).toHaveCount(1);
		expect(await seriousAxeProblems(page)).toEqual([]);
	});

	test('switched off in the settings, the figure says every question is answered', async ({
		page
	}) => {
		await openApp(page, 'v=2&preset=scale-up&runs=2');
		await page.locator('details[data-group="hidden"] > summary').click();
		await choice(page, 'Exceptions, decisions by default and rework', 'Off').check();
		await expectQuery(page, { exceptions: 'off' });
		const message = page.locator('[data-view="hidden-work"] [data-hidden-work-message]');
		await expect(message).toContainText('Decisions by default and rework are switched off', {
			timeout: 30_000
		});
		// Developers still wait for answers, but nothing is reworked: one part of the teams' bar.
		await expect(
			page.locator('[data-view="hidden-work"] [data-hidden-kind="team"] rect')
		).toHaveCount(1);
	});
});
