import type { DecisionStats, RoleStats, SimulationResult, Verdict } from './types';

/**
 * What the replications' bands keep of each run, and no more. The bands (`summarise`) need each
 * run's whole-run figures: per decision kind the counts, lead times and time by state; per role
 * six numbers; the run's bottlenecks, gaps and waiting shares. Everything drawn week by week,
 * the lead-time samples, the hand-offs and the coverage matrix belong to the first run alone,
 * which the charts draw in full.
 *
 * Kept as result objects, a run of 200 teams cost the page about 0.19 MB (468 role objects with
 * labels, team lists and emptied per-week arrays), so 500 runs held over 90 MB. Here the role
 * figures that change from run to run are one array of numbers per run (unboxed doubles, 8 bytes
 * each); the labels, the analytic load and the verdict (from the scenario alone, the same in
 * every run) are kept once; `results()` rebuilds lean runs for `summarise` when all are in. The
 * bands are exact percentiles, so a few numbers a role a run remain: that is the floor.
 */

/** The empty list every left-out series shares. */
export const NONE: never[] = [];

/**
 * Role figures measured in each run, in the order they are stored. `load` and
 * `demandHoursPerWeek` are analytic (demand.ts): the first run's stand for all.
 */
const ROLE_FIGURES = [
	'utilisation',
	'measuredLoad',
	'offeredHoursPerWeek',
	'queueMean',
	'waitCausedDays'
] as const satisfies readonly (keyof RoleStats)[];

/** A decision kind's figures as the bands keep them (no series, no sample, no shares). */
export function leanDecision(d: DecisionStats): DecisionStats {
	return {
		created: d.created,
		completed: d.completed,
		inProgress: d.inProgress,
		throughputPerWeek: d.throughputPerWeek,
		wipMean: d.wipMean,
		leadTimeDays: d.leadTimeDays,
		stateShare: {},
		waitShareByRole: {},
		leadTimeSample: NONE,
		createdByWeek: NONE,
		completedByWeek: NONE,
		stalled: d.stalled,
		open: d.open,
		leadTimeMeanIsLowerBound: d.leadTimeMeanIsLowerBound,
		// Time by state is only read from runs where something finished.
		steps: d.completed > 0 ? d.steps : NONE
	};
}

/**
 * One run reduced to what the bands need (the worker sends this for every run; the CLI keeps
 * it): sentences are dropped because the bands rebuild them from the figures.
 */
export function replicaFigures(result: SimulationResult): SimulationResult {
	const { bottlenecks, waiting, gaps } = withoutSentences(result);
	return {
		seed: result.seed,
		weeks: result.weeks,
		events: result.events,
		verdict: result.verdict,
		decisions: {
			roadmap: leanDecision(result.decisions.roadmap),
			backlog: leanDecision(result.decisions.backlog),
			pricing: leanDecision(result.decisions.pricing)
		},
		roles: result.roles.map((r) => ({
			...r,
			teams: NONE,
			utilisationByWeek: NONE,
			queueByWeek: NONE
		})),
		handoffs: NONE,
		bottlenecks,
		waiting,
		gaps,
		coverage: NONE,
		hiddenWork: result.hiddenWork
	};
}

/**
 * A run's bottlenecks, waiting and gaps with their sentences dropped: the bands rebuild them
 * from the figures. (The rest of the run as it is.)
 */
export function withoutSentences<
	T extends Pick<SimulationResult, 'bottlenecks' | 'waiting' | 'gaps'>
>(result: T): T {
	return {
		...result,
		bottlenecks: result.bottlenecks.map((b) => ({ ...b, message: '' })),
		waiting: { ...result.waiting, message: '' },
		gaps: result.gaps.map((g) => ({ ...g, message: '' }))
	};
}

type RunRest = Omit<SimulationResult, 'roles' | 'verdict'>;

/** The runs of one scenario as they come in, in any order, kept compact until all are in. */
export class ReplicaStore {
	readonly runs: number;
	#received = 0;
	#roles: RoleStats[] | null = null;
	#verdict: Verdict | null = null;
	readonly #roleFigures: (number[] | undefined)[];
	readonly #rest: (RunRest | undefined)[];

	constructor(runs: number) {
		this.runs = runs;
		this.#roleFigures = new Array(runs);
		this.#rest = new Array(runs);
	}

	get received(): number {
		return this.#received;
	}

	get complete(): boolean {
		return this.#received === this.runs;
	}

	/** Keeps run `index`; false when it was already in (a replaced worker may send it twice). */
	add(index: number, result: SimulationResult): boolean {
		if (this.#rest[index]) return false;
		const { roles, verdict, ...rest } = result;
		if (!this.#roles) {
			// Ids, kinds and capacities are the scenario's; the per-run figures go in the array.
			this.#roles = roles.map((r) => ({
				...r,
				teams: NONE,
				utilisationByWeek: NONE,
				queueByWeek: NONE
			}));
			this.#verdict = verdict;
		}
		// A plain array of numbers is stored unboxed, on the heap the page measures.
		const figures = new Array<number>(roles.length * ROLE_FIGURES.length);
		roles.forEach((role, i) => {
			ROLE_FIGURES.forEach((key, f) => {
				figures[i * ROLE_FIGURES.length + f] = role[key];
			});
		});
		this.#roleFigures[index] = figures;
		this.#rest[index] = { ...rest, handoffs: NONE, coverage: NONE };
		this.#received++;
		return true;
	}

	/** The runs in index order, rebuilt for `summarise`; throws until every run is in. */
	results(): SimulationResult[] {
		if (!this.complete || !this.#roles || !this.#verdict) {
			throw new Error(`${this.#received} of ${this.runs} runs are in`);
		}
		const template = this.#roles;
		const verdict = this.#verdict;
		return this.#rest.map((rest, index) => {
			const figures = this.#roleFigures[index]!;
			const roles = template.map((role, i) => {
				const out: RoleStats = { ...role };
				ROLE_FIGURES.forEach((key, f) => {
					out[key] = figures[i * ROLE_FIGURES.length + f];
				});
				return out;
			});
			return { ...rest!, verdict, roles };
		});
	}
}
