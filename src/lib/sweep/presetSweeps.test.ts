import { describe, expect, it } from 'vitest';
import { parseScenarioParams, type Scenario } from '../scenario/index';
import { PRESET_IDS } from '../scenario/presetIds';
import { buildOrganisation } from '../sim/org';
import { scenarioDemand } from '../sim/demand';
import { PRESET_SWEEPS } from './presetSweeps';
import { pointOutlook } from './sweepPoint';
import { pointCount, pointScenario, pointValues } from './sweepPoints';
import { parseVaries } from './varySpec';

/** Every role's capacity and demand, rounded: what a sweep's value must change to be worth offering. */
function loads(s: Scenario): string {
	const org = buildOrganisation(s);
	const demand = scenarioDemand(s, org);
	return JSON.stringify({
		capacity: org.stations,
		demand: demand.stations.map((st) => Math.round(st.hoursPerWeek * 10))
	});
}

describe('the sweeps each preset offers', () => {
	for (const preset of PRESET_IDS) {
		for (const offer of PRESET_SWEEPS[preset]) {
			it(`${preset}: "${offer.question}" changes the organisation from its first value to its last`, () => {
				const base = {
					...parseScenarioParams(new URLSearchParams(`v=2&preset=${preset}`)).scenario,
					...offer.with
				} as Scenario;
				const vary = parseVaries(offer.vary);
				const last = vary[0].values.length - 1;
				const first = pointScenario(base, pointValues(vary, 0), 1);
				const end = pointScenario(base, pointValues(vary, last), 1);
				// A startup of one team swept over teams per PO would draw one flat line.
				expect(loads(end)).not.toBe(loads(first));
			});
		}
	}

	it('po-only: "How much leadership time …" reaches the answer: overloaded at 0 h, healthy by the end', () => {
		const base = parseScenarioParams(new URLSearchParams('v=2&preset=po-only')).scenario;
		const offer = PRESET_SWEEPS['po-only'].find((o) => o.vary[0].startsWith('leadershipHours'))!;
		const vary = parseVaries(offer.vary);
		const verdicts = Array.from(
			{ length: pointCount(vary) },
			(_, i) => pointOutlook(base, pointValues(vary, i), 1).verdict
		);
		expect(verdicts[0]).toBe('overloaded');
		expect(verdicts.at(-1)).toBe('healthy');
	});
});
