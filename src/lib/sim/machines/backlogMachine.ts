import { setup } from 'xstate';
import type { StateMeta } from './stateMeta';

export type BacklogEvent =
	| { type: 'ITEM.ADDED' }
	| { type: 'ITEM.REFINED' }
	| { type: 'ITEM.ORDERED' }
	| { type: 'ITEM.PLANNED' }
	| { type: 'ITEM.QUESTION_ASKED' }
	| { type: 'ITEM.ANSWERED' }
	| { type: 'ITEM.DECIDED_BY_DEFAULT' }
	| { type: 'ITEM.BUILT' }
	| { type: 'ITEM.ACCEPTED' }
	| { type: 'ITEM.REJECTED' };

/**
 * A backlog item (PRODUCT.md, "Decision flows"): refined into a story with acceptance criteria
 * and ordered by the PO, planned at the next sprint boundary, built by the developers with a
 * clarification loop (a developer asks, the PO answers, the work waits), accepted by the PO.
 * Hidden work (issue 9, the Virtual Design Team's model): a developer who waits past their patience
 * decides by default and carries on, and an item can fail acceptance and go back to development
 * for a rework pass: both loops run through this chart.
 */
export const backlogMachine = setup({
	types: {
		events: {} as BacklogEvent,
		meta: {} as StateMeta
	}
}).createMachine({
	id: 'backlog',
	initial: 'arrived',
	states: {
		arrived: {
			meta: { label: 'Arrived', role: 'po', step: 'instant', done: 'ITEM.ADDED' },
			on: { 'ITEM.ADDED': 'refining' }
		},
		refining: {
			meta: {
				label: 'Refining: story and acceptance criteria',
				waitFor: 'refinement',
				role: 'po',
				responsibility: 'backlog-refinement',
				step: 'work',
				effort: 'refineHours',
				priority: 'refine',
				done: 'ITEM.REFINED'
			},
			on: { 'ITEM.REFINED': 'ordering' }
		},
		ordering: {
			meta: {
				label: 'Ordering the backlog',
				waitFor: 'ordering',
				role: 'po',
				responsibility: 'backlog-ordering',
				step: 'work',
				effort: 'orderHours',
				priority: 'refine',
				done: 'ITEM.ORDERED'
			},
			on: { 'ITEM.ORDERED': 'awaitingSprint' }
		},
		awaitingSprint: {
			meta: {
				label: 'Waiting for sprint planning',
				waitFor: 'the next sprint',
				role: 'po',
				responsibility: 'sprint-planning',
				step: 'sprint',
				done: 'ITEM.PLANNED'
			},
			on: { 'ITEM.PLANNED': 'inDevelopment' }
		},
		inDevelopment: {
			meta: {
				label: 'In development',
				waitFor: 'a free developer',
				role: 'team',
				step: 'development',
				effort: 'devItemHours',
				priority: 'build',
				done: 'ITEM.BUILT',
				interrupt: 'ITEM.QUESTION_ASKED'
			},
			on: { 'ITEM.QUESTION_ASKED': 'awaitingAnswer', 'ITEM.BUILT': 'accepting' }
		},
		awaitingAnswer: {
			meta: {
				label: 'Waiting for an answer',
				waitFor: 'an answer',
				role: 'po',
				responsibility: 'clarifying-questions',
				step: 'work',
				effort: 'answerHours',
				priority: 'answer',
				done: 'ITEM.ANSWERED',
				otherwise: 'ITEM.DECIDED_BY_DEFAULT'
			},
			on: { 'ITEM.ANSWERED': 'inDevelopment', 'ITEM.DECIDED_BY_DEFAULT': 'inDevelopment' }
		},
		accepting: {
			meta: {
				label: 'Accepting',
				waitFor: 'acceptance',
				role: 'po',
				responsibility: 'acceptance',
				step: 'work',
				effort: 'acceptHours',
				priority: 'accept',
				done: 'ITEM.ACCEPTED',
				otherwise: 'ITEM.REJECTED'
			},
			on: { 'ITEM.ACCEPTED': 'done', 'ITEM.REJECTED': 'inDevelopment' }
		},
		done: {
			type: 'final',
			meta: { label: 'Done', role: null, step: 'final' }
		}
	}
});
