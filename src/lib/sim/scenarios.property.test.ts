import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, isScenario, PRESET_IDS, type Scenario } from '../scenario/index';
import { runSimulation } from './runSimulation';
import { DECISION_KINDS } from './types';

/** Caps that keep one run to milliseconds; every other setting spans its whole range. */
const CAPS: Record<string, number> = {
	teams: 12,
	teamSize: 8,
	weeks: 6,
	itemsPerWeek: 10,
	roadmapPerQuarter: 6,
	pricingPerQuarter: 10,
	questionsPerDevWeek: 10,
	itemsPerCascade: 6
};

const scenarioArb: fc.Arbitrary<Scenario> = fc
	.record(
		Object.fromEntries([
			['preset', fc.constantFrom(...PRESET_IDS)],
			...FIELDS.map((f) => {
				switch (f.type) {
					case 'text':
						return [f.key, fc.constant('')];
					case 'choice':
						return [f.key, fc.constantFrom(...f.options)];
					case 'int':
						return [f.key, fc.integer({ min: f.min, max: Math.min(f.max, CAPS[f.key] ?? f.max) })];
					default:
						return [
							f.key,
							fc
								.integer({
									min: 0,
									max: Math.round((Math.min(f.max, CAPS[f.key] ?? f.max) - f.min) / f.step)
								})
								.map((k) => Math.round((f.min + k * f.step) * 1e6) / 1e6)
						];
				}
			})
		])
	)
	.map((s) => s as unknown as Scenario);

/** Paths of non-finite numbers, and of nulls outside the fields that may be null. */
function nonFiniteOrNull(value: unknown, path = ''): string[] {
	if (value === null) {
		return /\.(leadTimeDays\.(mean|p50|p85|p95)|oldestDays|alignmentWaitDays)$/.test(path)
			? []
			: [path];
	}
	if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
	if (typeof value !== 'object') return [];
	return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
		nonFiniteOrNull(v, `${path}.${k}`)
	);
}

describe('runSimulation(any valid scenario)', () => {
	it('keeps its invariants and emits finite JSON', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				expect(isScenario(scenario)).toBe(true);
				const r = runSimulation(scenario);
				// NaN and Infinity would serialise as null: every number is finite, and null appears
				// only where a figure does not exist (a lead time with nothing finished, no open age).
				expect(nonFiniteOrNull(r)).toEqual([]);
				for (const kind of DECISION_KINDS) {
					const d = r.decisions[kind];
					expect(d.created).toBe(d.completed + d.inProgress);
					expect(d.stalled).toBeLessThanOrEqual(d.inProgress);
				}
				for (const role of r.roles) {
					expect(role.utilisation).toBeGreaterThanOrEqual(0);
					expect(role.utilisation).toBeLessThanOrEqual(1 + 1e-12);
					expect(role.load).toBeGreaterThanOrEqual(0);
				}
				expect(r.coverage.length).toBe(66);
			}),
			{ numRuns: 150, seed: 42 }
		);
		// A property run is CPU-bound; on a shared two-core machine it needs room.
	}, 30_000);
});
