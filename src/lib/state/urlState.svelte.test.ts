import { describe, expect, it } from 'vitest';
import { FakeRouter, settled, startedOn } from './fakeRouter.svelte';
import { UrlState, type UrlCodec } from './urlState.svelte';

/** A value small enough to read in a test: `?n=<whole number>`; any other key is an issue. */
const COUNT_CODEC: UrlCodec<number, string> = {
	parse(params) {
		const issues = [...params.keys()].filter((key) => key !== 'n');
		const n = Number(params.get('n') ?? '0');
		return Number.isInteger(n) && n >= 0 ? { value: n, issues } : { value: 0, issues: ['n'] };
	},
	search: (n) => `?n=${n}`,
	same: (x, y) => x === y,
	initial: { value: -1, issues: [] }
};

function started(search = '') {
	const { router, url } = startedOn(search, (router) => new UrlState(COUNT_CODEC, router));
	return { router, state: url };
}

describe('UrlState(codec, router)', () => {
	it('shows the initial value until started, then the address’s', () => {
		const router = new FakeRouter('?n=5');
		const state = new UrlState(COUNT_CODEC, router);
		expect(state.value).toBe(-1);
		state.start();
		expect(state.value).toBe(5);
	});

	it('edit(value) shows the value at once and writes it as one new history entry', async () => {
		const { router, state } = started('?n=1');
		state.edit(7, 'commit');
		expect(state.value).toBe(7);
		await settled();
		expect(router.writes).toEqual(['push ?n=7']);
		expect(router.url.search).toBe('?n=7');
	});

	it('typing "120": the first keystroke pushes, edits made while the router works share one replace', async () => {
		const { router, state } = started();
		router.hold = true;
		state.edit(1, { kind: 'input', at: 0 });
		state.edit(12, { kind: 'input', at: 100 });
		state.edit(120, { kind: 'input', at: 200 });
		expect(state.value).toBe(120);
		await settled();
		router.release();
		await settled();
		expect(router.writes).toEqual(['push ?n=1', 'replace ?n=120']);
		expect(router.url.search).toBe('?n=120');
	});

	it('counts a pause from when the write finished, not from the keystroke', async () => {
		const { router, state } = started();
		state.edit(1, { kind: 'input', at: 0 });
		router.clock = 700; // the router was busy until 700 ms
		await settled();
		state.edit(12, { kind: 'input', at: 650 });
		await settled();
		expect(router.writes).toEqual(['push ?n=1', 'replace ?n=12']);
	});

	it('a commit that changes nothing still ends the gesture', async () => {
		const { router, state } = started();
		state.edit(5, { kind: 'input', at: 0 });
		await settled();
		state.edit(5, { kind: 'commit', at: 50 });
		state.edit(6, { kind: 'input', at: 100 });
		await settled();
		expect(router.writes).toEqual(['push ?n=5', 'push ?n=6']);
	});

	it('Back ends the gesture: the next keystroke is a new entry', async () => {
		const { router, state } = started('?n=2');
		state.edit(3, { kind: 'input', at: 0 });
		await settled();
		router.back();
		expect(state.value).toBe(2);
		state.edit(4, { kind: 'input', at: 100 });
		await settled();
		expect(router.writes).toEqual(['push ?n=3', 'push ?n=4']);
	});

	it('a cancelled write leaves the address’s value on screen', async () => {
		const { router, state } = started('?n=2');
		router.cancel = true;
		state.edit(3, 'commit');
		expect(state.value).toBe(3);
		await settled();
		expect(state.value).toBe(2);
	});
});

describe('UrlState with a broken link', () => {
	it('reports the link’s issues until dismissed for that address', () => {
		const { state } = started('?n=3&colour=red');
		expect(state.linkBroken).toBe(true);
		expect(state.issues).toEqual(['colour']);
		state.dismissIssues();
		expect(state.issues).toEqual([]);
		expect(state.linkBroken).toBe(true);
	});

	it('an edit first replaces the link with its valid parts, then pushes the edit', async () => {
		const { router, state } = started('?n=3&colour=red');
		state.edit(4, 'commit');
		await settled();
		expect(router.writes).toEqual(['replace ?n=3', 'push ?n=4']);
		expect(state.linkBroken).toBe(false);
		// The rewritten link's problems stay on screen until the user dismisses them.
		expect(state.issues).toEqual(['colour']);
		state.dismissIssues();
		expect(state.issues).toEqual([]);
		router.back();
		expect(router.url.search).toBe('?n=3');
	});

	it('fixLink() replaces the link with its valid parts without a new entry', async () => {
		const { router, state } = started('?n=-3');
		state.fixLink();
		await settled();
		expect(router.writes).toEqual(['replace ?n=0']);
		expect(state.value).toBe(0);
		expect(state.linkBroken).toBe(false);
		expect(state.issues).toEqual(['n']);
	});
});
