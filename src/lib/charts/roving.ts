/**
 * Keyboard movement between the marks of a chart: one Tab stop per chart, arrow keys between
 * marks (as in the ARIA grid pattern), Home and End to the ends. Pure; components call it from
 * their keydown handler and focus the mark at the returned index.
 */
export function nextIndex(
	key: string,
	index: number,
	count: number,
	columns = count
): number | null {
	if (count <= 0) return null;
	const cols = Math.max(1, Math.min(columns, count));
	switch (key) {
		case 'ArrowRight':
			return Math.min(count - 1, index + 1);
		case 'ArrowLeft':
			return Math.max(0, index - 1);
		case 'ArrowDown':
			return index + cols < count
				? index + cols
				: cols === count
					? Math.min(count - 1, index + 1)
					: index;
		case 'ArrowUp':
			return index - cols >= 0 ? index - cols : cols === count ? Math.max(0, index - 1) : index;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/** The mark (an element with `data-index`) an event happened on, and its index. */
export function markOf(event: Event): { element: Element; index: number } | null {
	const element = (event.target as Element | null)?.closest?.('[data-index]');
	if (!element) return null;
	const index = Number(element.getAttribute('data-index'));
	return Number.isInteger(index) ? { element, index } : null;
}

/**
 * Handles a keydown on (or bubbling from) a mark that carries `data-index`: moves focus to the
 * mark with the next index inside the closest `[data-roving]` container. Returns the new index,
 * or null.
 */
export function moveFocus(event: KeyboardEvent, count: number, columns?: number): number | null {
	const mark = markOf(event);
	if (!mark) return null;
	const { element: target, index } = mark;
	const next = nextIndex(event.key, index, count, columns);
	if (next === null) return null;
	event.preventDefault();
	const container = target.closest('[data-roving]');
	const nextMark = container?.querySelector<SVGElement | HTMLElement>(`[data-index="${next}"]`);
	nextMark?.focus();
	return next;
}
