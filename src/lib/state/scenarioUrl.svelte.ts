/**
 * The main page's bridge to the address bar: one scenario, on the rules of `UrlState`. Display
 * keys (embed, present, view, slide) choose how the page shows, not what: they are not read as
 * settings, and an edit's address leaves them out.
 */
import { scenarioParams } from '$lib/components/present/displayMode';
import {
	DEFAULT_SCENARIO,
	parseScenarioParams,
	presetScenario,
	type PresetId,
	type Scenario,
	type ScenarioIssue
} from '$lib/scenario';
import { documentTitle, sameScenario, scenarioSearch } from './scenarioUrlPolicy';
import { UrlState, type EditHow, type UrlCodec, type UrlRouter } from './urlState.svelte';

export const SCENARIO_CODEC: UrlCodec<Scenario, ScenarioIssue> = {
	parse(params) {
		const { scenario, issues } = parseScenarioParams(scenarioParams(params));
		return { value: scenario, issues };
	},
	search: scenarioSearch,
	same: sameScenario,
	initial: { value: DEFAULT_SCENARIO, issues: [] }
};

export class ScenarioUrl extends UrlState<Scenario, ScenarioIssue> {
	constructor(router?: UrlRouter) {
		super(SCENARIO_CODEC, router);
	}

	get scenario(): Scenario {
		return this.value;
	}

	get title(): string {
		return documentTitle(this.scenario);
	}

	/** Changes some settings. `input` while typing or dragging, `commit` when the gesture ends. */
	update(patch: Partial<Scenario>, how: EditHow = 'commit'): void {
		this.edit({ ...this.scenario, ...patch }, how);
	}

	/** Replaces every setting with the preset's, keeping the scenario's name. */
	choosePreset(id: PresetId, how: EditHow = 'commit'): void {
		this.edit({ ...presetScenario(id), name: this.scenario.name }, how);
	}

	resetToPreset(): void {
		this.choosePreset(this.scenario.preset);
	}
}
