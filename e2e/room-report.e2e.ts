/**
 * The one-page report prints on one A4 and one Letter page, for one scenario and for a
 * comparison, at a readable size (no text under 8 pt on paper, after any shrink to fit), with the
 * gaps grouped rather than one near-identical sentence each; a report of one scenario does not
 * label its only column "A".
 */
import type { Page } from '@playwright/test';
import { seriousAxeProblems } from './axe';
import { expect, test } from './helpers';
import { pdfPageCount, pdfTextSizes } from './pdfText';
import { overlappingText } from './textOverlap';

/** The smallest type we print, in points: the usual floor for a handout read at arm's length. */
const MIN_PRINTED_PT = 8;

const COMPARE =
	'v=2&a.preset=scale-up&a.name=Today&b.preset=po-only&b.name=Proposed&b.teams=12&b.teamSize=9';

async function openReport(page: Page, query: string) {
	await page.goto(`/report?${query}`);
	const report = page.getByTestId('report');
	await expect(report).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	return report;
}

/** Pages and the smallest text of the printed PDF, on A4 and on Letter. */
async function printed(page: Page, name: string) {
	await page.emulateMedia({ media: 'print' });
	const a4 = await page.pdf({ format: 'A4', printBackground: true });
	const letter = await page.pdf({ format: 'Letter', printBackground: true });
	// Laid out for print, no chart's labels run into each other.
	expect(await overlappingText(page)).toEqual([]);
	// What the page looks like printed, for a person to check (A4 at 96 dpi).
	await page.setViewportSize({ width: 794, height: 1123 });
	await page.screenshot({ path: `screenshots/tmp/report-${name}-print.png`, fullPage: true });
	await page.emulateMedia({ media: 'screen' });
	const smallest = (pdf: Buffer) => Math.round(Math.min(...pdfTextSizes(pdf)) * 100) / 100;
	return {
		pages: { a4: pdfPageCount(a4), letter: pdfPageCount(letter) },
		smallestPt: { a4: smallest(a4), letter: smallest(letter) }
	};
}

const CASES = [
	// PO only over many teams: every team's gaps (pricing, market research, …) at once.
	{ name: 'single', query: 'v=2&preset=po-only&teams=12&teamSize=9' },
	{ name: 'single-startup', query: 'v=2&preset=startup' },
	{ name: 'compare', query: COMPARE }
];

for (const c of CASES) {
	test(`the ${c.name} report prints on one A4 page and one Letter page, no text under 8 pt`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await openReport(page, c.query);
		const { pages, smallestPt } = await printed(page, c.name);
		expect(pages).toEqual({ a4: 1, letter: 1 });
		expect(smallestPt.a4).toBeGreaterThanOrEqual(MIN_PRINTED_PT);
		expect(smallestPt.letter).toBeGreaterThanOrEqual(MIN_PRINTED_PT);
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
