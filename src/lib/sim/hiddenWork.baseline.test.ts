import { describe, expect, it } from 'vitest';
import { presetScenario, type PresetId } from '../scenario/index';
import { Engine } from './engine';
import baseline from './testing/engineBaseline.json';
import { BASELINE_CASES, totalsJson } from './testing/baselineCases';

/** The hidden-work model switched off: no exceptions model, no leaders' queue, exponential effort. */
const OFF = { exceptions: 'off', leaders: 0, effortShape: 'exponential' } as const;

describe('the engine with hidden work switched off', () => {
	it.each(BASELINE_CASES)(
		'$preset, seed $seed, $weeks weeks: totals equal the stored pre-issue-9 engine',
		({ preset, seed, weeks }) => {
			const s = { ...presetScenario(preset as PresetId), weeks, ...OFF };
			const stored = baseline.find((b) => b.preset === preset && b.seed === seed);
			expect(totalsJson(new Engine(s, seed).run())).toEqual(stored?.digest);
		}
	);

	it('differs from the baseline with the model on (the test can fail)', () => {
		const { preset, seed, weeks } = BASELINE_CASES[0];
		const s = { ...presetScenario(preset), weeks };
		const stored = baseline.find((b) => b.preset === preset && b.seed === seed);
		expect(totalsJson(new Engine(s, seed).run())).not.toEqual(stored?.digest);
	});
});
