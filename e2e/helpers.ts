import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * The project's test: fails when the page logs an error or throws, so a broken chart or a 404
 * cannot hide behind a passing assertion.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
			await use(errors);
			expect(errors, 'errors in the browser console').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Opens the app at `/` with a query (with or without the "?") and waits until it is hydrated. */
export async function openApp(page: Page, query = ''): Promise<void> {
	const search = query === '' || query.startsWith('?') ? query : `?${query}`;
	await page.goto(`/${search}`);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}

/** The box of a setting, by its key in the settings table (`teams`, `itemsPerWeek`, …). */
export function setting(page: Page, key: string): Locator {
	return page.locator(`#setting-${key}`);
}

/** The radio of a choice setting whose label starts with `title`, e.g. ("model", "PM only"). */
export function choice(page: Page, groupName: string, title: string): Locator {
	return page
		.getByRole('radiogroup', { name: groupName, exact: true })
		.getByRole('radio', { name: new RegExp(`^${title}`) });
}

/** Types a value into a setting's box and leaves it, as a person does (input, then change). */
export async function enter(page: Page, key: string, value: string): Promise<void> {
	const box = setting(page, key);
	await box.fill(value);
	await box.blur();
}

/** The query of the address bar as a plain object, for exact assertions. */
export function query(page: Page): Record<string, string> {
	return Object.fromEntries(new URL(page.url()).searchParams);
}

/** Waits until the address bar holds `expected` (every listed key, exactly) and returns it. */
export async function expectQuery(
	page: Page,
	expected: Record<string, string>
): Promise<Record<string, string>> {
	await expect.poll(() => query(page)).toMatchObject(expected);
	return query(page);
}
