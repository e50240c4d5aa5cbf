/**
 * Display modes of a results page, read from the URL beside the scenario:
 *
 *   ?embed=1    for an iframe: no settings panel, the views and the timeline only
 *   ?present=1  presentation: large type, one view at a time, arrow keys to move
 *   &view=<id>  with present: the slide shown (a figure's `data-view` id, `summary`, or a number);
 *               with embed: the one view to show
 *
 * These keys are not scenario settings, so the page removes them before reading the scenario
 * (`scenarioParams`), or the scenario codec would report them as unknown settings.
 */

export interface DisplayMode {
	embed: boolean;
	present: boolean;
	/** The slide to start on in presentation mode, as given (an id or a 1-based number). */
	view: string | null;
}

export const DISPLAY_KEYS = ['embed', 'present', 'view'] as const;

const ON = new Set(['1', 'true', 'yes', 'on', '']);

function flag(params: URLSearchParams, key: string): boolean {
	const value = params.get(key);
	return value !== null && ON.has(value.trim().toLowerCase());
}

export function readDisplayMode(params: URLSearchParams): DisplayMode {
	const embed = flag(params, 'embed');
	// An embedded page stays an embed: presentation needs the keyboard and the whole screen.
	const present = !embed && flag(params, 'present');
	const view = params.get('view');
	return { embed, present, view: view && view.trim() ? view.trim().slice(0, 40) : null };
}

/** The scenario's own parameters: the URL's without the display keys. */
export function scenarioParams(params: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams();
	for (const [key, value] of params) {
		if (!(DISPLAY_KEYS as readonly string[]).includes(key)) out.append(key, value);
	}
	return out;
}

/** A query for a display mode: the scenario's query with the mode's keys after it. */
export function displayQuery(scenarioQuery: string, mode: Partial<DisplayMode>): string {
	const params = scenarioParams(new URLSearchParams(scenarioQuery.replace(/^\?/, '')));
	if (mode.embed) params.set('embed', '1');
	else if (mode.present) params.set('present', '1');
	if ((mode.present || mode.embed) && mode.view) params.set('view', mode.view);
	return params.toString();
}

/**
 * The query with `view` set to a slide, every other part kept as given (rejected parts too, so
 * their messages stay); null when it already names that slide.
 */
export function slideQuery(search: string, id: string): string | null {
	const params = new URLSearchParams(search.replace(/^\?/, ''));
	if (params.get('view') === id) return null;
	params.set('view', id);
	return params.toString();
}
