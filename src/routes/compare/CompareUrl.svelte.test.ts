import { describe, expect, it } from 'vitest';
import { presetScenario } from '$lib/scenario';
import { settled, startedOn } from '$lib/state/fakeRouter.svelte';
import { CompareUrl } from './CompareUrl.svelte';

const started = (search: string) => startedOn(search, (router) => new CompareUrl(router));

describe('CompareUrl', () => {
	it('swap() exchanges the sides in one new history entry', async () => {
		const { router, url } = started('?v=2&a.preset=startup&b.preset=enterprise');
		url.swap();
		expect(url.a).toEqual(presetScenario('enterprise'));
		expect(url.b).toEqual(presetScenario('startup'));
		await settled();
		expect(router.writes).toEqual(['push ?v=2&a.preset=enterprise&b.preset=startup']);
		expect(url.query).toBe('v=2&a.preset=enterprise&b.preset=startup');
	});

	it('update(side, patch, kind) takes the edit kind as a string: a gesture pushes once', async () => {
		const { router, url } = started('?v=2&a.preset=startup&b.preset=startup');
		url.update('b', { teams: 2 }, 'input');
		await settled();
		url.update('b', { teams: 24 }, 'input');
		await settled();
		expect(url.side('a')).toEqual(presetScenario('startup'));
		expect(router.writes).toEqual([
			'push ?v=2&a.preset=startup&b.preset=startup&b.teams=2',
			'replace ?v=2&a.preset=startup&b.preset=startup&b.teams=24'
		]);
	});

	it('an edit to a link with a broken side cleans the link first', async () => {
		const { router, url } = started('?v=2&a.preset=startup&b.teams=-3');
		expect(url.issues.map((issue) => issue.side)).toEqual(['b']);
		url.set('a', url.b);
		await settled();
		expect(router.writes[0]).toBe('replace ?v=2&a.preset=startup&b.preset=scale-up');
		expect(router.writes[1]).toMatch(/^push /);
		expect(url.a).toEqual(url.b);
	});
});
