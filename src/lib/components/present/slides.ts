/**
 * Moving through a presentation: which slide a key leads to. Arrow keys, Page Up/Down and the
 * space bar step; Home and End jump; a number key 1–9 goes to that slide.
 */

export function slideForKey(
	key: string,
	current: number,
	total: number,
	shift = false
): number | null {
	if (total <= 0) return null;
	const clamp = (i: number) => Math.max(0, Math.min(total - 1, i));
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return clamp(current + 1);
		case ' ':
			return clamp(current + (shift ? -1 : 1));
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return clamp(current - 1);
		case 'Home':
			return 0;
		case 'End':
			return total - 1;
		default:
			if (/^[1-9]$/.test(key) && Number(key) <= total) return Number(key) - 1;
			return null;
	}
}

/** The starting slide from `view=`: a slide id, or a 1-based number; otherwise the first. */
export function startSlide(view: string | null, ids: readonly string[]): number {
	if (!view) return 0;
	const byId = ids.indexOf(view);
	if (byId >= 0) return byId;
	const n = Number(view);
	return Number.isInteger(n) && n >= 1 && n <= ids.length ? n - 1 : 0;
}

/**
 * Where a slide laid out at its natural size sits in the room it has: scaled down to fit both
 * ways, or up until it fills the width (a projector gets large type), and centred.
 */
export function slideFit(
	room: { width: number; height: number },
	slide: { width: number; height: number },
	maxScale = Number.POSITIVE_INFINITY
): { scale: number; x: number; y: number } {
	if (room.width <= 0 || room.height <= 0 || slide.width <= 0 || slide.height <= 0) {
		return { scale: 1, x: 0, y: 0 };
	}
	const scale = Math.min(room.width / slide.width, room.height / slide.height, maxScale);
	return {
		scale,
		x: Math.max(0, (room.width - slide.width * scale) / 2),
		y: Math.max(0, (room.height - slide.height * scale) / 2)
	};
}
