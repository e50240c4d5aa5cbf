/** Week ticks that fit the width: whole weeks, shown 1-based, at most one every ~56 px. */
export function weekTicks(weeks: number, innerWidth: number): number[] {
	if (weeks <= 0) return [];
	const room = Math.max(2, Math.floor(innerWidth / 56));
	const candidates = [1, 2, 5, 10, 13, 26, 52];
	const step = candidates.find((s) => weeks / s <= room) ?? Math.ceil(weeks / room);
	const ticks: number[] = [];
	// Tick values are 0-based week indexes labelled index + 1: week 1, then multiples of the step.
	ticks.push(0);
	for (let w = step - 1; w < weeks; w += step) if (w > 0) ticks.push(w);
	return ticks;
}
