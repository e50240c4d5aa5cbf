import { describe, expect, it } from 'vitest';
import { presetScenario } from '$lib/scenario';
import { evaluateScenario } from '$lib/whatif/evaluate';
import { fakeResult } from '$lib/whatif/testing/fakeResult';
import { comparedSides, scenariosKey } from './comparedSides';

const run = (_: unknown, seed: number) =>
	fakeResult(10, { backlog: { created: 100, completed: 60, wipMean: 10, leadTimeMean: 8 } }, seed);
const today = evaluateScenario({ ...presetScenario('scale-up'), runs: 1 }, run);
const proposal = evaluateScenario({ ...presetScenario('startup'), runs: 1 }, run);

describe('the sides of a comparison', () => {
	it('names the first evaluation A and the second B', () => {
		const sides = comparedSides([today, proposal], ['Today', 'Proposed']);
		expect(sides?.map((s) => [s.side.label, s.side.color, s.name, s.evaluation])).toEqual([
			['A', '#5f6b7a', 'Today', today],
			['B', '#0072b2', 'Proposed', proposal]
		]);
	});

	it('shows one scenario as A alone, and nothing for a result of another count', () => {
		expect(comparedSides([today], ['Today'])?.map((s) => s.side.id)).toEqual(['a']);
		expect(comparedSides([today], ['Today', 'Proposed'])).toBeNull();
		expect(comparedSides(null, ['Today'])).toBeNull();
	});

	it('keys a run by the scenarios, not their names', () => {
		const a = presetScenario('scale-up');
		const b = presetScenario('startup');
		expect(scenariosKey([{ ...a, name: 'Today' }, b])).toBe(scenariosKey([a, b]));
		expect(scenariosKey([a, b])).not.toBe(scenariosKey([b, a]));
		expect(scenariosKey([a, b]).split('|')).toHaveLength(2);
	});
});
