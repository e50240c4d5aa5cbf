import { describe, expect, it } from 'vitest';
import { presetScenario } from '$lib/scenario';
import { runReplications, runSimulation, toSummaryJson } from '$lib/sim';
import { decisionsTable, resultsCsvTables } from './resultsCsv';

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
