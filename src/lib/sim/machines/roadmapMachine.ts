import { setup } from 'xstate';
import type { StateMeta } from './stateMeta';

export type RoadmapEvent =
	| { type: 'ROADMAP.OPENED' }
	| { type: 'ROADMAP.RESEARCHED' }
	| { type: 'ROADMAP.ALIGNED' }
	| { type: 'ROADMAP.DECIDED' }
	| { type: 'ROADMAP.CASCADED' };

/**
 * A roadmap decision (PRODUCT.md, "Decision flows"): the PM researches, stakeholders align, the
 * PM decides, and each affected team's PO turns it into backlog items.
 */
export const roadmapMachine = setup({
	types: {
		events: {} as RoadmapEvent,
		meta: {} as StateMeta
	}
}).createMachine({
	id: 'roadmap',
	initial: 'proposed',
	states: {
		proposed: {
			meta: { label: 'Proposed', role: 'pm', step: 'instant', done: 'ROADMAP.OPENED' },
			on: { 'ROADMAP.OPENED': 'discovery' }
		},
		discovery: {
			meta: {
				label: 'Discovery and research',
				waitFor: 'discovery',
				role: 'pm',
				responsibility: 'market-research',
				step: 'work',
				effort: 'discoveryHours',
				priority: 'strategy',
				done: 'ROADMAP.RESEARCHED'
			},
			on: { 'ROADMAP.RESEARCHED': 'alignment' }
		},
		alignment: {
			meta: {
				label: 'Alignment with leadership, sales, marketing',
				waitFor: 'alignment',
				role: 'stakeholders',
				responsibility: 'stakeholder-alignment',
				step: 'delay',
				leaders: true,
				priority: 'strategy',
				done: 'ROADMAP.ALIGNED'
			},
			on: { 'ROADMAP.ALIGNED': 'deciding' }
		},
		deciding: {
			meta: {
				label: 'Deciding',
				waitFor: 'a decision',
				role: 'pm',
				responsibility: 'roadmap',
				step: 'work',
				effort: 'decideHours',
				priority: 'strategy',
				done: 'ROADMAP.DECIDED'
			},
			on: { 'ROADMAP.DECIDED': 'cascading' }
		},
		cascading: {
			meta: {
				label: 'Cascading into team backlogs',
				waitFor: 'the cascade into backlogs',
				role: 'po',
				responsibility: 'backlog-refinement',
				step: 'fanout',
				effort: 'cascadeHours',
				priority: 'cascade',
				done: 'ROADMAP.CASCADED'
			},
			on: { 'ROADMAP.CASCADED': 'done' }
		},
		done: {
			type: 'final',
			meta: { label: 'Done', role: null, step: 'final' }
		}
	}
});
