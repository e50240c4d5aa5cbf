/**
 * The printable report: the same figures as the compare page for the same link, and one printed
 * page.
 */
import { expect, test } from './helpers';

const QUERY = 'v=2&a.preset=scale-up&a.name=Today&b.preset=scale-up&b.name=Proposed&b.teamsPerPm=2';
const METRICS = [
	'whatif.all',
	'decisions.roadmap.leadTimeDays.mean',
	'decisions.backlog.throughputPerWeek'
];

test('a comparison report shows the compare page’s figures and prints on one page', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto(`/compare?${QUERY}`);
	await expect(page.getByTestId('comparison-results')).toHaveAttribute('data-stale', 'false', {
		timeout: 20_000
	});
	const onCompare: string[] = [];
	for (const m of METRICS) {
		for (const side of ['a', 'b']) {
			onCompare.push(
				(await page.locator(`td[data-side="${side}"][data-metric="${m}"]`).textContent())!
			);
		}
	}

	await page.getByTestId('report-link').click();
	await expect(page).toHaveURL(/\/report\?/);
	const report = page.getByTestId('report');
	await expect(report).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
	await expect(report.locator('h1')).toHaveText('Today compared with Proposed');
	const onReport: string[] = [];
	for (const m of METRICS) {
		for (const side of ['a', 'b']) {
			onReport.push(
				(await report.locator(`td[data-side="${side}"][data-metric="${m}"]`).textContent())!
			);
		}
	}
	expect(onReport).toEqual(onCompare);
	await expect(report.locator('figure[data-view]')).toHaveCount(2);

	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
	expect(pages).toHaveLength(1);
});

test('a single-scenario report reads a scenario link and names its bad parts', async ({ page }) => {
	await page.goto('/report?v=2&preset=po-only&teams=-3');
	const report = page.getByTestId('report');
	await expect(report).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
	await expect(report.locator('h1')).toHaveText('PO only: nobody owns market and pricing');
	await expect(report).toContainText('teams must be between 1 and 200; got "-3"; using 6');
	// PO-only leaves pricing and market research to nobody: the report lists those gaps.
	await expect(report.locator('[data-responsibility="pricing"]')).toHaveCount(1);
	await expect(report.locator('[data-responsibility="market-research"]')).toHaveCount(1);
});

test('a PO-only side’s load chart gives leadership its bottleneck figure and the leaders their own row, on compare and in the report', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto('/compare?v=2&a.preset=scale-up&a.name=Today&b.preset=po-only&b.name=Proposed');
	await expect(page.getByTestId('comparison-results')).toHaveAttribute('data-stale', 'false', {
		timeout: 20_000
	});
	const sentence = await page
		.getByTestId('bottleneck-b')
		.locator('li[data-role-id="leadership"]')
		.textContent();
	const figure = sentence?.match(/^Leadership is at ([\d,]+%) load/)?.[1];
	expect(figure).toBe('854%');

	const load = page.locator('[data-view="cmp-load"]');
	const mark = (row: string, side: string) =>
		load.locator(`[data-row="${row}"] [data-side="${side}"] text.value`);
	await expect(load.locator('[data-row]')).toHaveCount(5);
	await expect(mark('leadership', 'b')).toHaveText(figure!);
	await expect(load.locator('[data-row="leadership"] [data-side="a"] text.missing')).toHaveText(
		'A: none'
	);
	await expect(load.locator('[data-row="leaders"] text.row-label')).toHaveText('Leaders');
	await expect(load.locator('[data-row="leaders"] text.row-qualifier')).toHaveText(
		'(alignment and approval)'
	);
	const leaders = (await mark('leaders', 'b').textContent())!;
	expect(leaders).not.toBe(figure);
	await load.getByText('Show the figures as a table').click();
	await expect(load.locator('tr', { hasText: 'Leadership (PM work)' })).toContainText(figure!);
	await expect(load.locator('tr', { hasText: 'Leaders (alignment and approval)' })).toContainText(
		leaders
	);

	await page.getByTestId('report-link').click();
	const report = page.getByTestId('report');
	await expect(report).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
	const printed = report.locator('[data-view="report-load"]');
	await expect(printed.locator('[data-row="leadership"] [data-side="b"] text.value')).toHaveText(
		figure!
	);
	await expect(printed.locator('[data-row="leaders"] [data-side="b"] text.value')).toHaveText(
		leaders
	);
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
});
