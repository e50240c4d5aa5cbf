/**
 * Writes src/lib/sim/testing/engineBaseline.json: the engine's totals for a few presets and seeds,
 * taken from main before the hidden-work model (issue 9). hiddenWork.baseline.test.ts checks that
 * with exceptions, rework and leadership capacity switched off the engine still gives them.
 */
import { writeFileSync } from 'node:fs';
import { presetScenario, type PresetId } from '../src/lib/scenario/index';
import { Engine } from '../src/lib/sim/engine';
import { totalsJson, BASELINE_CASES } from '../src/lib/sim/testing/baselineCases';

const out = BASELINE_CASES.map(({ preset, seed, weeks }) => {
	const s = { ...presetScenario(preset as PresetId), weeks };
	return { preset, seed, weeks, digest: totalsJson(new Engine(s, seed).run()) };
});
writeFileSync('src/lib/sim/testing/engineBaseline.json', JSON.stringify(out) + '\n');
