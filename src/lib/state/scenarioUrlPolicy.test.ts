import { describe, expect, it } from 'vitest';
import { parseScenarioParams, presetScenario, type Scenario } from '$lib/scenario';
import {
	IDLE_BURST,
	SETTLE_MS,
	documentTitle,
	extendBurst,
	gesture,
	isBurstOpen,
	mergeModes,
	numberEditKind,
	planHistoryWrite,
	sameScenario,
	scenarioSearch,
	settleBurst,
	type EditBurst,
	type EditKind
} from './scenarioUrlPolicy';

/** Runs a gesture of timed edits through the policy and returns the mode each one got. */
function modes(edits: [number, EditKind][]): string[] {
	let burst: EditBurst = IDLE_BURST;
	return edits.map(([at, kind]) => {
		const plan = planHistoryWrite(burst, kind, at);
		burst = plan.burst;
		return plan.mode;
	});
}

describe('planHistoryWrite(burst, kind, now)', () => {
	it.each([
		{ name: 'a single commit pushes', edits: [[0, 'commit']], expected: ['push'] },
		{
			name: 'two commits push twice (two settled edits, two Back steps)',
			edits: [
				[0, 'commit'],
				[100, 'commit']
			],
			expected: ['push', 'push']
		},
		{
			name: 'typing "120" pushes once and then replaces',
			edits: [
				[0, 'input'],
				[120, 'input'],
				[250, 'input']
			],
			expected: ['push', 'replace', 'replace']
		},
		{
			name: 'the commit that ends a gesture still belongs to it',
			edits: [
				[0, 'input'],
				[100, 'input'],
				[200, 'commit']
			],
			expected: ['push', 'replace', 'replace']
		},
		{
			name: 'after a commit the next keystroke starts a new entry',
			edits: [
				[0, 'input'],
				[100, 'commit'],
				[150, 'input']
			],
			expected: ['push', 'replace', 'push']
		},
		{
			name: `a pause of ${SETTLE_MS} ms settles the gesture`,
			edits: [
				[0, 'input'],
				[SETTLE_MS - 1, 'input'],
				[2 * SETTLE_MS - 1, 'input']
			],
			expected: ['push', 'replace', 'push']
		}
	] satisfies { name: string; edits: [number, EditKind][]; expected: string[] }[])(
		'$name',
		({ edits, expected }) => {
			expect(modes(edits)).toEqual(expected);
		}
	);

	it('returns the burst it leaves open only for input edits', () => {
		expect(planHistoryWrite(IDLE_BURST, 'input', 10).burst).toEqual({ open: true, lastEditAt: 10 });
		expect(planHistoryWrite(IDLE_BURST, 'commit', 10).burst).toEqual({
			open: false,
			lastEditAt: 10
		});
	});
});

describe('numberEditKind(event, lastKey)', () => {
	it.each([
		{ event: 'input', lastKey: null, expected: 'input' },
		{ event: 'change', lastKey: null, expected: 'commit' },
		{ event: 'input', lastKey: 'ArrowRight', expected: 'step' },
		{ event: 'change', lastKey: 'ArrowRight', expected: 'step' },
		{ event: 'change', lastKey: 'PageUp', expected: 'step' },
		{ event: 'change', lastKey: 'End', expected: 'step' },
		// Typing, and Enter at the end of it, are not steps.
		{ event: 'input', lastKey: '7', expected: 'input' },
		{ event: 'change', lastKey: 'Enter', expected: 'commit' }
	] as const)('a $event after $lastKey is $expected', ({ event, lastKey, expected }) => {
		expect(numberEditKind(event, lastKey)).toBe(expected);
	});
});

describe('planHistoryWrite with key steps', () => {
	/** Chromium fires input and change for every press of an arrow key, during its keydown. */
	function presses(times: number[]): [number, EditKind][] {
		return times.flatMap((at): [number, EditKind][] => [
			[at, numberEditKind('input', 'ArrowRight')],
			[at, numberEditKind('change', 'ArrowRight')]
		]);
	}

	it('20 ArrowRight presses on a slider make one history entry, however far apart', () => {
		// A press every 80 ms, then (a slow page, or a person reading the chart) 1.4 s apart.
		const times = [...Array(10).keys()].map((i) => i * 80);
		for (let i = 1; i <= 10; i++) times.push(720 + i * 1400);
		const planned = modes(presses(times));
		expect(planned).toHaveLength(40);
		expect(planned[0]).toBe('push');
		expect(planned.slice(1)).toEqual(Array(39).fill('replace'));
	});

	it('stays a run of steps after the app catches up with one (extendBurst)', () => {
		const stepped = planHistoryWrite(IDLE_BURST, 'step', 0).burst;
		const caughtUp = extendBurst(stepped, 900);
		expect(caughtUp).toEqual({ open: true, lastEditAt: 900, stepping: true });
		expect(planHistoryWrite(caughtUp, 'step', 5000).mode).toBe('replace');
	});

	it('leaving the control (a commit) ends the steps: the next press is a new entry', () => {
		expect(modes([...presses([0, 80]), [100, 'commit'], ...presses([5000])])).toEqual([
			'push',
			'replace',
			'replace',
			'replace',
			'replace',
			'push',
			'replace'
		]);
	});

	it('a slider dragged with the mouse still ends with its change', () => {
		expect(
			modes([
				[0, numberEditKind('input', null)],
				[0, numberEditKind('change', null)],
				[80, numberEditKind('input', null)]
			])
		).toEqual(['push', 'replace', 'push']);
	});
});

describe('gesture(event, kind)', () => {
	it('takes the time from the event, not from when it is handled', () => {
		const event = new Event('input');
		expect(gesture(event, 'input')).toEqual({ kind: 'input', at: event.timeStamp });
	});
});

describe('settleBurst(burst) and isBurstOpen(burst, now)', () => {
	it('settleBurst closes an open gesture so the next edit pushes', () => {
		const open: EditBurst = { open: true, lastEditAt: 0 };
		expect(isBurstOpen(open, 10)).toBe(true);
		expect(isBurstOpen(settleBurst(open), 10)).toBe(false);
		expect(planHistoryWrite(settleBurst(open), 'input', 10).mode).toBe('push');
	});

	it('isBurstOpen is false for the idle burst at any time', () => {
		expect(isBurstOpen(IDLE_BURST, 0)).toBe(false);
		expect(isBurstOpen(IDLE_BURST, 1e12)).toBe(false);
	});
});

describe('extendBurst(burst, now)', () => {
	it('counts a pause from when the app caught up, not from the keystroke', () => {
		// Key "1" at 0 ms; the page is busy until 700 ms; key "2", pressed at 650 ms, replaces.
		const typed = planHistoryWrite(IDLE_BURST, 'input', 0).burst;
		const caughtUp = extendBurst(typed, 700);
		expect(caughtUp).toEqual({ open: true, lastEditAt: 700 });
		expect(planHistoryWrite(caughtUp, 'input', 650).mode).toBe('replace');
		expect(planHistoryWrite(typed, 'input', 650).mode).toBe('push');
	});

	it('leaves a settled gesture settled and never moves time back', () => {
		const settled = planHistoryWrite(IDLE_BURST, 'commit', 0).burst;
		expect(extendBurst(settled, 100)).toBe(settled);
		expect(extendBurst({ open: true, lastEditAt: 500 }, 100)).toEqual({
			open: true,
			lastEditAt: 500
		});
	});
});

describe('mergeModes(pending, next)', () => {
	it.each([
		{ pending: null, next: 'replace', expected: 'replace' },
		{ pending: null, next: 'push', expected: 'push' },
		{ pending: 'push', next: 'replace', expected: 'push' },
		{ pending: 'replace', next: 'replace', expected: 'replace' },
		{ pending: 'replace', next: 'push', expected: 'push' }
	] as const)('mergeModes($pending, $next) is $expected', ({ pending, next, expected }) => {
		expect(mergeModes(pending, next)).toBe(expected);
	});
});

describe('scenarioSearch(scenario)', () => {
	it('writes only what differs from the preset, after the version and preset', () => {
		const scenario: Scenario = { ...presetScenario('enterprise'), teams: 30, name: 'Acme' };
		expect(scenarioSearch(scenario)).toBe('?v=2&preset=enterprise&name=Acme&teams=30');
	});

	it('reads back to the same scenario without issues', () => {
		const scenario: Scenario = {
			...presetScenario('startup'),
			model: 'pm-only',
			itemsPerWeek: 12.5,
			name: 'Team A & B'
		};
		const parsed = parseScenarioParams(scenarioSearch(scenario));
		expect(parsed.issues).toEqual([]);
		expect(sameScenario(parsed.scenario, scenario)).toBe(true);
	});
});

describe('sameScenario(a, b)', () => {
	it('compares every setting', () => {
		const a = presetScenario('scale-up');
		expect(sameScenario(a, { ...a })).toBe(true);
		expect(sameScenario(a, { ...a, seed: 2 })).toBe(false);
		expect(sameScenario(a, presetScenario('combined'))).toBe(false);
	});
});

describe('documentTitle(scenario)', () => {
	it.each([
		{
			name: 'uses the scenario name',
			input: { ...presetScenario('enterprise'), name: 'Acme' },
			expected: 'Acme · Org design simulator'
		},
		{
			name: 'falls back to the preset label',
			input: presetScenario('startup'),
			expected: 'Startup: one combined PM/PO · Org design simulator'
		},
		{
			name: 'treats a blank name as none',
			input: { ...presetScenario('po-only'), name: '   ' },
			expected: 'PO only: nobody owns market and pricing · Org design simulator'
		}
	])('$name', ({ input, expected }) => {
		expect(documentTitle(input)).toBe(expected);
	});
});
