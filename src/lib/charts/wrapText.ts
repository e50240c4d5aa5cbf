/**
 * Breaks a label into lines of at most `maxChars` characters at spaces, at most `maxLines` lines,
 * the last ending in "…" when the text does not fit. SVG text does not wrap by itself, and
 * measuring in the DOM would cost a layout per label, so widths are estimated from characters.
 */
export function wrapText(text: string, maxChars: number, maxLines = 2): string[] {
	const limit = Math.max(4, Math.floor(maxChars));
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (next.length <= limit) {
			line = next;
			continue;
		}
		if (line) lines.push(line);
		line = word.length > limit ? word.slice(0, limit - 1) + '…' : word;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1];
	kept[maxLines - 1] =
		(last.length >= limit ? last.slice(0, limit - 1) : last).replace(/[\s:,;]+$/, '') + '…';
	return kept;
}
