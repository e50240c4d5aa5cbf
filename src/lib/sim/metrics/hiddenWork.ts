import type { Scenario } from '../../scenario/index';
import { EXCEPTION_KINDS, type ExceptionCounts, type ExceptionKind } from '../hiddenLedger';
import { HOURS_PER_DAY } from '../org';
import type { RunTotals } from '../runTotals';
import { ROLE_KINDS, type RoleKind } from '../types';
import { band } from './leadTime';

/**
 * Hidden work (issue 9; the Virtual Design Team's "hidden work", Levitt et al. 1999): the hours a
 * week no plan shows. Coordination is effort spent answering developers' questions and in leaders'
 * alignment and approval; rework is the development effort of rework passes; waiting is developer
 * hours blocked on an answer (clock hours). All per week over the run.
 */
export interface HiddenWorkByRole {
	kind: RoleKind;
	coordinationHours: number;
	reworkHours: number;
	decisionWaitHours: number;
}

export interface HiddenWork {
	coordinationHours: number;
	reworkHours: number;
	decisionWaitHours: number;
	/** Per role kind present in the organisation, in ROLE_KINDS order. */
	byRole: HiddenWorkByRole[];
	/** Questions by what they ask about: the story (the PO's) or roadmap scope (the PM's). */
	exceptions: Record<ExceptionKind, ExceptionCounts>;
	/** Share of questions decided by default. */
	defaultRate: number;
	/** Acceptance reviews, and the share that sent the item back for a rework pass. */
	reviews: number;
	reworkPasses: number;
	reworkRate: number;
	/** Mean working days an alignment or approval queued for a leader (null: none, or not modelled). */
	alignmentWaitDays: number | null;
}

const sum = (a: ArrayLike<number>, from: number[]) => from.reduce((s, i) => s + a[i], 0);

export function hiddenWorkOf(totals: RunTotals): HiddenWork {
	const h = totals.hidden;
	const roles = totals.org.roles;
	const perWeek = 1 / totals.weeks;
	const byRole: HiddenWorkByRole[] = [];
	for (const kind of ROLE_KINDS) {
		const stations = roles.flatMap((r, i) => (r.kind === kind && i < h.rework.length ? [i] : []));
		if (stations.length === 0) continue;
		byRole.push({
			kind,
			coordinationHours: sum(h.coordination, stations) * perWeek,
			reworkHours: sum(h.rework, stations) * perWeek,
			decisionWaitHours: sum(h.decisionWait, stations) * perWeek
		});
	}
	const total = (pick: (r: HiddenWorkByRole) => number) => byRole.reduce((s, r) => s + pick(r), 0);
	const raised = h.exceptions.story.raised + h.exceptions.scope.raised;
	const byDefault = h.exceptions.story.byDefault + h.exceptions.scope.byDefault;
	return {
		coordinationHours: total((r) => r.coordinationHours),
		reworkHours: total((r) => r.reworkHours),
		decisionWaitHours: total((r) => r.decisionWaitHours),
		byRole,
		exceptions: { story: { ...h.exceptions.story }, scope: { ...h.exceptions.scope } },
		defaultRate: raised > 0 ? byDefault / raised : 0,
		reviews: h.reviews,
		reworkPasses: h.rejections,
		reworkRate: h.reviews > 0 ? h.rejections / h.reviews : 0,
		alignmentWaitDays:
			h.alignmentTasks > 0 ? h.alignmentWait / h.alignmentTasks / HOURS_PER_DAY : null
	};
}

const median = (values: number[]) => band(values).p50;

/** Each figure's median over runs (the page's and the CLI's one definition of a headline). */
export function medianHiddenWork(runs: HiddenWork[]): HiddenWork {
	const first = runs[0];
	const m = (pick: (h: HiddenWork) => number) => median(runs.map(pick));
	const counts = (kind: ExceptionKind): ExceptionCounts => ({
		raised: m((h) => h.exceptions[kind].raised),
		answeredByOwner: m((h) => h.exceptions[kind].answeredByOwner),
		escalated: m((h) => h.exceptions[kind].escalated),
		byDefault: m((h) => h.exceptions[kind].byDefault)
	});
	const alignment = runs.map((h) => h.alignmentWaitDays).filter((v): v is number => v !== null);
	return {
		coordinationHours: m((h) => h.coordinationHours),
		reworkHours: m((h) => h.reworkHours),
		decisionWaitHours: m((h) => h.decisionWaitHours),
		byRole: first.byRole.map((role, i) => ({
			kind: role.kind,
			coordinationHours: m((h) => h.byRole[i].coordinationHours),
			reworkHours: m((h) => h.byRole[i].reworkHours),
			decisionWaitHours: m((h) => h.byRole[i].decisionWaitHours)
		})),
		exceptions: Object.fromEntries(EXCEPTION_KINDS.map((k) => [k, counts(k)])) as Record<
			ExceptionKind,
			ExceptionCounts
		>,
		defaultRate: m((h) => h.defaultRate),
		reviews: m((h) => h.reviews),
		reworkPasses: m((h) => h.reworkPasses),
		reworkRate: m((h) => h.reworkRate),
		alignmentWaitDays: alignment.length > 0 ? median(alignment) : null
	};
}

/** No hidden work at all: a run with nothing built and no leaders (fixtures, empty runs). */
export function noHiddenWork(kinds: RoleKind[] = []): HiddenWork {
	const none = () => ({ raised: 0, answeredByOwner: 0, escalated: 0, byDefault: 0 });
	return {
		coordinationHours: 0,
		reworkHours: 0,
		decisionWaitHours: 0,
		byRole: kinds.map((kind) => ({
			kind,
			coordinationHours: 0,
			reworkHours: 0,
			decisionWaitHours: 0
		})),
		exceptions: { story: none(), scope: none() },
		defaultRate: 0,
		reviews: 0,
		reworkPasses: 0,
		reworkRate: 0,
		alignmentWaitDays: null
	};
}

const pctText = (x: number) => `${Math.round(x * 100)}%`;
const hoursText = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} h`;

/**
 * The responsibility whose absence (or overload) makes developers decide by default, in words:
 * where the questions went and why nobody answered in time.
 */
function cause(h: HiddenWork, s: Scenario): string {
	const { story, scope } = h.exceptions;
	if (s.model === 'pm-only') {
		return 'Nobody holds clarifying questions or acceptance (no PO): story questions go up to the PM, whose strategy work is long, so developers guess.';
	}
	if (s.model === 'po-only') {
		return 'Nobody holds the roadmap (no PM): scope questions go up to leadership, which answers late or not at all.';
	}
	if (s.model === 'combined') {
		return 'The combined PM/PO answers between long strategy tasks (discovery, pricing), so questions wait behind them.';
	}
	return scope.byDefault > story.byDefault
		? 'Most are scope questions left waiting while the PM is in strategy work.'
		: 'Most are story questions left waiting while the PO is busy.';
}

/** One sentence on hidden work for the page and the CLI, from the figures it shows. */
export function hiddenWorkMessage(h: HiddenWork, s: Scenario): string {
	if (s.exceptions === 'off') {
		return `Decisions by default and rework are switched off: every question is answered and every item passes acceptance. Coordination takes ${hoursText(h.coordinationHours)} a week.`;
	}
	const raised = h.exceptions.story.raised + h.exceptions.scope.raised;
	const byDefault = h.exceptions.story.byDefault + h.exceptions.scope.byDefault;
	if (raised === 0) return 'No questions were raised, so nothing was decided by default.';
	const head = `${pctText(byDefault / raised)} of developers’ questions were decided by default, and ${pctText(h.reworkRate)} of acceptance reviews sent the item back for rework (${hoursText(h.reworkHours)} of rework a week).`;
	return byDefault > 0 ? `${head} ${cause(h, s)}` : head;
}
