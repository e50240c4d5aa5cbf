/**
 * Messages between the page and the meeting-room worker (`whatif.worker.ts`), and the plain
 * function that answers them, so the worker file is only wiring and the logic is tested in Node.
 */
import type { Scenario } from '$lib/scenario';
import { candidateChanges } from './candidateChanges';
import { evaluateScenario, replicationSeeds, type Evaluation } from './evaluate';
import type { LeadTimeMetric } from './leadTimeScore';
import { rankChanges, type Ranking, type RunScenario } from './rankChanges';

export type MeetingRequest =
	| { type: 'rank'; id: number; scenario: Scenario; metric: LeadTimeMetric }
	| { type: 'evaluate'; id: number; scenarios: Scenario[] };

export type MeetingResponse =
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'ranking'; id: number; ranking: Ranking; ms: number }
	| { type: 'evaluation'; id: number; evaluations: Evaluation[]; ms: number }
	| { type: 'error'; id: number; message: string };

/** At most this many replications per scenario for suggestions (the page's default is 20). */
export const WHATIF_MAX_RUNS = 20;
/** Fewer runs than this cannot separate a change from noise. */
export const WHATIF_MIN_RUNS = 5;
/**
 * Team-weeks one scenario's replications may simulate for suggestions: 20 runs of the default
 * 8 teams × 26 weeks. Large organisations get fewer runs (never fewer than WHATIF_MIN_RUNS), so
 * ranking every change stays within seconds. It depends on the scenario's size only, not on how
 * many changes there are, so a change once applied is measured on the same runs it promised.
 */
export const WHATIF_TEAM_WEEKS = 8 * 26 * WHATIF_MAX_RUNS;

export function whatIfRuns(scenario: Scenario): number {
	const affordable = Math.floor(WHATIF_TEAM_WEEKS / (scenario.teams * scenario.weeks));
	return Math.max(
		Math.min(WHATIF_MIN_RUNS, scenario.runs),
		Math.min(scenario.runs, WHATIF_MAX_RUNS, affordable)
	);
}

/** Posts progress at most every `ms` milliseconds, and always the last step. */
export function throttledProgress(
	post: (done: number, total: number) => void,
	now: () => number,
	ms = 50
): (done: number, total: number) => void {
	let last = -Infinity;
	return (done, total) => {
		const t = now();
		if (done === total || t - last >= ms) {
			last = t;
			post(done, total);
		}
	};
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Answers one request: progress messages on the way, then the result or an error. */
export function answer(
	request: MeetingRequest,
	run: RunScenario,
	post: (message: MeetingResponse) => void,
	now: () => number = () => performance.now()
): void {
	const { id } = request;
	const started = now();
	const progress = throttledProgress(
		(done, total) => post({ type: 'progress', id, done, total }),
		now
	);
	try {
		if (request.type === 'rank') {
			const ranking = rankChanges(request.scenario, candidateChanges(request.scenario), {
				run,
				seeds: replicationSeeds(request.scenario.seed, whatIfRuns(request.scenario)),
				metric: request.metric,
				onProgress: progress
			});
			post({ type: 'ranking', id, ranking, ms: now() - started });
		} else {
			const total = request.scenarios.reduce((s, sc) => s + sc.runs, 0);
			let before = 0;
			const evaluations = request.scenarios.map((scenario) => {
				const evaluation = evaluateScenario(scenario, run, scenario.runs, (done) =>
					progress(before + done, total)
				);
				before += scenario.runs;
				return evaluation;
			});
			post({ type: 'evaluation', id, evaluations, ms: now() - started });
		}
	} catch (error) {
		post({ type: 'error', id, message: messageOf(error) });
	}
}
