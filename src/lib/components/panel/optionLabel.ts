/**
 * Splits "PM only: teams run their own backlog" into a title and a detail, so option cards can
 * set the name in bold and the explanation beside it. Labels without a colon are all title.
 */
export function splitOptionLabel(label: string): { title: string; detail: string } {
	const at = label.indexOf(':');
	if (at < 0) return { title: label, detail: '' };
	return { title: label.slice(0, at).trim(), detail: label.slice(at + 1).trim() };
}
