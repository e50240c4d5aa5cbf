import { describe, expect, it } from 'vitest';
import { FOOTER_LINE, footerFits, layoutStatechart, rankStates } from './statechartLayout';

const states = [
	{ id: 'arrived', label: 'Arrived' },
	{ id: 'inRefinement', label: 'In refinement' },
	{ id: 'inDevelopment', label: 'In development' },
	{ id: 'awaitingAnswer', label: 'Awaiting answer' },
	{ id: 'done', label: 'Done', final: true }
];
const transitions = [
	{ from: 'arrived', to: 'inRefinement', event: 'ITEM.ARRIVED' },
	{ from: 'inRefinement', to: 'inDevelopment', event: 'ITEM.REFINED' },
	{ from: 'inDevelopment', to: 'awaitingAnswer', event: 'QUESTION.ASKED' },
	{ from: 'awaitingAnswer', to: 'inDevelopment', event: 'QUESTION.ANSWERED' },
	{ from: 'inDevelopment', to: 'done', event: 'ITEM.BUILT' }
];

describe('rankStates(ids, initial, transitions)', () => {
	it('ranks states along the longest loop-free path from the initial state', () => {
		const rank = rankStates(
			states.map((s) => s.id),
			'arrived',
			transitions
		);
		expect(Object.fromEntries(rank)).toEqual({
			arrived: 0,
			inRefinement: 1,
			inDevelopment: 2,
			awaitingAnswer: 3,
			done: 3
		});
	});
});

describe('layoutStatechart(states, initial, transitions, { width })', () => {
	it('runs left to right when the boxes fit, and marks the answer loop as a loop', () => {
		const layout = layoutStatechart(states, 'arrived', transitions, { width: 900 });
		expect(layout.orientation).toBe('horizontal');
		const xs = layout.states.map((s) => Math.round(s.x));
		expect(xs[0]).toBeLessThan(xs[1]);
		expect(xs[3]).toBe(xs[4]);
		expect(layout.transitions.filter((t) => t.isLoop).map((t) => t.transition.event)).toEqual([
			'QUESTION.ANSWERED'
		]);
	});

	it('turns top to bottom on a phone and keeps every box inside the width', () => {
		const layout = layoutStatechart(states, 'arrived', transitions, { width: 320 });
		expect(layout.orientation).toBe('vertical');
		for (const s of layout.states) {
			expect(s.x - s.width / 2).toBeGreaterThanOrEqual(0);
			expect(s.x + s.width / 2).toBeLessThanOrEqual(320);
		}
	});

	it('draws every transition between known states', () => {
		const layout = layoutStatechart(
			states,
			'arrived',
			[...transitions, { from: 'done', to: 'nowhere', event: 'X' }],
			{ width: 900 }
		);
		expect(layout.transitions.length).toBe(transitions.length);
		expect(layout.transitions.every((t) => t.d.startsWith('M'))).toBe(true);
	});

	it('puts a long holder on its own line above the share, and makes every box of that chart taller', () => {
		const short = layoutStatechart(states, 'arrived', transitions, {
			width: 900,
			holder: () => 'PO'
		});
		const long = layoutStatechart(states, 'arrived', transitions, {
			width: 900,
			holder: (id) => (id === 'inRefinement' ? 'Leadership (absorbed)' : 'PO')
		});
		expect(short.states.map((s) => s.footerStacked)).toEqual(states.map(() => false));
		expect(long.states.map((s) => s.footerStacked)).toEqual([false, true, false, false, false]);
		expect(long.states[0].height - short.states[0].height).toBe(FOOTER_LINE);
		expect(long.states[1].holderLines).toEqual(['Leadership (absorbed)']);
	});

	it('breaks a holder wider than its box over two lines, and makes the boxes two lines taller', () => {
		const holder = (id: string) => (id === 'inRefinement' ? 'Leadership (absorbed)' : 'PO');
		const short = layoutStatechart(states, 'arrived', transitions, { width: 560 });
		const long = layoutStatechart(states, 'arrived', transitions, { width: 560, holder });
		expect(long.orientation).toBe('horizontal');
		expect(long.states[1].holderLines).toEqual(['Leadership', '(absorbed)']);
		expect(long.states[0].holderLines).toEqual(['PO']);
		expect(long.states[0].height - short.states[0].height).toBe(2 * FOOTER_LINE);
	});
});

describe('footerFits(holder, boxWidth)', () => {
	it.each([
		{ holder: 'PO', width: 104, expected: true },
		{ holder: null, width: 104, expected: true },
		{ holder: 'Leadership (absorbed)', width: 148, expected: false },
		{ holder: 'Leadership (absorbed)', width: 190, expected: true }
	])('$holder in $width px: $expected', ({ holder, width, expected }) => {
		expect(footerFits(holder, width)).toBe(expected);
	});
});
