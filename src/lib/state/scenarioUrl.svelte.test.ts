import { describe, expect, it } from 'vitest';
import { presetScenario } from '$lib/scenario';
import { settled, startedOn } from './fakeRouter.svelte';
import { ScenarioUrl } from './scenarioUrl.svelte';

const started = (search: string) => startedOn(search, (router) => new ScenarioUrl(router));

describe('ScenarioUrl', () => {
	it('reads a link in a display mode without reporting the mode’s keys as broken', () => {
		const { url } = started('?v=2&preset=startup&teams=3&embed=1&view=network');
		expect(url.issues).toEqual([]);
		expect(url.scenario).toEqual({ ...presetScenario('startup'), teams: 3 });
	});

	it('update(patch, gesture) writes the scenario’s address, a gesture as one entry', async () => {
		const { router, url } = started('?v=2&preset=startup');
		url.update({ teams: 2 }, { kind: 'input', at: 0 });
		url.update({ teams: 24 }, { kind: 'input', at: 100 });
		await settled();
		url.update({ teams: 24 }, { kind: 'commit', at: 200 });
		await settled();
		expect(router.writes).toEqual([
			'push ?v=2&preset=startup&teams=2',
			'replace ?v=2&preset=startup&teams=24'
		]);
	});

	it('choosePreset(id) replaces the settings and keeps the name, which the title shows', async () => {
		const { router, url } = started('?v=2&preset=startup&name=Acme&teams=3');
		url.choosePreset('enterprise');
		expect(url.scenario).toEqual({ ...presetScenario('enterprise'), name: 'Acme' });
		expect(url.title).toBe('Acme · Org design simulator');
		await settled();
		expect(router.writes).toEqual(['push ?v=2&preset=enterprise&name=Acme']);
	});
});
