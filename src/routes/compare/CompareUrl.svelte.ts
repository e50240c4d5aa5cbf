/**
 * The compare page's bridge to the address bar, on the same rules as the main page's ScenarioUrl:
 * the URL is the source of truth, an edit shows at once and reaches the URL through `goto`, the
 * first edit of a gesture pushes a history entry and the rest of the gesture replaces it, and
 * Back/Forward are ordinary navigations the page follows.
 */
import { browser } from '$app/environment';
import { afterNavigate, goto } from '$app/navigation';
import { page } from '$app/state';
import type { Scenario } from '$lib/scenario';
import {
	IDLE_BURST,
	mergeModes,
	planHistoryWrite,
	settleBurst,
	type EditBurst,
	type EditKind,
	type HistoryMode
} from '$lib/state/scenarioUrlPolicy';
import {
	compareQuery,
	EMPTY_COMPARISON,
	parseCompareParams,
	type ParsedComparison,
	type Side,
	type SideIssue
} from './compareParams';

type Pair = { a: Scenario; b: Scenario };

/** How an edit was made: the panel passes a gesture (`{ kind, at }`), code may pass just the kind. */
export type EditHow = EditKind | { kind: EditKind; at?: number };

function readHow(how: EditHow): { kind: EditKind; at: number } {
	if (typeof how === 'string') return { kind: how, at: performance.now() };
	return { kind: how.kind, at: how.at ?? performance.now() };
}

const same = (x: Pair, y: Pair) => compareQuery(x.a, x.b) === compareQuery(y.a, y.b);

export class CompareUrl {
	#mounted = $state(false);
	#parsed: ParsedComparison = $derived(
		browser && this.#mounted ? parseCompareParams(page.url.searchParams) : EMPTY_COMPARISON
	);
	#local = $state.raw<Pair | null>(null);
	#replacedIssues = $state.raw<SideIssue[]>([]);
	#dismissedSearch = $state<string | null>(null);

	#burst: EditBurst = IDLE_BURST;
	#pendingMode: HistoryMode | null = null;
	#cleanFirst = false;
	#writing = false;

	constructor() {
		afterNavigate((navigation) => {
			if (navigation.type === 'goto') return;
			this.#local = null;
			this.#pendingMode = null;
			this.#burst = IDLE_BURST;
			this.#replacedIssues = [];
		});
	}

	start(): void {
		this.#mounted = true;
	}

	get mounted(): boolean {
		return this.#mounted;
	}

	get a(): Scenario {
		return this.#local?.a ?? this.#parsed.a;
	}

	get b(): Scenario {
		return this.#local?.b ?? this.#parsed.b;
	}

	get query(): string {
		return compareQuery(this.a, this.b);
	}

	get linkBroken(): boolean {
		return this.#parsed.issues.length > 0 && this.#local === null;
	}

	get issues(): SideIssue[] {
		if (this.linkBroken) {
			return this.#dismissedSearch === page.url.search ? [] : this.#parsed.issues;
		}
		return this.#replacedIssues;
	}

	side(side: Side): Scenario {
		return side === 'a' ? this.a : this.b;
	}

	update(side: Side, patch: Partial<Scenario>, how: EditHow = 'commit'): void {
		this.set(side, { ...this.side(side), ...patch }, how);
	}

	set(side: Side, scenario: Scenario, how: EditHow = 'commit'): void {
		const next = { a: this.a, b: this.b, [side]: scenario } as Pair;
		this.#apply(next, how);
	}

	swap(): void {
		this.#apply({ a: this.b, b: this.a }, 'commit');
	}

	fixLink(): void {
		if (!this.linkBroken) return;
		this.#replacedIssues = this.#parsed.issues;
		this.#local = { a: this.#parsed.a, b: this.#parsed.b };
		this.#pendingMode = 'replace';
		void this.#flush();
	}

	dismissIssues(): void {
		if (this.linkBroken) this.#dismissedSearch = page.url.search;
		this.#replacedIssues = [];
	}

	#apply(next: Pair, how: EditHow): void {
		if (!browser) return;
		const { kind, at } = readHow(how);
		if (same(next, { a: this.a, b: this.b })) {
			if (kind === 'commit') this.#burst = settleBurst(this.#burst);
			return;
		}
		const plan = planHistoryWrite(this.#burst, kind, at);
		this.#burst = plan.burst;
		this.#pendingMode = mergeModes(this.#pendingMode, plan.mode);
		if (this.linkBroken) {
			this.#replacedIssues = this.#parsed.issues;
			this.#cleanFirst = true;
		}
		this.#local = next;
		void this.#flush();
	}

	async #flush(): Promise<void> {
		if (this.#writing) return;
		this.#writing = true;
		try {
			if (this.#cleanFirst) {
				this.#cleanFirst = false;
				await this.#navigate(`?${compareQuery(this.#parsed.a, this.#parsed.b)}`, 'replace');
			}
			while (this.#local) {
				const target = this.#local;
				const search = `?${compareQuery(target.a, target.b)}`;
				if (search !== page.url.search) {
					const mode = this.#pendingMode ?? 'replace';
					this.#pendingMode = null;
					await this.#navigate(search, mode);
				}
				if (this.#local === target) this.#local = null;
			}
		} finally {
			this.#writing = false;
		}
	}

	async #navigate(search: string, mode: HistoryMode): Promise<void> {
		if (search === page.url.search) return;
		try {
			// The same page with another query: the path stays the current one, so the static build
			// works under any folder (there is no route to resolve()).
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- see above
			await goto(search, { replaceState: mode === 'replace', keepFocus: true, noScroll: true });
		} catch {
			this.#local = null;
		}
	}
}
