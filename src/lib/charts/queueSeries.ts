/**
 * Work waiting over time, per role kind: the sum of every role's weekly mean queue. Pure.
 */
import { ROLE_KINDS, type RoleKind, type RoleStats } from '$lib/sim/types';

export interface KindSeries {
	kind: RoleKind;
	/** How many roles of this kind the sum covers. */
	roles: number;
	values: number[];
}

/** One series per role kind present, in ROLE_KINDS order, each `weeks` long (missing weeks are 0). */
export function queueSeriesByKind(roles: readonly RoleStats[], weeks: number): KindSeries[] {
	const out: KindSeries[] = [];
	for (const kind of ROLE_KINDS) {
		const ofKind = roles.filter((r) => r.kind === kind);
		if (!ofKind.length) continue;
		const values = new Array<number>(weeks).fill(0);
		for (const role of ofKind) {
			for (let w = 0; w < weeks && w < role.queueByWeek.length; w++)
				values[w] += role.queueByWeek[w];
		}
		out.push({ kind, roles: ofKind.length, values });
	}
	return out;
}
