import type { Scenario, ScenarioIssue } from '$lib/scenario';
import { parseVaries, readSweepLink, VaryError, type Vary } from '$lib/sweep';

export interface SweepPage {
	scenario: Scenario;
	issues: ScenarioIssue[];
	/** The checked sweep, or null with `problem` saying why (no vary, or a bad one). */
	vary: Vary[] | null;
	problem: string;
}

/** What /sweep shows for its link: the scenario (with its issues) and the sweep, or why not. */
export function readSweepPage(params: URLSearchParams): SweepPage {
	const { scenario, issues, vary: specs } = readSweepLink(params);
	if (specs.length === 0) {
		return { scenario, issues, vary: null, problem: 'Choose a setting to sweep.' };
	}
	try {
		return { scenario, issues, vary: parseVaries(specs), problem: '' };
	} catch (error) {
		if (error instanceof VaryError) {
			return {
				scenario,
				issues,
				vary: null,
				problem: `The sweep in this link cannot run: ${error.message}.`
			};
		}
		throw error;
	}
}
