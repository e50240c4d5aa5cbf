/**
 * File names for downloads: readable, safe on every operating system, and saying what is inside
 * ("acme-today-lead-time-distributions.svg").
 */

/** Lower-case words joined by hyphens; letters with accents lose them; at most `max` characters. */
export function fileSlug(text: string, max = 60): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.slice(0, max).replace(/-+$/, '');
}

/** `<scenario>-<what>.<ext>`, falling back to "scenario" when the name has no usable letters. */
export function exportFileName(scenarioName: string, what: string, ext: string): string {
	const parts = [fileSlug(scenarioName) || 'scenario', fileSlug(what)].filter(Boolean);
	return `${parts.join('-')}.${ext}`;
}
