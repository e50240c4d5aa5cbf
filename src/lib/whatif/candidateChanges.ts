/**
 * The single changes a leader could make to a scenario, each as a changed scenario with a label
 * that says what the setting really does.
 *
 * What the scenario can express, and so what we offer:
 * - People in a role are set by a ratio, `teamsPerPo` (POs, or combined PM/POs) and `teamsPerPm`,
 *   and the count is ceil(teams / ratio). "One more PO" exists only when some whole ratio gives
 *   exactly one more; otherwise we offer the nearest ratio that changes the count at all, and the
 *   label gives the real count ("Add 4 POs"). `exact` says which it is.
 * - The role model: split a combined PM/PO into separate roles, combine separate ones, give a
 *   PM-only organisation POs or a PO-only one PMs, or drop one of the two separate roles.
 * - All teams have one size, so a developer cannot move between two teams; the nearest change is
 *   one developer more or fewer in every team, and the label says so.
 * Everything else (hours, demand, the model constants) is left alone: those are not structure.
 */
import {
	isScenario,
	PRODUCT_MODEL_LABELS,
	type ProductModel,
	type Scenario,
	FIELD_BY_KEY,
	type NumberField
} from '$lib/scenario';
import { costText, peopleCost, type PeopleCost } from './peopleCost';

export type ChangeKind = 'po' | 'pm' | 'pmpo' | 'role-model' | 'team-size';

export interface CandidateChange {
	/** Stable within a scenario: `po-add`, `split-role`, `team-size-up`. */
	id: string;
	kind: ChangeKind;
	/** What a leader would call it, with the real count: "Add one PO". */
	label: string;
	/** What the setting really does, in a sentence or two. */
	detail: string;
	/** The settings that change. */
	patch: Partial<Scenario>;
	scenario: Scenario;
	cost: PeopleCost;
	/** True when the count of the role moves by exactly one (or the change is not about a count). */
	exact: boolean;
}

const count = (teams: number, perPerson: number) => Math.ceil(teams / perPerson);

function ratioBounds(key: 'teamsPerPo' | 'teamsPerPm'): { min: number; max: number } {
	const field = FIELD_BY_KEY.get(key) as NumberField;
	return { min: field.min, max: field.max };
}

/**
 * The ratio nearest to `ratio` that moves the head count in the given direction, or null when no
 * whole ratio within bounds does. The count falls as the ratio grows, so the first ratio that
 * changes the count changes it the least.
 */
export function nearestRatio(
	teams: number,
	ratio: number,
	direction: 'more' | 'fewer',
	bounds: { min: number; max: number }
): number | null {
	const now = count(teams, ratio);
	if (direction === 'more') {
		for (let r = Math.min(ratio - 1, bounds.max); r >= bounds.min; r--) {
			if (count(teams, r) > now) return r;
		}
	} else {
		for (let r = Math.max(ratio + 1, bounds.min); r <= bounds.max; r++) {
			if (count(teams, r) < now) return r;
		}
	}
	return null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function perTeams(role: string, ratio: number): string {
	return ratio === 1 ? `a ${role} for every team` : `a ${role} per ${ratio} teams`;
}

interface RatioRole {
	kind: 'po' | 'pm' | 'pmpo';
	key: 'teamsPerPo' | 'teamsPerPm';
	one: string;
	many: string;
}

const RATIO_ROLES: Record<'po' | 'pm' | 'pmpo', RatioRole> = {
	po: { kind: 'po', key: 'teamsPerPo', one: 'PO', many: 'POs' },
	pm: { kind: 'pm', key: 'teamsPerPm', one: 'PM', many: 'PMs' },
	pmpo: {
		kind: 'pmpo',
		key: 'teamsPerPo',
		one: 'combined PM/PO',
		many: 'combined PM/POs'
	}
};

/** Which ratio roles a model has. */
const ROLES_OF_MODEL: Record<ProductModel, RatioRole[]> = {
	separate: [RATIO_ROLES.pm, RATIO_ROLES.po],
	combined: [RATIO_ROLES.pmpo],
	'pm-only': [RATIO_ROLES.pm],
	'po-only': [RATIO_ROLES.po]
};

function ratioChanges(
	base: Scenario,
	role: RatioRole
): Omit<CandidateChange, 'cost' | 'scenario'>[] {
	const ratio = base[role.key];
	const now = count(base.teams, ratio);
	const out: Omit<CandidateChange, 'cost' | 'scenario'>[] = [];
	for (const direction of ['more', 'fewer'] as const) {
		const next = nearestRatio(base.teams, ratio, direction, ratioBounds(role.key));
		if (next === null) continue;
		const after = count(base.teams, next);
		const moved = Math.abs(after - now);
		const exact = moved === 1;
		const verb = direction === 'more' ? 'Add' : 'Remove';
		const amount = exact ? 'one' : String(moved);
		const label = `${verb} ${amount} ${exact ? role.one : role.many}`;
		const why = exact
			? ''
			: ` Moving by exactly one is not expressible: every ${role.one} serves the same number of teams, and no whole number of teams per ${role.one} gives ${now + (direction === 'more' ? 1 : -1)}.`;
		out.push({
			id: `${role.kind}-${direction === 'more' ? 'add' : 'remove'}`,
			kind: role.kind,
			label,
			detail:
				`One ${role.one} per ${teamsWord(next)} instead of per ${teamsWord(ratio)}: ` +
				`${plural(now, role.one, role.many)} ${now === 1 ? 'becomes' : 'become'} ${after} (sets ${role.key} from ${ratio} to ${next}).` +
				why,
			patch: { [role.key]: next } as Partial<Scenario>,
			exact
		});
	}
	return out;
}

const teamsWord = (n: number) => (n === 1 ? 'team' : `${n} teams`);

function modelChanges(base: Scenario): Omit<CandidateChange, 'cost' | 'scenario'>[] {
	const pos = count(base.teams, base.teamsPerPo);
	const pms = count(base.teams, base.teamsPerPm);
	const poText = `${plural(pos, 'PO', 'POs')} (${perTeams('PO', base.teamsPerPo)})`;
	const pmText = `${plural(pms, 'PM', 'PMs')} (${perTeams('PM', base.teamsPerPm)})`;
	const to = (model: ProductModel) => `model: ${PRODUCT_MODEL_LABELS[model]}`;
	const change = (
		id: string,
		model: ProductModel,
		label: string,
		detail: string
	): Omit<CandidateChange, 'cost' | 'scenario'> => ({
		id,
		kind: 'role-model',
		label,
		detail: `${detail} (${to(model)}).`,
		patch: { model },
		exact: true
	});
	switch (base.model) {
		case 'combined':
			return [
				change(
					'split-role',
					'separate',
					'Split the combined PM/PO role',
					`The ${plural(pos, 'combined PM/PO becomes', 'combined PM/POs become')} ${poText} and ${pmText}; nobody switches between strategy and delivery any more`
				)
			];
		case 'separate':
			return [
				change(
					'combine-roles',
					'combined',
					'Combine PM and PO into one role',
					`The ${plural(pms, 'PM', 'PMs')} and ${plural(pos, 'PO', 'POs')} become ${plural(pos, 'combined PM/PO', 'combined PM/POs')} (${perTeams('combined PM/PO', base.teamsPerPo)}), who pay the context-switch cost`
				),
				change(
					'drop-pos',
					'pm-only',
					'Teams run their own backlogs',
					`The ${plural(pos, 'PO goes', 'POs go')}; the teams absorb refinement, ordering and acceptance, and the ${plural(pms, 'PM stays', 'PMs stay')}`
				),
				change(
					'drop-pms',
					'po-only',
					'Remove the PMs',
					`The ${plural(pms, 'PM goes', 'PMs go')}; nobody owns market and pricing, so leadership absorbs it or it stalls`
				)
			];
		case 'pm-only':
			return [
				change(
					'add-pos',
					'separate',
					'Give the teams POs',
					`Adds ${poText} beside the ${plural(pms, 'PM', 'PMs')}`
				)
			];
		case 'po-only':
			return [
				change(
					'add-pms',
					'separate',
					'Add PMs for market and pricing',
					`Adds ${pmText} beside the ${plural(pos, 'PO', 'POs')}`
				)
			];
	}
}

function teamSizeChanges(base: Scenario): Omit<CandidateChange, 'cost' | 'scenario'>[] {
	const field = FIELD_BY_KEY.get('teamSize') as NumberField;
	const why = `Every team has the same size in this model, so a developer cannot move between two teams; this changes all ${plural(base.teams, 'team', 'teams')}.`;
	const out: Omit<CandidateChange, 'cost' | 'scenario'>[] = [];
	if (base.teamSize < field.max) {
		out.push({
			id: 'team-size-up',
			kind: 'team-size',
			label: base.teams === 1 ? 'One more developer' : 'One more developer in every team',
			detail: `Teams of ${base.teamSize + 1} instead of ${base.teamSize}. ${why}`,
			patch: { teamSize: base.teamSize + 1 },
			exact: base.teams === 1
		});
	}
	if (base.teamSize > field.min) {
		out.push({
			id: 'team-size-down',
			kind: 'team-size',
			label: base.teams === 1 ? 'One developer fewer' : 'One developer fewer in every team',
			detail: `Teams of ${base.teamSize - 1} instead of ${base.teamSize}. ${why}`,
			patch: { teamSize: base.teamSize - 1 },
			exact: base.teams === 1
		});
	}
	return out;
}

const sameScenario = (a: Scenario, b: Scenario) =>
	(Object.keys(a) as (keyof Scenario)[]).every((key) => a[key] === b[key]);

/**
 * Every single structural change of `base` that the scenario can express, each once, none a
 * no-op, all within the schema's bounds. Order: role counts, role model, team size.
 */
export function candidateChanges(base: Scenario): CandidateChange[] {
	const drafts = [
		...ROLES_OF_MODEL[base.model].flatMap((role) => ratioChanges(base, role)),
		...modelChanges(base),
		...teamSizeChanges(base)
	];
	const out: CandidateChange[] = [];
	for (const draft of drafts) {
		const scenario = { ...base, ...draft.patch } as Scenario;
		if (!isScenario(scenario) || sameScenario(scenario, base)) continue;
		if (out.some((c) => sameScenario(c.scenario, scenario))) continue;
		out.push({ ...draft, scenario, cost: peopleCost(base, scenario) });
	}
	return out;
}

/** The cost of a change as words, for labels and tables. */
export function describeCost(change: CandidateChange): string {
	return costText(change.cost);
}
