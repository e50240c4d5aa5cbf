import { describe, expect, it } from 'vitest';
import { presetScenario, type Scenario } from '../scenario/index';
import { Engine } from './engine';
import { BACKLOG, MACHINES } from './flowTables';
import { eventIndexOf } from './machines/index';
import { hiddenWorkOf } from './metrics/hiddenWork';
import { lognormalAt, lognormalSigma } from './rng';
import { toResult } from './result';
import type { RunTotals } from './runTotals';

/** Evidence for the hidden-work model (issue 9), each claim over many seeds. */
const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);

const runs = (s: Scenario, seeds = SEEDS) => seeds.map((seed) => new Engine(s, seed).run());
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function byDefaultShare(t: RunTotals): number {
	const { story, scope } = t.hidden.exceptions;
	return (story.byDefault + scope.byDefault) / (story.raised + scope.raised);
}
/** Rework passes per backlog item reviewed at acceptance. */
const reworkPerItem = (t: RunTotals) => t.hidden.rejections / t.hidden.reviews;
/** Mean working days a question waited for an answer (tasks that waited, answered or not). */
function answerWaitDays(t: RunTotals): number {
	const state = MACHINES[BACKLOG].states.indexOf('awaitingAnswer');
	const k = t.kinds[BACKLOG];
	return k.stepWait[state] / k.stepTasks[state] / 8;
}
function discoveryWaitDays(t: RunTotals): number {
	const k = t.kinds[0];
	const state = MACHINES[0].states.indexOf('discovery');
	return k.stepWait[state] / k.stepTasks[state] / 8;
}

describe(
	'hidden work: who owns the decision decides how often developers guess',
	{ timeout: 60_000 },
	() => {
		const separate = presetScenario('scale-up');
		const pmOnly = { ...separate, model: 'pm-only' as const };

		it('PM-only (no PO) decides by default more, and reworks more per item, than separate roles', () => {
			const a = runs(separate);
			const b = runs(pmOnly);
			expect(mean(b.map(byDefaultShare))).toBeGreaterThan(2 * mean(a.map(byDefaultShare)));
			expect(mean(b.map(reworkPerItem))).toBeGreaterThan(1.3 * mean(a.map(reworkPerItem)));
			// Seed by seed, not only on average.
			SEEDS.forEach((_, i) => expect(byDefaultShare(b[i])).toBeGreaterThan(byDefaultShare(a[i])));
		});

		it('adding a PO to an overloaded team lowers both', () => {
			// One PO for two teams is at 105% load (docs/model.md, "Calibration"); a PO each at 47%.
			const overloaded = { ...separate, teamsPerPo: 2 };
			const a = runs(overloaded);
			const b = runs(separate);
			expect(mean(b.map(byDefaultShare))).toBeLessThan(0.8 * mean(a.map(byDefaultShare)));
			expect(mean(b.map(reworkPerItem))).toBeLessThan(mean(a.map(reworkPerItem)));
		});

		it('a combined PM/PO under load answers later than a separate PO, and its roadmap work waits longer', () => {
			const combined = runs(presetScenario('combined'));
			const split = runs(separate);
			expect(mean(combined.map(answerWaitDays))).toBeGreaterThan(
				1.5 * mean(split.map(answerWaitDays))
			);
			expect(mean(combined.map(discoveryWaitDays))).toBeGreaterThan(
				mean(split.map(discoveryWaitDays))
			);
		});

		it("leaders' time is finite: the wait for alignment grows with the teams at fixed leaders", () => {
			const wait = (teams: number) =>
				mean(
					runs({ ...separate, teams, leaders: 1 }, SEEDS.slice(0, 5)).map(
						(t) => t.hidden.alignmentWait / t.hidden.alignmentTasks
					)
				);
			const [few, some, many] = [4, 16, 28].map(wait);
			expect(some).toBeGreaterThan(few);
			expect(many).toBeGreaterThan(2 * some);
		});

		it('with leaders 0 nobody queues for alignment: the old unlimited delay', () => {
			const t = new Engine({ ...separate, leaders: 0 }, 1).run();
			expect(t.hidden.alignmentTasks).toBe(0);
			expect(t.org.leaders).toBe(-1);
		});

		it('more patience means fewer decisions by default', () => {
			const patient = runs({ ...pmOnly, patienceHours: 40 }, SEEDS.slice(0, 3));
			const hasty = runs({ ...pmOnly, patienceHours: 0.5 }, SEEDS.slice(0, 3));
			expect(mean(patient.map(byDefaultShare))).toBeLessThan(0.5 * mean(hasty.map(byDefaultShare)));
		});

		it('with no chance of failing acceptance there is no rework, whatever was guessed', () => {
			const t = new Engine({ ...pmOnly, acceptFailChance: 0, defaultReworkChance: 0 }, 1).run();
			expect(t.hidden.exceptions.story.byDefault).toBeGreaterThan(0);
			expect(t.hidden.rejections).toBe(0);
			expect(hiddenWorkOf(t).reworkHours).toBe(0);
		});
	}
);

/** Counts the events the engine sends to backlog items, as the statechart sees them. */
class TracedEngine extends Engine {
	readonly sent = new Map<number, number>();
	protected step(e: number, event: number, t: number): void {
		if (this.d.kind[e] === BACKLOG) this.sent.set(event, (this.sent.get(event) ?? 0) + 1);
		super.step(e, event, t);
	}
}

describe('hidden work: conservation with loops', { timeout: 60_000 }, () => {
	const events = (type: string) => eventIndexOf(MACHINES[BACKLOG], type);

	it.each(['scale-up', 'pm-only', 'combined', 'po-only'] as const)(
		'%s: every decision created is finished or open; each rework pass is counted once',
		(preset) => {
			for (const seed of SEEDS.slice(0, 3)) {
				const engine = new TracedEngine({ ...presetScenario(preset), weeks: 13 }, seed);
				const totals = engine.run();
				const result = toResult(totals);
				for (const kind of ['roadmap', 'backlog', 'pricing'] as const) {
					const d = result.decisions[kind];
					expect(d.created).toBe(d.completed + d.inProgress);
					expect(d.open.count).toBe(d.inProgress);
				}
				expect(result.decisions.backlog.created).toBeGreaterThan(0);
				const sent = (type: string) => engine.sent.get(events(type)) ?? 0;
				const h = totals.hidden;
				// Rejections are the ITEM.REJECTED events the chart took, no more, no less.
				expect(h.rejections).toBe(sent('ITEM.REJECTED'));
				expect(h.reviews).toBe(sent('ITEM.ACCEPTED') + sent('ITEM.REJECTED'));
				const { story, scope } = h.exceptions;
				expect(story.byDefault + scope.byDefault).toBe(sent('ITEM.DECIDED_BY_DEFAULT'));
				// Every question raised was answered, decided by default, or is still waiting.
				const raised = story.raised + scope.raised;
				expect(sent('ITEM.QUESTION_ASKED')).toBe(raised);
				const waiting =
					totals.kinds[BACKLOG].openByState[MACHINES[BACKLOG].states.indexOf('awaitingAnswer')];
				expect(sent('ITEM.ANSWERED') + sent('ITEM.DECIDED_BY_DEFAULT') + waiting).toBe(raised);
				// A development pass per item planned, plus one per rework pass.
				const devTasks =
					totals.kinds[BACKLOG].stepTasks[MACHINES[BACKLOG].states.indexOf('inDevelopment')];
				expect(devTasks).toBe(sent('ITEM.PLANNED') + sent('ITEM.REJECTED'));
			}
		}
	);
});

describe('lognormal effort', () => {
	it.each([0.5, 1, 1.5])('has mean 1 and the coefficient of variation %s it was given', (cv) => {
		const states = new Int32Array([20260101]);
		const sigma = lognormalSigma(cv);
		const n = 200_000;
		let sum = 0;
		let squares = 0;
		for (let i = 0; i < n; i++) {
			const x = lognormalAt(states, 0, sigma);
			sum += x;
			squares += x * x;
		}
		const m = sum / n;
		expect(m).toBeCloseTo(1, 1);
		expect(Math.sqrt(squares / n - m * m) / m).toBeCloseTo(cv, 0);
	});

	it('is skewed: its median is below its mean, unlike an exponential of the same CV', () => {
		const states = new Int32Array([7]);
		const sigma = lognormalSigma(1);
		const xs = Array.from({ length: 20_001 }, () => lognormalAt(states, 0, sigma)).sort(
			(a, b) => a - b
		);
		// Lognormal of CV 1: median e^(−σ²/2) = 0.707; exponential: ln 2 = 0.693.
		expect(xs[10_000]).toBeGreaterThan(0.68);
		expect(xs[10_000]).toBeLessThan(0.74);
		expect(xs[0]).toBeGreaterThan(0.01);
	});
});
