import type { Scenario } from '$lib/scenario';
import type { SavedEntry } from '$lib/saved/store';

/** What a saved scenario's button does: follow a link, or hand the scenario to the host. */
export interface OpenAction {
	label: string;
	/** A link to the saved scenario (the default opens it on this page). */
	href?: (entry: SavedEntry) => string;
	/** Or an action that takes the saved scenario. */
	onopen?: (scenario: Scenario, entry: SavedEntry) => void;
}
