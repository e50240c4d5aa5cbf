/**
 * The bridge between the scenario on screen and the address bar. The URL is the source of truth:
 * the scenario is `parseScenarioParams(page.url.searchParams)`. An edit shows at once (as a local
 * scenario) and reaches the URL through `goto`, one write at a time, so `page.url` follows every
 * edit and Back/Forward are ordinary navigations that the panel follows.
 *
 * Why `goto` and not the shallow `pushState`/`replaceState`: shallow routing leaves `page.url`
 * at the last real navigation (SvelteKit 2), so the panel could not read the scenario from it.
 */
import { browser } from '$app/environment';
import { afterNavigate, goto } from '$app/navigation';
import { scenarioParams } from '$lib/components/present/displayMode';
import { page } from '$app/state';
import {
	DEFAULT_SCENARIO,
	parseScenarioParams,
	presetScenario,
	type ParsedScenario,
	type PresetId,
	type Scenario,
	type ScenarioIssue
} from '$lib/scenario';
import {
	IDLE_BURST,
	documentTitle,
	extendBurst,
	mergeModes,
	planHistoryWrite,
	sameScenario,
	scenarioSearch,
	settleBurst,
	type EditBurst,
	type Gesture,
	type HistoryMode
} from './scenarioUrlPolicy';

const PRERENDERED: ParsedScenario = { scenario: DEFAULT_SCENARIO, issues: [] };

function committedNow(): Gesture {
	return { kind: 'commit', at: performance.now() };
}

export class ScenarioUrl {
	/** False while prerendering and hydrating: the static HTML shows the default scenario. */
	#mounted = $state(false);
	#parsed = $derived(
		browser && this.#mounted
			? parseScenarioParams(scenarioParams(page.url.searchParams))
			: PRERENDERED
	);
	/** An edit not yet in `page.url`. */
	#local = $state.raw<Scenario | null>(null);
	/** The rejected parts of a link after the app rewrote it, kept on screen until dismissed. */
	#replacedIssues = $state.raw<ScenarioIssue[]>([]);
	/** The address whose messages the user dismissed. */
	#dismissedSearch = $state<string | null>(null);

	#burst: EditBurst = IDLE_BURST;
	#pendingMode: HistoryMode | null = null;
	#cleanFirst = false;
	#writing = false;

	constructor() {
		// Back, Forward, a link or a reload: the URL wins over whatever was about to be written.
		afterNavigate((navigation) => {
			if (navigation.type === 'goto') return;
			this.#local = null;
			this.#pendingMode = null;
			this.#burst = IDLE_BURST;
			this.#replacedIssues = [];
		});
	}

	/** Call once mounted: from here on the scenario is the URL's. */
	start(): void {
		this.#mounted = true;
	}

	get scenario(): Scenario {
		return this.#local ?? this.#parsed.scenario;
	}

	get title(): string {
		return documentTitle(this.scenario);
	}

	/** True while the address still holds parts that could not be used. */
	get linkBroken(): boolean {
		return this.#parsed.issues.length > 0 && this.#local === null;
	}

	/** Messages to show: the current link's problems, or those of a link the app has rewritten. */
	get issues(): ScenarioIssue[] {
		if (this.linkBroken) {
			return this.#dismissedSearch === page.url.search ? [] : this.#parsed.issues;
		}
		return this.#replacedIssues;
	}

	/** Changes some settings. `input` while typing or dragging, `commit` when the gesture ends. */
	update(patch: Partial<Scenario>, how: Gesture = committedNow()): void {
		this.#apply({ ...this.scenario, ...patch }, how);
	}

	/** Replaces every setting with the preset's, keeping the scenario's name. */
	choosePreset(id: PresetId, how: Gesture = committedNow()): void {
		this.#apply({ ...presetScenario(id), name: this.scenario.name }, how);
	}

	resetToPreset(): void {
		this.choosePreset(this.scenario.preset);
	}

	/** Writes the cleaned scenario over the broken address, without a new history entry. */
	fixLink(): void {
		if (!this.linkBroken) return;
		this.#replacedIssues = this.#parsed.issues;
		void this.#write(this.#parsed.scenario, 'replace');
	}

	dismissIssues(): void {
		if (this.linkBroken) this.#dismissedSearch = page.url.search;
		this.#replacedIssues = [];
	}

	#apply(next: Scenario, how: Gesture): void {
		if (!browser) return;
		if (sameScenario(next, this.scenario)) {
			if (how.kind === 'commit') this.#burst = settleBurst(this.#burst);
			return;
		}
		const plan = planHistoryWrite(this.#burst, how.kind, how.at);
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

	async #flush(): Promise<void> {
		if (this.#writing) return;
		this.#writing = true;
		try {
			if (this.#cleanFirst) {
				this.#cleanFirst = false;
				await this.#navigate(scenarioSearch(this.#parsed.scenario), 'replace');
			}
			while (this.#local) {
				const target = this.#local;
				const search = scenarioSearch(target);
				if (search !== page.url.search) {
					const mode = this.#pendingMode ?? 'replace';
					this.#pendingMode = null;
					await this.#navigate(search, mode);
					this.#burst = extendBurst(this.#burst, performance.now());
				}
				// A newer edit may have arrived while the router worked: go round again for it.
				if (this.#local === target) this.#local = null;
			}
		} finally {
			this.#writing = false;
		}
	}

	async #write(scenario: Scenario, mode: HistoryMode): Promise<void> {
		this.#local = scenario;
		this.#pendingMode = mode;
		await this.#flush();
	}

	async #navigate(search: string, mode: HistoryMode): Promise<void> {
		if (search === page.url.search) return;
		// The same page with another query: the path comes from the current URL, so the static
		// build keeps working under any folder (there is no route to resolve()).
		const target = page.url.pathname + search;
		try {
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- see above
			await goto(target, { replaceState: mode === 'replace', keepFocus: true, noScroll: true });
		} catch {
			// A navigation cancelled by Back or Forward: the URL the user went to wins.
			this.#local = null;
		}
	}
}
