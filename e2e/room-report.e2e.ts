/**
 * The one-page report prints on one A4 and one Letter page, for one scenario and for a
 * comparison, with the gaps grouped rather than one near-identical sentence each; a report of
 * one scenario does not label its only column "A".
 */
import type { Page } from '@playwright/test';
import { seriousAxeProblems } from './axe';
import { expect, test } from './helpers';

const COMPARE =
	'v=2&a.preset=scale-up&a.name=Today&b.preset=po-only&b.name=Proposed&b.teams=12&b.teamSize=9';

async function openReport(page: Page, query: string) {
	await page.goto(`/report?${query}`);
	const report = page.getByTestId('report');
	await expect(report).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	return report;
}

/** Pages in a PDF: its page objects (not the `/Type /Pages` tree node). */
function pageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function printedPages(page: Page, name: string) {
	await page.emulateMedia({ media: 'print' });
	const a4 = await page.pdf({ format: 'A4', printBackground: true });
	const letter = await page.pdf({ format: 'Letter', printBackground: true });
	// What the page looks like printed, for a person to check (A4 at 96 dpi).
	await page.setViewportSize({ width: 794, height: 1123 });
	await page.screenshot({ path: `screenshots/tmp/report-${name}-print.png`, fullPage: true });
	await page.emulateMedia({ media: 'screen' });
	return { a4: pageCount(a4), letter: pageCount(letter) };
}

const CASES = [
	// PO only over many teams: every team's gaps (pricing, market research, …) at once.
	{ name: 'single', query: 'v=2&preset=po-only&teams=12&teamSize=9' },
	{ name: 'single-startup', query: 'v=2&preset=startup' },
	{ name: 'compare', query: COMPARE }
];

for (const c of CASES) {
	test(`the ${c.name} report prints on one A4 page and one Letter page`, async ({ page }) => {
		test.setTimeout(90_000);
		await openReport(page, c.query);
		expect(await printedPages(page, c.name)).toEqual({ a4: 1, letter: 1 });
	});
}

test('a one-scenario report groups its gaps and has no "A" column', async ({ page }) => {
	test.setTimeout(60_000);
	const report = await openReport(page, 'v=2&preset=po-only&teams=12&teamSize=9');
	// Each responsibility is listed once, however many teams share the gap.
	const listed = await report
		.locator('[data-responsibility]')
		.evaluateAll((items) => items.map((i) => i.getAttribute('data-responsibility')));
	expect(listed.length).toBeGreaterThan(0);
	expect(new Set(listed).size).toBe(listed.length);
	expect(listed).toContain('pricing');
	expect(listed).toContain('market-research');
	// No side chips: the single column is named by the scenario, not "A".
	await expect(report.locator('thead th')).not.toContainText(['A']);
	await expect(report.locator('.side-chip')).toHaveCount(0);
	// Named after the organisation shown, as every screen names an edited preset.
	await expect(report.getByRole('heading', { level: 1 })).toHaveText(
		'12 teams of 9, a PO per team, no PMs (edited from PO only)'
	);
	await expect(page.getByRole('main')).toHaveCount(1);
	expect(await seriousAxeProblems(page)).toEqual([]);
});

test('a comparison report keeps its A and B labels and groups the gaps of each kind', async ({
	page
}) => {
	test.setTimeout(60_000);
	const report = await openReport(page, COMPARE);
	await expect(report.locator('thead .side-chip')).toHaveText(['A', 'B']);
	const opened = await report
		.getByTestId('gap-changes')
		.locator('[data-responsibility]')
		.evaluateAll((items) => items.map((i) => i.getAttribute('data-responsibility')));
	expect(opened.length).toBeGreaterThan(0);
	expect(new Set(opened).size).toBe(opened.length);
});
