/**
 * Export from the compare page: a figure as SVG and as PNG, the results as CSV and as the CLI's
 * JSON, and the scenario as a file that imports again identically. Downloads are read back and
 * checked against the figures on the screen and against `npm run simulate`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './helpers';
import { sheetNumber } from '../src/lib/export/csv';

const QUERY = 'v=2&a.preset=scale-up&a.name=Today&b.preset=scale-up&b.name=Proposed&b.teamsPerPm=2';
/** Side B alone, as a scenario link. */
const B_QUERY = 'v=2&preset=scale-up&name=Proposed&teamsPerPm=2';

async function openCompare(page: Page): Promise<void> {
	await page.goto(`/compare?${QUERY}`);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByTestId('comparison-results')).toHaveAttribute('data-stale', 'false', {
		timeout: 20_000
	});
}

async function openMenu(page: Page): Promise<void> {
	await page.getByTestId('export-toggle').click();
	await expect(page.getByTestId('export-panel')).toBeVisible();
}

async function download(
	page: Page,
	click: () => Promise<void>
): Promise<{ name: string; body: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	const path = await (file as Download).path();
	return { name: file.suggestedFilename(), body: readFileSync(path) };
}

/** RFC 4180 rows (the app's own writer is tested in Vitest; this reads what was downloaded). */
function csvRows(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const ch = body[i];
		if (quoted) {
			if (ch === '"' && body[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\n') {
			row.push(cell.replace(/\r$/, ''));
			rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
	}
	return rows;
}

function simulate(query: string, runs?: number): Record<string, unknown> {
	const args = [
		'tsx',
		'src/cli/simulate.ts',
		query,
		'--json',
		...(runs ? ['--runs', String(runs)] : [])
	];
	return JSON.parse(execFileSync('npx', args, { encoding: 'utf8', timeout: 60_000 }));
}

test('a figure downloads as a standalone SVG that holds the figures shown', async ({ page }) => {
	await openCompare(page);
	const shownA = await page
		.locator('[data-view="cmp-lead-times"] [data-row="roadmap"] [data-side="a"] text.value')
		.textContent();
	await openMenu(page);
	const svg = await download(page, () =>
		page.locator('[data-export-figure="0"][data-format="svg"]').click()
	);
	expect(svg.name).toBe('today-vs-proposed-lead-time-by-kind-of-decision.svg');
	const text = svg.body.toString('utf8');
	expect(
		text.startsWith(
			'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'
		)
	).toBe(true);
	expect(text).toContain('<title>Lead time by kind of decision');
	expect(text).toContain(`>${shownA}</text>`);
	// Standalone: no stylesheet variables or classes left to resolve.
	expect(text).not.toContain('var(--');
	expect(text).not.toContain('class=');
	// Well-formed, and it draws: parse it and render it as an image in a blank page (not the
	// app's, whose content security policy would refuse the style attributes a parse writes).
	const blank = await page.context().newPage();
	const check = await blank.evaluate(async (source) => {
		const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
		const error = doc.querySelector('parsererror')?.textContent ?? null;
		const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
		const img = new Image();
		const loaded = await new Promise<boolean>((resolve) => {
			img.onload = () => resolve(true);
			img.onerror = () => resolve(false);
			img.src = url;
		});
		return { error, loaded, width: img.naturalWidth, texts: doc.querySelectorAll('text').length };
	}, text);
	expect(check).toMatchObject({ error: null, loaded: true });
	expect(check.width).toBeGreaterThan(300);
	expect(check.texts).toBeGreaterThan(10);
});

test('a figure downloads as a PNG at twice its size', async ({ page }) => {
	await openCompare(page);
	await openMenu(page);
	const svg = await download(page, () =>
		page.locator('[data-export-figure="1"][data-format="svg"]').click()
	);
	const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg.body.toString('utf8'))!;
	const png = await download(page, () =>
		page.locator('[data-export-figure="1"][data-format="png"]').click()
	);
	expect(png.name).toBe('today-vs-proposed-load-of-each-kind-of-role.png');
	expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.body.readUInt32BE(16)).toBe(2 * Number(w));
	expect(png.body.readUInt32BE(20)).toBe(2 * Number(h));
	// Not a blank canvas: a PNG of a drawn chart compresses to more than a few hundred bytes.
	expect(png.body.length).toBeGreaterThan(5_000);
});

test('the results download as CSV and JSON that hold the shown figures and the CLI’s', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openCompare(page);
	const shown = async (side: 'a' | 'b', metric: string) =>
		page.locator(`td[data-side="${side}"][data-metric="${metric}"]`).textContent();
	await openMenu(page);

	// The comparison table, as on the screen.
	const comparison = await download(page, () =>
		page.locator('[data-export-csv="comparison"]').click()
	);
	expect(comparison.name).toBe('today-vs-proposed-comparison.csv');
	const rows = csvRows(comparison.body.toString('utf8'));
	expect(rows[0]).toEqual(['key', 'figure', 'a', 'b', 'bMinusA', 'verdict', 'aShown', 'bShown']);
	for (const metric of [
		'decisions.roadmap.leadTimeDays.mean',
		'decisions.backlog.throughputPerWeek',
		'whatif.all'
	]) {
		const row = rows.find((r) => r[0] === metric)!;
		const digits = metric.endsWith('throughputPerWeek') ? 2 : 1;
		expect(Number(row[2]).toFixed(digits)).toBe(await shown('a', metric));
		expect(Number(row[3]).toFixed(digits)).toBe(await shown('b', metric));
		// The text shown beside the number in the sheet is the cell's on screen.
		expect([row[6], row[7]]).toEqual([await shown('a', metric), await shown('b', metric)]);
	}

	// B's decisions as the headline figures: the medians `npm run simulate --runs 20` prints.
	const decisions = await download(page, () =>
		page.locator('[data-export-csv="decisions"]').click()
	);
	const table = csvRows(decisions.body.toString('utf8'));
	// One CLI run serves both checks: the same link and runs print the same JSON.
	const printed = simulate(B_QUERY, 20);
	const cli = printed as {
		decisions: Record<string, { leadTimeDays: { mean: number }; completed: number }>;
		hiddenWork: { reworkHours: number; coordinationHours: number };
		waiting: { message: string };
	};
	const backlog = table.find((r) => r[0] === 'backlog')!;
	const col = (name: string) => table[0].indexOf(name);
	expect(backlog[col('completed')]).toBe(sheetNumber(cli.decisions.backlog.completed));
	// Sheets carry four significant figures (csv.ts), never a float's 16-digit tail.
	expect(backlog[col('leadTimeDays.mean')]).toBe(
		sheetNumber(cli.decisions.backlog.leadTimeDays.mean)
	);

	// Hidden work and where the waiting went, over the runs as the page and the CLI give them.
	const hidden = csvRows(
		(
			await download(page, () => page.locator('[data-export-csv="hidden-work"]').click())
		).body.toString('utf8')
	);
	const hiddenAll = (figure: string) => hidden.find((r) => r[0] === figure && r[1] === 'all')![2];
	expect(hiddenAll('reworkHours')).toBe(sheetNumber(cli.hiddenWork.reworkHours));
	expect(hiddenAll('coordinationHours')).toBe(sheetNumber(cli.hiddenWork.coordinationHours));
	const waiting = csvRows(
		(await download(page, () => page.locator('[data-export-csv="waiting"]').click())).body.toString(
			'utf8'
		)
	);
	expect(waiting[1].at(-1)).toBe(cli.waiting.message);

	// The JSON is the CLI's `--runs 20 --json` for B, exactly.
	const json = await download(page, () => page.locator('[data-export="json"]').click());
	expect(json.name).toBe('proposed-results.json');
	expect(JSON.parse(json.body.toString('utf8'))).toEqual(printed);
});

test('an exported scenario file imports again identically', async ({ page }) => {
	await openCompare(page);
	const before = page.url();
	await openMenu(page);
	const file = await download(page, () => page.locator('[data-export="scenario"]').click());
	expect(file.name).toBe('proposed-scenario.json');
	expect(JSON.parse(file.body.toString('utf8'))).toMatchObject({
		format: 'org-design-scenario',
		version: 1,
		query: B_QUERY,
		scenario: { preset: 'scale-up', name: 'Proposed', teamsPerPm: 2, teams: 8 }
	});

	// Change B, then bring the file back.
	await page.keyboard.press('Escape');
	await page.locator('#setting-teams').fill('12');
	await page.locator('#setting-teams').blur();
	await expect.poll(() => new URL(page.url()).searchParams.get('b.teams')).toBe('12');
	await openMenu(page);
	await page.getByTestId('import-input').setInputFiles({
		name: 'proposed-scenario.json',
		mimeType: 'application/json',
		buffer: file.body
	});
	await expect(page.getByTestId('export-panel')).toContainText(
		'Imported “Proposed” from proposed-scenario.json.'
	);
	await expect.poll(() => page.url()).toBe(before);

	// A file that is not a scenario is refused with a clear message and changes nothing.
	await page.getByTestId('import-input').setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"hello":"world"}')
	});
	await expect(page.getByTestId('export-panel').getByRole('alert')).toHaveText(
		'This file is not a scenario file: it has no "format": "org-design-scenario".'
	);
	expect(page.url()).toBe(before);
});
