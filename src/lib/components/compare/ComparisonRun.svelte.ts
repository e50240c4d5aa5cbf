/**
 * Simulates the one or two scenarios a comparison shows, in the worker, and says whether what it
 * shows is still theirs. A burst of edits starts one run, `delay` ms after the last.
 */
import { untrack } from 'svelte';
import type { Scenario } from '$lib/scenario';
import { evaluationTask } from '$lib/components/whatif/MeetingTask.svelte';
import type { ComparedSide } from './compareCharts';
import { comparedSides, scenariosKey } from './comparedSides';

export class ComparisonRun {
	readonly task = evaluationTask();
	#key = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** The shown result is of other scenarios than the last asked for (a run is under way). */
	get stale(): boolean {
		return this.task.resultKey !== this.#key;
	}

	run(scenarios: Scenario[], delay = 0): void {
		const key = scenariosKey(scenarios);
		this.#key = key;
		clearTimeout(this.#timer);
		// Run from an effect, the start must not make it depend on the task's own state.
		const start = () => untrack(() => this.task.start(key, { type: 'evaluate', scenarios }));
		if (delay > 0) this.#timer = setTimeout(start, delay);
		else start();
	}

	/** The last result under these names; null before the first. */
	sides(names: string[]): ComparedSide[] | null {
		return comparedSides(this.task.result, names);
	}

	destroy(): void {
		clearTimeout(this.#timer);
		this.task.destroy();
	}
}
