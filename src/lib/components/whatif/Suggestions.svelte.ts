/**
 * The page's one what-if ranking, shared by the advice lines under the verdict and the what-if
 * panel, so both show the same tested changes in the same order. The results view calls
 * `follow(scenario, ready)` on every scenario it shows: while the scenario's own simulation runs
 * the ranking waits (and a ranking of an older scenario is stopped, so an edit cancels it); once
 * the simulation is done the ranking starts in the meeting-room worker, with progress.
 */
import { toQueryString, type Scenario } from '$lib/scenario';
import type { LeadTimeMetric } from '$lib/whatif/leadTimeScore';
import type { Ranking } from '$lib/whatif/rankChanges';
import { rankingTask, type MeetingTask } from './MeetingTask.svelte';
import { readAutoTest, writeAutoTest } from './autoTestPreference';

/** The key of one ranking: the metric and every setting but the name. */
export function rankingKey(metric: LeadTimeMetric, scenario: Scenario): string {
	return `${metric}|${toQueryString({ ...scenario, name: '' })}`;
}

export class Suggestions {
	readonly task: MeetingTask<Ranking>;
	#metric = $state<LeadTimeMetric>('all');
	#scenario = $state.raw<Scenario | null>(null);
	#ready = $state(false);
	#auto: boolean;
	readonly #followsPreference: boolean;

	/** `followsPreference: false` for a panel's own ranking, which starts on its button instead. */
	constructor(task: MeetingTask<Ranking> = rankingTask(), followsPreference = true) {
		this.task = task;
		this.#followsPreference = followsPreference;
		this.#auto = $state(followsPreference ? readAutoTest() : true);
	}

	get metric(): LeadTimeMetric {
		return this.#metric;
	}
	set metric(metric: LeadTimeMetric) {
		this.#metric = metric;
		this.#start();
	}
	/** The key of the ranking that belongs to the scenario on screen. */
	get key(): string {
		return this.#scenario ? rankingKey(this.#metric, this.#scenario) : '';
	}
	/** The ranking, when it belongs to the scenario on screen. */
	get current(): Ranking | null {
		return this.task.resultKey === this.key ? this.task.result : null;
	}
	/** Whether the ranking starts by itself once the simulation is done (a saved preference). */
	get auto(): boolean {
		return this.#auto;
	}
	set auto(on: boolean) {
		this.#auto = on;
		if (this.#followsPreference) writeAutoTest(on);
		if (on) this.#start();
	}
	/** True until the scenario's own simulation is done. */
	get waiting(): boolean {
		return !this.#ready;
	}

	/** The scenario on screen; `ready` once its simulation (and replications) are done. */
	follow(scenario: Scenario, ready: boolean): void {
		this.#scenario = scenario;
		this.#ready = ready;
		if (!ready || !this.#auto) {
			if (this.task.busy) this.task.stop();
		} else this.#start();
	}

	/** Runs the ranking now: after a cancel or an error, or when it does not start by itself. */
	retry(): void {
		this.#start();
	}

	destroy(): void {
		this.task.destroy();
	}

	#start(): void {
		const scenario = this.#scenario;
		if (!scenario || !this.#ready) return;
		this.task.start(rankingKey(this.#metric, scenario), {
			type: 'rank',
			scenario,
			metric: this.#metric
		});
	}
}
