/**
 * The content security policy (kit.csp in svelte.config.js) is in force on every page and in
 * every mode, and nothing the app does is refused by it: simulations in workers, what-if, the
 * exports (SVG, PNG through a canvas, CSV). Every `securitypolicyviolation` event is recorded
 * from before the page's first script; none is allowed.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './helpers';
import { WITH_ADVICE } from './advicePreference';

// The main page's test waits for the what-if ranking that starts by itself.
test.use(WITH_ADVICE);

declare global {
	interface Window {
		cspViolations: string[];
	}
}

/** Set up before any page script: every violation, as "directive blocked-uri". */
test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		window.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`);
		});
	});
});

async function violations(page: Page): Promise<string[]> {
	return page.evaluate(() => window.cspViolations);
}

async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}

/** Waits for the main page's results to be in, all replications included. */
async function resultsFinal(page: Page): Promise<void> {
	await expect(page.getByTestId('results')).toHaveAttribute('data-final-scenario', /.*/, {
		timeout: 30_000
	});
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return (file as Download).suggestedFilename();
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return readFileSync(await (file as Download).path(), 'utf8');
}

const PAGES = ['/', '/compare', '/report', '/model', '/sweep'];

test('every page carries the policy as a meta tag, with SvelteKit’s script hashes', async ({
	page
}) => {
	for (const path of PAGES) {
		const html = await (await page.request.get(path)).text();
		const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
		expect(policy, `policy of ${path}`).toBeDefined();
		const directives = Object.fromEntries(
			policy!.split(';').map((d) => {
				const [name, ...values] = d.trim().split(/\s+/);
				return [name, values];
			})
		);
		expect(directives['default-src']).toEqual(["'self'"]);
		expect(directives['object-src']).toEqual(["'none'"]);
		expect(directives['base-uri']).toEqual(["'none'"]);
		expect(directives['script-src'][0]).toBe("'self'");
		expect(directives['script-src'].slice(1).length).toBeGreaterThan(0);
		for (const source of directives['script-src'].slice(1)) {
			expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
		}
		// Style attributes: only SvelteKit's route announcer, by the hash of its value.
		expect(directives['style-src']).toEqual(["'self'"]);
		expect(directives['style-src-attr']).toEqual([
			"'unsafe-hashes'",
			"'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='"
		]);
		expect(policy).not.toContain('unsafe-inline');
		expect(policy).not.toContain('unsafe-eval');
		// The prerendered HTML holds no style attribute, which the policy would not apply.
		expect(html).not.toMatch(/\sstyle="/);
	}
});

test('the policy refuses an injected inline script, and the recorder sees it', async ({
	page,
	consoleErrors
}) => {
	await page.goto('/');
	await hydrated(page);
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injectedRan = true';
		document.head.append(script);
		return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
	});
	expect(ran).toBe(false);
	await expect.poll(() => violations(page)).toEqual(['script-src-elem inline']);
	// Chromium logs the refusal as a console error: expected here, so the fixture must not fail.
	consoleErrors.splice(0);
});

test('the main page runs, edits, exports and suggests with no violation', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/?v=2&preset=startup');
	await hydrated(page);
	await resultsFinal(page);

	// A second run in the worker, after an edit.
	await page.locator('#setting-teams').fill('3');
	await page.locator('#setting-teams').blur();
	await expect(page.getByTestId('results')).toHaveAttribute(
		'data-final-scenario',
		/(^|&)teams=3(&|$)/,
		{ timeout: 30_000 }
	);

	await page.getByTestId('export-toggle').click();
	await expect(page.getByTestId('export-panel')).toBeVisible();
	// The figure's computed styles are still written into the SVG (through the CSSOM).
	const svg = await downloadText(page, () =>
		page.locator('[data-export-figure="0"][data-format="svg"]').click()
	);
	expect(svg).toMatch(/<text[^>]* style="[^"]*font-family:/);
	expect(
		await download(page, () => page.locator('[data-export-figure="0"][data-format="png"]').click())
	).toMatch(/\.png$/);
	expect(await download(page, () => page.locator('[data-export-csv]').first().click())).toMatch(
		/\.csv$/
	);
	await page.getByTestId('export-toggle').click();

	// What-if runs its own worker, on its own once the runs are in.
	await expect(page.locator('[data-change-id]').first()).toBeVisible({ timeout: 90_000 });

	expect(await violations(page)).toEqual([]);
});

test('the compare page and its report run and export with no violation', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/compare?v=2&a.preset=startup&b.preset=startup&b.teams=2');
	await hydrated(page);
	await expect(page.getByTestId('comparison-results')).toHaveAttribute('data-stale', 'false', {
		timeout: 30_000
	});
	await page.getByTestId('export-toggle').click();
	expect(
		await download(page, () => page.locator('[data-export-figure="1"][data-format="png"]').click())
	).toMatch(/\.png$/);
	expect(
		await download(page, () => page.locator('[data-export-figure="1"][data-format="svg"]').click())
	).toMatch(/\.svg$/);
	expect(await violations(page)).toEqual([]);

	await page.getByTestId('report-link').click();
	await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', {
		timeout: 30_000
	});
	expect(await violations(page)).toEqual([]);
});

test('a single-scenario report runs with no violation', async ({ page }) => {
	await page.goto('/report?v=2&preset=startup');
	await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true', {
		timeout: 30_000
	});
	expect(await violations(page)).toEqual([]);
});

test('embed and presentation modes run with no violation', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/?v=2&preset=startup&embed=1');
	await hydrated(page);
	await expect(page.getByTestId('embed')).toHaveCount(1);
	await expect(page.locator('figure[data-view]')).toHaveCount(6, { timeout: 30_000 });
	expect(await violations(page)).toEqual([]);

	await page.goto('/?v=2&preset=startup&present=1');
	await hydrated(page);
	const present = page.getByTestId('present');
	await expect(present).toHaveAttribute('data-slide', 'summary', { timeout: 30_000 });
	// The summary is followed by the "why" slide, then the first figure.
	await page.keyboard.press('ArrowRight');
	await expect(present).toHaveAttribute('data-slide', 'why');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('figure[data-view]:visible')).toHaveCount(1);
	await page.keyboard.press('End');
	expect(await violations(page)).toEqual([]);
});

test('sweeps (a line, a grid) run in their worker pool with no violation', async ({ page }) => {
	test.setTimeout(90_000);
	for (const query of [
		'weeks=13&runs=2&vary=teamsPerPm:2..4',
		'preset=startup&weeks=13&runs=2&vary=teamSize:3..4&vary=pmpoHours:30..40:10'
	]) {
		await page.goto(`/sweep?${query}`);
		await hydrated(page);
		await expect(page.locator('[data-state="done"]')).toBeVisible({ timeout: 30_000 });
		await expect(page.locator('[data-sweep-point]').first()).toBeVisible();
		expect(await violations(page)).toEqual([]);
	}
});
