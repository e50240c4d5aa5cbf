import { setup } from 'xstate';
import type { StateMeta } from './stateMeta';

export type PricingEvent =
	| { type: 'PRICING.OPENED' }
	| { type: 'PRICING.ANALYSED' }
	| { type: 'PRICING.CONSULTED' }
	| { type: 'PRICING.APPROVED' }
	| { type: 'PRICING.LAUNCHED' };

/**
 * A pricing change (PRODUCT.md, "Decision flows"): a trigger (competitor move, cost change, new
 * segment), the PM's analysis, consultation with finance, sales and marketing, leadership's
 * approval, and go-to-market work by the PM with marketing and sales.
 */
export const pricingMachine = setup({
	types: {
		events: {} as PricingEvent,
		meta: {} as StateMeta
	}
}).createMachine({
	id: 'pricing',
	initial: 'triggered',
	states: {
		triggered: {
			meta: { label: 'Triggered', role: 'pm', step: 'instant', done: 'PRICING.OPENED' },
			on: { 'PRICING.OPENED': 'analysis' }
		},
		analysis: {
			meta: {
				label: 'Pricing analysis',
				waitFor: 'pricing analysis',
				role: 'pm',
				responsibility: 'pricing',
				step: 'work',
				effort: 'pricingHours',
				priority: 'strategy',
				done: 'PRICING.ANALYSED'
			},
			on: { 'PRICING.ANALYSED': 'consultation' }
		},
		consultation: {
			meta: {
				label: 'Consultation with finance, sales, marketing',
				waitFor: 'consultation',
				role: 'stakeholders',
				responsibility: 'stakeholder-alignment',
				step: 'delay',
				done: 'PRICING.CONSULTED'
			},
			on: { 'PRICING.CONSULTED': 'approval' }
		},
		approval: {
			meta: {
				label: 'Approval by leadership',
				waitFor: 'approval',
				role: 'leadership',
				step: 'delay',
				leaders: true,
				priority: 'strategy',
				done: 'PRICING.APPROVED'
			},
			on: { 'PRICING.APPROVED': 'goToMarket' }
		},
		goToMarket: {
			meta: {
				label: 'Go-to-market with marketing and sales',
				waitFor: 'go-to-market work',
				role: 'pm',
				responsibility: 'go-to-market',
				step: 'work',
				effort: 'gtmHours',
				priority: 'strategy',
				done: 'PRICING.LAUNCHED'
			},
			on: { 'PRICING.LAUNCHED': 'done' }
		},
		done: {
			type: 'final',
			meta: { label: 'Done', role: null, step: 'final' }
		}
	}
});
