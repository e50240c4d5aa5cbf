/**
 * What a report link asks for: one scenario (the main page's query) or a comparison (the compare
 * page's), with what could not be read, the report's title, and the way back to the live page.
 */
import {
	DEFAULT_SCENARIO,
	parseScenarioParams,
	scenarioTitle,
	toQueryString,
	type Scenario
} from '$lib/scenario';
import { compareQuery, isCompareQuery, parseCompareParams } from '../compare/compareParams';

export interface ReportRequest {
	/** One scenario, or A and B. */
	scenarios: Scenario[];
	/** Each part of the link that could not be used, in words. */
	issues: string[];
	compare: boolean;
}

/** Before the page has its query (prerendered), the default scenario. */
export const PENDING_REPORT: ReportRequest = {
	scenarios: [DEFAULT_SCENARIO],
	issues: [],
	compare: false
};

export function readReport(params: URLSearchParams): ReportRequest {
	if (isCompareQuery(params)) {
		const c = parseCompareParams(params);
		return { scenarios: [c.a, c.b], issues: c.issues.map((i) => i.message), compare: true };
	}
	const p = parseScenarioParams(params);
	return { scenarios: [p.scenario], issues: p.issues.map((i) => i.message), compare: false };
}

export function reportTitle(report: ReportRequest): string {
	const [first, second] = report.scenarios;
	return report.compare
		? `${scenarioTitle(first)} compared with ${scenarioTitle(second)}`
		: scenarioTitle(first);
}

/** The live page the report was printed from: the comparison, or the scenario alone. */
export function livePath(report: ReportRequest): `/compare?${string}` | `/?${string}` {
	const [first, second] = report.scenarios;
	return report.compare ? `/compare?${compareQuery(first, second)}` : `/?${toQueryString(first)}`;
}

/** The report's date, as a client reads it: "29 November 2026". */
export function reportDate(date: Date): string {
	return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
