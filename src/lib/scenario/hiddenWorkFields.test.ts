import { describe, expect, it } from 'vitest';
import { parseScenarioParams, toQueryString } from './codec';
import { DEFAULT_SCENARIO, presetScenario } from './presets';
import { isScenario } from './scenario';

describe('hidden-work settings in links and files', () => {
	it('a link without them opens with the stated defaults', () => {
		const { scenario, issues } = parseScenarioParams('v=2&preset=pm-only');
		expect(issues).toEqual([]);
		expect(scenario).toMatchObject({
			exceptions: 'vdt',
			patienceHours: 4,
			scopeExceptionShare: 0.2,
			hurriedExceptionFactor: 1.25,
			defaultReworkChance: 0.3,
			acceptFailChance: 0.05,
			reworkShare: 0.3,
			leaders: 2,
			leaderAlignHours: 6,
			alignHours: 1,
			effortShape: 'lognormal',
			effortCv: 1
		});
	});

	it('round-trips them through a link, writing only what differs', () => {
		const s = { ...DEFAULT_SCENARIO, exceptions: 'off' as const, leaders: 0, effortCv: 0.6 };
		const query = toQueryString(s);
		expect(query).toContain('exceptions=off');
		expect(query).toContain('leaders=0');
		expect(query).not.toContain('patienceHours');
		expect(parseScenarioParams(query).scenario).toEqual(s);
	});

	it.each([
		{
			query: 'leaders=-1',
			message: 'leaders must be between 0 and 50; got "-1"; using 2'
		},
		{
			query: 'effortShape=normal',
			message: 'effortShape must be one of lognormal, exponential; got "normal"; using lognormal'
		},
		{
			query: 'patienceHours=soon',
			message: 'patienceHours must be a number; got "soon"; using 4'
		}
	])('$query is refused with a clear message and the default kept', ({ query, message }) => {
		const { issues } = parseScenarioParams(query);
		expect(issues.map((i) => i.message)).toEqual([message]);
	});

	it('a scenario file written before them still reads, with their defaults', () => {
		const old: Record<string, unknown> = { ...presetScenario('combined') };
		for (const key of ['exceptions', 'leaders', 'effortShape', 'patienceHours']) delete old[key];
		expect(isScenario(old)).toBe(true);
	});
});
