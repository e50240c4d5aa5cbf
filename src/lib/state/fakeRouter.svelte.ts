/**
 * A stand-in for SvelteKit's router in unit tests of the URL bridges: an address and a history,
 * a clock the test sets, and writes that can be held (a busy router) or cancelled (Back pressed
 * while the router worked).
 */
import { SvelteURL } from 'svelte/reactivity';
import type { HistoryMode } from './scenarioUrlPolicy';
import type { UrlRouter } from './urlState.svelte';

export class FakeRouter implements UrlRouter {
	live = true;
	readonly url = new SvelteURL('https://app.test/');
	clock = 0;
	writes: string[] = [];
	hold = false;
	cancel = false;
	#entries: string[] = [];
	#waiting: (() => void)[] = [];
	#foreign: () => void = () => {};

	constructor(search = '') {
		this.url.search = search;
		this.#entries = [this.url.search];
	}

	/** Writes land when released if `hold` is set, and throw if `cancel` is. */
	async go(search: string, mode: HistoryMode): Promise<void> {
		this.writes.push(`${mode} ${search}`);
		if (this.hold) await new Promise<void>((resolve) => this.#waiting.push(resolve));
		if (this.cancel) throw new Error('navigation cancelled');
		if (mode === 'push') this.#entries.push(search);
		else this.#entries[this.#entries.length - 1] = search;
		this.url.search = search;
	}

	onForeignNavigation(callback: () => void): void {
		this.#foreign = callback;
	}

	now(): number {
		return this.clock;
	}

	release(): void {
		this.hold = false;
		for (const resolve of this.#waiting.splice(0)) resolve();
	}

	/** The browser's Back button: a navigation the bridge did not make. */
	back(): void {
		this.#entries.pop();
		this.url.search = this.#entries.at(-1) ?? '';
		this.#foreign();
	}
}

/** Lets the bridge's pending writes run. */
export const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A bridge made on a fake router at `search`, started as a mounted page starts it. */
export function startedOn<Bridge extends { start(): void }>(
	search: string,
	make: (router: FakeRouter) => Bridge
): { router: FakeRouter; url: Bridge } {
	const router = new FakeRouter(search);
	const url = make(router);
	url.start();
	return { router, url };
}
