/** A role's label without its parenthesised detail: "PM 1 (teams 1–3)" → "PM 1". */
export function shortLabel(label: string): string {
	return label.replace(/\s*\(.*\)\s*$/, '') || label;
}
