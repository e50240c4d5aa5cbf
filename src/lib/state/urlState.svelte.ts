/**
 * The bridge between what a page shows and its address bar, for any value a query can hold (one
 * scenario on the main page, two on /compare). The URL is the source of truth: the value is
 * `parse(page.url.searchParams)`. An edit shows at once (as a local value) and reaches the URL
 * through `goto`, one write at a time, so `page.url` follows every edit and Back/Forward are
 * ordinary navigations that the page follows. When an edit makes a history entry is decided by
 * the plain rules of `scenarioUrlPolicy`.
 *
 * Why `goto` and not the shallow `pushState`/`replaceState`: shallow routing leaves `page.url`
 * at the last real navigation (SvelteKit 2), so the page could not read the value from it.
 */
import { browser } from '$app/environment';
import { afterNavigate, goto } from '$app/navigation';
import { page } from '$app/state';
import {
	IDLE_BURST,
	extendBurst,
	mergeModes,
	planHistoryWrite,
	settleBurst,
	type EditBurst,
	type EditKind,
	type HistoryMode
} from './scenarioUrlPolicy';

export interface ParsedUrl<T, Issue> {
	value: T;
	/** The parts of the address that could not be used, each with its message. */
	issues: Issue[];
}

/** How a page's value lives in a query. */
export interface UrlCodec<T, Issue> {
	/** Reads the value; never throws, rejected parts become issues. */
	parse(params: URLSearchParams): ParsedUrl<T, Issue>;
	/** The relative address of a value: its query string with the `?`. */
	search(value: T): string;
	same(x: T, y: T): boolean;
	/** What the prerendered page shows before the address is read. */
	initial: ParsedUrl<T, Issue>;
}

/** The router as the bridge uses it; SvelteKit's in the app, a stand-in in unit tests. */
export interface UrlRouter {
	/** False while prerendering: nothing is read from or written to the address. */
	readonly live: boolean;
	/** The current address; reactive. */
	readonly url: URL;
	/** Navigates to `search` on the same page; rejects when the navigation is cancelled. */
	go(search: string, mode: HistoryMode): Promise<void>;
	/** Calls back after every navigation the bridge did not make: Back, Forward, a link, a reload. */
	onForeignNavigation(callback: () => void): void;
	now(): number;
}

/** How an edit was made: the panel passes a gesture (`{ kind, at }`), code may pass just the kind. */
export type EditHow = EditKind | { kind: EditKind; at?: number };

export function sveltekitRouter(): UrlRouter {
	return {
		live: browser,
		get url() {
			return page.url;
		},
		async go(search, mode) {
			// The same page with another query: the path comes from the current URL, so the static
			// build keeps working under any folder (there is no route to resolve()).
			const target = page.url.pathname + search;
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- see above
			await goto(target, { replaceState: mode === 'replace', keepFocus: true, noScroll: true });
		},
		onForeignNavigation(callback) {
			afterNavigate((navigation) => {
				if (navigation.type !== 'goto') callback();
			});
		},
		now: () => performance.now()
	};
}

export class UrlState<T, Issue> {
	readonly #codec: UrlCodec<T, Issue>;
	readonly #router: UrlRouter;

	/** False while prerendering and hydrating: the static HTML shows the initial value. */
	#mounted = $state(false);
	#parsed: ParsedUrl<T, Issue> = $derived.by(() =>
		this.#router.live && this.#mounted
			? this.#codec.parse(this.#router.url.searchParams)
			: this.#codec.initial
	);
	/** An edit not yet in the address. */
	#local = $state.raw<T | null>(null);
	/** The rejected parts of a link after the app rewrote it, kept on screen until dismissed. */
	#replacedIssues = $state.raw<Issue[]>([]);
	/** The address whose messages the user dismissed. */
	#dismissedSearch = $state<string | null>(null);

	#burst: EditBurst = IDLE_BURST;
	#pendingMode: HistoryMode | null = null;
	#cleanFirst = false;
	#writing = false;

	/** Call while the page's component is being created (it registers a navigation hook). */
	constructor(codec: UrlCodec<T, Issue>, router: UrlRouter = sveltekitRouter()) {
		this.#codec = codec;
		this.#router = router;
		// Back, Forward, a link or a reload: the URL wins over whatever was about to be written.
		router.onForeignNavigation(() => {
			this.#local = null;
			this.#pendingMode = null;
			this.#burst = IDLE_BURST;
			this.#replacedIssues = [];
		});
	}

	/** Call once mounted: from here on the value is the address's. */
	start(): void {
		this.#mounted = true;
	}

	get mounted(): boolean {
		return this.#mounted;
	}

	get value(): T {
		return this.#local ?? this.#parsed.value;
	}

	/** True while the address still holds parts that could not be used. */
	get linkBroken(): boolean {
		return this.#parsed.issues.length > 0 && this.#local === null;
	}

	/** Messages to show: the current link's problems, or those of a link the app has rewritten. */
	get issues(): Issue[] {
		if (this.linkBroken) {
			return this.#dismissedSearch === this.#router.url.search ? [] : this.#parsed.issues;
		}
		return this.#replacedIssues;
	}

	/** Shows `next` at once and writes it to the address; `how` decides the history entry. */
	edit(next: T, how: EditHow = 'commit'): void {
		if (!this.#router.live) return;
		const kind = typeof how === 'string' ? how : how.kind;
		const at = (typeof how === 'string' ? undefined : how.at) ?? this.#router.now();
		if (this.#codec.same(next, this.value)) {
			if (kind === 'commit') this.#burst = settleBurst(this.#burst);
			return;
		}
		const plan = planHistoryWrite(this.#burst, kind, at);
		this.#burst = plan.burst;
		this.#pendingMode = mergeModes(this.#pendingMode, plan.mode);
		if (this.linkBroken) {
			// The broken address becomes the cleaned one in place, then the edit is a step after it:
			// Back leads to the link's valid parts, never to its rejected ones.
			this.#replacedIssues = this.#parsed.issues;
			this.#cleanFirst = true;
		}
		this.#local = next;
		void this.#flush();
	}

	/** Writes the cleaned value over the broken address, without a new history entry. */
	fixLink(): void {
		if (!this.linkBroken) return;
		this.#replacedIssues = this.#parsed.issues;
		this.#local = this.#parsed.value;
		this.#pendingMode = 'replace';
		void this.#flush();
	}

	dismissIssues(): void {
		if (this.linkBroken) this.#dismissedSearch = this.#router.url.search;
		this.#replacedIssues = [];
	}

	async #flush(): Promise<void> {
		if (this.#writing) return;
		this.#writing = true;
		try {
			if (this.#cleanFirst) {
				this.#cleanFirst = false;
				await this.#navigate(this.#codec.search(this.#parsed.value), 'replace');
			}
			while (this.#local !== null) {
				const target = this.#local;
				const search = this.#codec.search(target);
				if (search !== this.#router.url.search) {
					const mode = this.#pendingMode ?? 'replace';
					this.#pendingMode = null;
					await this.#navigate(search, mode);
					this.#burst = extendBurst(this.#burst, this.#router.now());
				}
				// A newer edit may have arrived while the router worked: go round again for it.
				if (this.#local === target) this.#local = null;
			}
		} finally {
			this.#writing = false;
		}
	}

	async #navigate(search: string, mode: HistoryMode): Promise<void> {
		if (search === this.#router.url.search) return;
		try {
			await this.#router.go(search, mode);
		} catch {
			// A navigation cancelled by Back or Forward: the URL the user went to wins.
			this.#local = null;
		}
	}
}
