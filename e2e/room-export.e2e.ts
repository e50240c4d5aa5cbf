/**
 * Figures far below the fold export whole, without scrolling to them first: the views skip layout
 * and paint while off-screen (`content-visibility: auto`), so the export must draw them first.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { Download, Page } from '@playwright/test';
import { expect, openApp, test } from './helpers';

async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	const path = await (file as Download).path();
	return { name: file.suggestedFilename(), body: readFileSync(path) };
}

/** The rows of an 8-bit RGBA or RGB PNG as arrays of bytes (filters undone). */
function pngRows(png: Buffer): { width: number; height: number; rows: Uint8Array[] } {
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const colourType = png[25];
	const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
	expect(png[24], 'bit depth').toBe(8);
	expect(channels, 'colour type').toBeGreaterThan(0);
	const chunks: Buffer[] = [];
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
		at += 12 + length;
	}
	const data = inflateSync(Buffer.concat(chunks));
	const stride = width * channels;
	const rows: Uint8Array[] = [];
	let previous = new Uint8Array(stride);
	for (let y = 0; y < height; y++) {
		const filter = data[y * (stride + 1)];
		const raw = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		const row = new Uint8Array(stride);
		for (let x = 0; x < stride; x++) {
			const a = x >= channels ? row[x - channels] : 0;
			const b = previous[x];
			const c = x >= channels ? previous[x - channels] : 0;
			const p = a + b - c;
			const paeth =
				Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
					? a
					: Math.abs(p - b) <= Math.abs(p - c)
						? b
						: c;
			const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
			row[x] = (raw[x] + predictor) & 0xff;
		}
		rows.push(row);
		previous = row;
	}
	return { width, height, rows };
}

/** Whether a row holds anything but its first pixel's colour (the page background). */
function drawnRow(row: Uint8Array, channels: number): boolean {
	for (let x = channels; x < row.length; x++) if (row[x] !== row[x % channels]) return true;
	return false;
}

async function openExport(page: Page) {
	await openApp(page, 'v=2&preset=scale-up');
	const results = page.getByTestId('results');
	await expect(results).toHaveAttribute('data-final-scenario', /preset=scale-up/, {
		timeout: 30_000
	});
	// The user is at the top: the statecharts are thousands of pixels below.
	const figure = page.locator('figure[data-view="statecharts"]');
	const box = (await figure.boundingBox())!;
	expect(box.y).toBeGreaterThan(2 * page.viewportSize()!.height);
	await page.getByTestId('export-toggle').click();
	const row = page.getByTestId('export-panel').locator('li', {
		hasText: 'Where decisions spend their time'
	});
	return row;
}

test.use({ viewport: { width: 1280, height: 800 } });

test('an off-screen figure exports whole as SVG, pricing flow included', async ({ page }) => {
	test.setTimeout(60_000);
	const row = await openExport(page);
	const svg = await download(page, () => row.locator('[data-format="svg"]').click());
	const text = svg.body.toString('utf8');
	// Each flow's states, the last flow (pricing) too, with its share labels drawn.
	for (const state of ['discovery', 'refining', 'consultation', 'approval', 'goToMarket']) {
		expect(text, state).toContain(`data-state="${state}"`);
	}
	expect(text).toContain('Pricing');
	const height = Number(/<svg[^>]* height="(\d+)"/.exec(text)![1]);
	expect(height).toBeGreaterThan(900);
	// The page has not been scrolled by the export.
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('an off-screen figure exports whole as PNG: drawn to its last rows', async ({ page }) => {
	test.setTimeout(60_000);
	const row = await openExport(page);
	const png = await download(page, () => row.locator('[data-format="png"]').click());
	const { width, height, rows } = pngRows(png.body);
	expect(width).toBeGreaterThan(1000);
	expect(height).toBeGreaterThan(1800);
	const channels = png.body[25] === 6 ? 4 : 3;
	// Something is drawn in the bottom fifth of the image (the pricing flow), not an empty frame.
	const bottom = rows.slice(Math.floor(height * 0.8), height - 40);
	const drawn = bottom.filter((r) => drawnRow(r, channels)).length;
	expect(drawn).toBeGreaterThan(bottom.length / 3);
});

test('a full-page capture taken from the top draws the views far below', async ({ page }) => {
	test.setTimeout(60_000);
	await openApp(page, 'v=2&preset=scale-up');
	await expect(page.getByTestId('results')).toHaveAttribute(
		'data-final-scenario',
		/preset=scale-up/,
		{ timeout: 30_000 }
	);
	const box = (await page.locator('figure[data-view="statecharts"]').boundingBox())!;
	// Inside the figure's border, whose own pixels would count as drawn.
	const clip = { x: box.x + 24, y: box.y + 24, width: box.width - 48, height: box.height - 48 };
	const shot = await page.screenshot({ fullPage: true, clip });
	const { rows } = pngRows(shot);
	const channels = shot[25] === 6 ? 4 : 3;
	const drawn = rows.filter((r) => drawnRow(r, channels)).length;
	expect(drawn).toBeGreaterThan(rows.length / 3);
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
