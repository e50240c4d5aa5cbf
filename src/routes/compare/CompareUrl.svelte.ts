/**
 * The compare page's bridge to the address bar: two scenarios in one query, on the same rules as
 * the main page's (`UrlState`).
 */
import type { Scenario } from '$lib/scenario';
import { UrlState, type EditHow, type UrlCodec, type UrlRouter } from '$lib/state/urlState.svelte';
import {
	compareQuery,
	EMPTY_COMPARISON,
	parseCompareParams,
	type Side,
	type SideIssue
} from './compareParams';

export type { EditHow };

type Pair = { a: Scenario; b: Scenario };

const search = (pair: Pair) => `?${compareQuery(pair.a, pair.b)}`;

export const COMPARE_CODEC: UrlCodec<Pair, SideIssue> = {
	parse(params) {
		const { a, b, issues } = parseCompareParams(params);
		return { value: { a, b }, issues };
	},
	search,
	same: (x, y) => search(x) === search(y),
	initial: { value: { a: EMPTY_COMPARISON.a, b: EMPTY_COMPARISON.b }, issues: [] }
};

export class CompareUrl extends UrlState<Pair, SideIssue> {
	constructor(router?: UrlRouter) {
		super(COMPARE_CODEC, router);
	}

	get a(): Scenario {
		return this.value.a;
	}

	get b(): Scenario {
		return this.value.b;
	}

	get query(): string {
		return compareQuery(this.a, this.b);
	}

	side(side: Side): Scenario {
		return side === 'a' ? this.a : this.b;
	}

	update(side: Side, patch: Partial<Scenario>, how: EditHow = 'commit'): void {
		this.set(side, { ...this.side(side), ...patch }, how);
	}

	set(side: Side, scenario: Scenario, how: EditHow = 'commit'): void {
		this.edit({ a: this.a, b: this.b, [side]: scenario } as Pair, how);
	}

	swap(): void {
		this.edit({ a: this.b, b: this.a }, 'commit');
	}
}
