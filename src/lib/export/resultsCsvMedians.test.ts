import { describe, expect, it } from 'vitest';
import { presetScenario } from '$lib/scenario';
import { runReplications, runSimulation, toSummaryJson } from '$lib/sim';
import { decisionsTable, resultsCsvTables, type CsvTable } from './resultsCsv';

describe('the decisions CSV holds the headline figures', () => {
	const scenario = { ...presetScenario('scale-up'), teams: 3 };
	const summary = toSummaryJson(scenario, runReplications(scenario, 5));
	const first = runSimulation(scenario);

	it('is the median over runs from the summary, as `--runs N` prints', () => {
		const table = resultsCsvTables(first, summary).find((t) => t.id === 'decisions')!;
		expect(table.title).toBe('Decisions by kind (lead times in working days, median of 5 runs)');
		const col = table.rows[0].indexOf('leadTimeDays.mean');
		const backlog = table.rows.find((r) => r[0] === 'backlog')!;
		expect(backlog[col]).toBe(summary.decisions.backlog.leadTimeDays.mean);
		expect(summary.decisions.backlog.leadTimeDays.mean).not.toBe(
			first.decisions.backlog.leadTimeDays.mean
		);
	});

	it('is the one run without a summary', () => {
		const table = decisionsTable(first);
		const col = table.rows[0].indexOf('completed');
		expect(table.rows.find((r) => r[0] === 'roadmap')![col]).toBe(
			first.decisions.roadmap.completed
		);
	});
});

describe('the findings in the CSV are the ones the page shows', () => {
	// Strained PMs: bottlenecks, waiting and hidden work in every run, with figures that vary.
	// An even number of runs: a median between two runs is no single run's figure.
	const scenario = { ...presetScenario('pm-only'), teams: 4, weeks: 12 };
	const summary = toSummaryJson(scenario, runReplications(scenario, 4));
	const first = runSimulation(scenario);
	const tables = resultsCsvTables(first, summary);
	const table = (id: string): CsvTable => tables.find((t) => t.id === id)!;

	it('takes bottlenecks, waiting and gaps over the runs, as the insights read them', () => {
		expect(summary.bottlenecks.length).toBeGreaterThan(0);
		const bottlenecks = table('bottlenecks');
		const message = bottlenecks.rows[0].indexOf('message');
		expect(bottlenecks.rows[1][message]).toBe(summary.bottlenecks[0].message);
		expect(summary.bottlenecks[0].message).not.toBe(first.bottlenecks[0]?.message);
		expect(table('waiting').rows[1].at(-1)).toBe(summary.waiting.message);
		expect(table('gaps').rows.length).toBe(summary.gaps.length + 1);
	});

	it('takes the time by step over the runs', () => {
		const steps = table('steps');
		const row = steps.rows.find((r) => r[0] === 'backlog')!;
		const step = summary.decisions.backlog.steps.find((s) => s.state === row[1])!;
		expect(row[2]).toBe(step.meanWaitDays);
	});

	it('holds the hidden work the page shows: the medians over the runs', () => {
		const rows = table('hidden-work').rows;
		const value = (figure: string, kind: string) =>
			rows.find((r) => r[0] === figure && r[1] === kind)?.[2];
		expect(value('reworkHours', 'all')).toBe(summary.hiddenWork.reworkHours);
		expect(summary.hiddenWork.reworkHours).toBeGreaterThan(0);
		expect(summary.hiddenWork.reworkHours).not.toBe(first.hiddenWork.reworkHours);
		const team = summary.hiddenWork.byRole.find((r) => r.kind === 'team')!;
		expect(value('decisionWaitHours', 'team')).toBe(team.decisionWaitHours);
		expect(value('story.raised', '')).toBe(summary.hiddenWork.exceptions.story.raised);
		expect(value('reworkRate', '')).toBe(summary.hiddenWork.reworkRate);
	});
});
