/**
 * A cumulative flow diagram for one decision kind: how many decisions have arrived and how many
 * have finished by the end of each week. The gap between the two lines is the work in progress,
 * and their horizontal distance the lead time (Little's law). Pure.
 */
import type { DecisionStats } from '$lib/sim/types';

export interface CumulativeFlowPoint {
	/** 0-based week index. */
	week: number;
	created: number;
	completed: number;
	/** created − completed at the end of the week. */
	inProgress: number;
}

export function cumulativeFlow(
	stats: Pick<DecisionStats, 'createdByWeek' | 'completedByWeek'>
): CumulativeFlowPoint[] {
	const weeks = Math.max(stats.createdByWeek.length, stats.completedByWeek.length);
	const points: CumulativeFlowPoint[] = [];
	let created = 0;
	let completed = 0;
	for (let week = 0; week < weeks; week++) {
		created += stats.createdByWeek[week] ?? 0;
		completed += stats.completedByWeek[week] ?? 0;
		points.push({ week, created, completed, inProgress: created - completed });
	}
	return points;
}
