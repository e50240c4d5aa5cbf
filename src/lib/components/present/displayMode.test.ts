import { describe, expect, it } from 'vitest';
import { parseScenarioParams } from '$lib/scenario';
import { displayQuery, readDisplayMode, scenarioParams, slideQuery } from './displayMode';
import { slideFit, slideForKey, startSlide } from './slides';

describe('readDisplayMode(params)', () => {
	it.each([
		{ query: 'teams=4', expected: { embed: false, present: false, view: null } },
		{ query: 'teams=4&embed=1', expected: { embed: true, present: false, view: null } },
		{ query: 'embed=true', expected: { embed: true, present: false, view: null } },
		{ query: 'embed=0', expected: { embed: false, present: false, view: null } },
		{ query: 'present=1&view=queues', expected: { embed: false, present: true, view: 'queues' } },
		{ query: 'present=1&embed=1', expected: { embed: true, present: false, view: null } },
		{ query: 'present=banana', expected: { embed: false, present: false, view: null } }
	])('$query', ({ query, expected }) => {
		expect(readDisplayMode(new URLSearchParams(query))).toEqual(expected);
	});
});

describe('scenarioParams(params)', () => {
	it('drops the display keys so the scenario reads without unknown-setting messages', () => {
		const params = new URLSearchParams('v=2&preset=startup&embed=1&present=1&view=2&teams=3');
		expect(scenarioParams(params).toString()).toBe('v=2&preset=startup&teams=3');
		expect(parseScenarioParams(scenarioParams(params)).issues).toEqual([]);
		expect(parseScenarioParams(params).issues.map((i) => i.key)).toEqual([
			'embed',
			'present',
			'view'
		]);
	});
});

describe('displayQuery(query, mode)', () => {
	it.each([
		{ mode: { embed: true }, expected: 'v=2&preset=startup&embed=1' },
		{ mode: { embed: true, view: 'network' }, expected: 'v=2&preset=startup&embed=1&view=network' },
		{
			mode: { present: true, view: 'queues' },
			expected: 'v=2&preset=startup&present=1&view=queues'
		},
		{ mode: {}, expected: 'v=2&preset=startup' }
	])('$expected', ({ mode, expected }) => {
		expect(displayQuery('?v=2&preset=startup&embed=1', mode)).toBe(expected);
	});
});

describe('slideForKey(key, current, total)', () => {
	it.each([
		{ key: 'ArrowRight', current: 0, expected: 1 },
		{ key: 'ArrowRight', current: 6, expected: 6 },
		{ key: 'ArrowLeft', current: 0, expected: 0 },
		{ key: 'PageUp', current: 3, expected: 2 },
		{ key: 'Home', current: 5, expected: 0 },
		{ key: 'End', current: 1, expected: 6 },
		{ key: '3', current: 0, expected: 2 },
		{ key: '9', current: 0, expected: null },
		{ key: 'a', current: 0, expected: null }
	])('$key from $current of 7 → $expected', ({ key, current, expected }) => {
		expect(slideForKey(key, current, 7)).toBe(expected);
	});

	it('steps back with shift+space', () => {
		expect(slideForKey(' ', 3, 7, true)).toBe(2);
		expect(slideForKey(' ', 3, 7)).toBe(4);
	});
});

describe('startSlide(view, ids)', () => {
	const ids = ['headlines', 'network', 'queues'];
	it.each([
		{ view: null, expected: 0 },
		{ view: 'queues', expected: 2 },
		{ view: '2', expected: 1 },
		{ view: '9', expected: 0 },
		{ view: 'nope', expected: 0 }
	])('$view → $expected', ({ view, expected }) => {
		expect(startSlide(view, ids)).toBe(expected);
	});
});

describe('slideFit(room, slide, maxScale)', () => {
	it.each([
		{
			name: 'a tall slide shrinks to the height and centres across',
			room: { width: 1280, height: 660 },
			slide: { width: 1000, height: 1100 },
			expected: { scale: 0.6, x: 340, y: 0 }
		},
		{
			name: 'a short slide grows to the width and centres down',
			room: { width: 1920, height: 1020 },
			slide: { width: 1000, height: 400 },
			expected: { scale: 1.92, x: 0, y: 126 }
		},
		{
			name: 'the largest scale caps the growth',
			room: { width: 1920, height: 1020 },
			slide: { width: 1000, height: 400 },
			max: 1.5,
			expected: { scale: 1.5, x: 210, y: 210 }
		},
		{
			name: 'nothing measured yet: left as it is',
			room: { width: 0, height: 0 },
			slide: { width: 1000, height: 400 },
			expected: { scale: 1, x: 0, y: 0 }
		}
	])('$name', ({ room, slide, max, expected }) => {
		const fit = slideFit(room, slide, max);
		expect(fit.scale).toBeCloseTo(expected.scale, 6);
		expect(fit.x).toBeCloseTo(expected.x, 6);
		expect(fit.y).toBeCloseTo(expected.y, 6);
	});
});

describe('slideQuery(search, id)', () => {
	it.each([
		{ search: '?present=1&teams=abc', id: 'network', expected: 'present=1&teams=abc&view=network' },
		{ search: '?present=1&view=2&tems=3', id: 'queues', expected: 'present=1&view=queues&tems=3' },
		{ search: '?present=1&view=queues', id: 'queues', expected: null }
	])('$search → $id', ({ search, id, expected }) => {
		expect(slideQuery(search, id)).toBe(expected);
	});
});
