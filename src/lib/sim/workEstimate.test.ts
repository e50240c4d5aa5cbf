import { describe, expect, it } from 'vitest';
import { PRESET_IDS, parseScenarioParams } from '../scenario/index';
import { runSimulation } from './runSimulation';
import {
	HEAVY_WORK_EVENTS,
	durationText,
	estimatedSeconds,
	eventsText,
	isHeavy,
	workEstimate
} from './workEstimate';

/** The stated accuracy: the estimate is within this factor of the events the engine processes. */
const FACTOR = 1.5;

const scenarioOf = (link: string) => parseScenarioParams(link).scenario;

const CASES = [
	...PRESET_IDS.map((id) => ({ name: `preset ${id}`, link: `preset=${id}` })),
	{ name: 'continuous flow', link: 'planning=flow&teams=12' },
	{ name: 'many questions', link: 'teams=30&itemsPerWeek=20&questionsPerDevWeek=10' },
	{
		name: 'every demand at its maximum, 20 teams, half a year (overloaded)',
		link: 'teams=20&teamSize=20&weeks=26&questionsPerDevWeek=40&itemsPerWeek=100&roadmapPerQuarter=20&pricingPerQuarter=40'
	},
	{
		name: 'one overloaded combined PM/PO',
		link: 'preset=startup&itemsPerWeek=40&questionsPerDevWeek=20&weeks=104'
	}
];

describe('workEstimate(scenario, runs)', () => {
	it.each(CASES)('is within a factor of 1.5 of the events one run processes: $name', ({ link }) => {
		const scenario = scenarioOf(link);
		const actual = runSimulation(scenario).events;
		const { eventsPerRun } = workEstimate(scenario, 1);
		expect(eventsPerRun).toBeGreaterThan(actual / FACTOR);
		expect(eventsPerRun).toBeLessThan(actual * FACTOR);
	});

	it('multiplies one run by the number of runs', () => {
		const scenario = scenarioOf('preset=enterprise&runs=40');
		const estimate = workEstimate(scenario);
		expect(estimate.runs).toBe(40);
		expect(estimate.events).toBe(estimate.eventsPerRun * 40);
		expect(workEstimate(scenario, 3).events).toBe(estimate.eventsPerRun * 3);
	});

	it('calls the default scenario light and every demand at its maximum heavy', () => {
		expect(isHeavy(workEstimate(scenarioOf('')))).toBe(false);
		const max = workEstimate(
			scenarioOf(
				'teams=200&teamSize=20&weeks=260&questionsPerDevWeek=40&itemsPerWeek=100&roadmapPerQuarter=20&pricingPerQuarter=40&runs=500'
			)
		);
		expect(isHeavy(max)).toBe(true);
		// Billions of events: hundreds of times the budget.
		expect(max.events).toBeGreaterThan(300 * HEAVY_WORK_EVENTS);
	});
});

describe('the estimate in words', () => {
	it.each([
		{ events: 850_400, expected: 'about 850,000 events' },
		{ events: 2_345_678, expected: 'about 2.3 million events' },
		{ events: 41_000_000, expected: 'about 41 million events' },
		{ events: 7_200_000_000, expected: 'about 7.2 billion events' }
	])('eventsText($events) is "$expected"', ({ events, expected }) => {
		expect(eventsText(events)).toBe(expected);
	});

	it.each([
		{ seconds: 0.2, expected: 'roughly 1 second' },
		{ seconds: 42, expected: 'roughly 42 seconds' },
		{ seconds: 600, expected: 'roughly 10 minutes' },
		{ seconds: 36_000, expected: 'roughly 10 hours' }
	])('durationText($seconds) is "$expected"', ({ seconds, expected }) => {
		expect(durationText(seconds)).toBe(expected);
	});

	it('estimatedSeconds spreads the runs over the cores, never over more cores than runs', () => {
		const estimate = { eventsPerRun: 1_000_000, events: 4_000_000, runs: 4 };
		expect(estimatedSeconds(estimate, 100_000, 1)).toBe(40);
		expect(estimatedSeconds(estimate, 100_000, 2)).toBe(20);
		expect(estimatedSeconds({ ...estimate, events: 1_000_000, runs: 1 }, 100_000, 2)).toBe(10);
	});
});
