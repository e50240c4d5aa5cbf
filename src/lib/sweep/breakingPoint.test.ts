import { describe, expect, it } from 'vitest';
import { parseScenarioParams, toQueryString } from '../scenario/index';
import { LOAD_CAP } from '../sim/index';
import { run } from '../../cli/simulate';
import {
	breakingPoint as breakingPointOf,
	breakReasons,
	MAX_TOLD_CHANGES,
	overloadBoundary,
	valuePhrase
} from './breakingPoint';
import { pointCount, pointScenario, pointValues } from './sweepPoints';
import { pointFromSummary, runSweepPoint, type SweepPoint } from './sweepPoint';
import { parseVaries, type Vary } from './varySpec';

/** The breaking point in the separate model, where teams per PO are teams per PO. */
const breakingPoint = (vary: readonly Vary[], points: SweepPoint[]) =>
	breakingPointOf(vary, points, 'separate');

/** A point with the figures given, the rest healthy and fast. */
function point(values: Record<string, number>, overrides: Partial<SweepPoint> = {}): SweepPoint {
	const fast = { leadTimeDays: { p50: 5, p85: 10 }, throughputPerWeek: 1 };
	return {
		values,
		verdict: 'healthy',
		decisions: { roadmap: fast, backlog: fast, pricing: fast },
		busiest: { role: 'Team 1', load: 0.7 },
		costPerDecision: 4000,
		...overrides
	};
}
const slowRoadmap = (p85: number | null) => ({
	roadmap: { leadTimeDays: { p50: 20, p85 }, throughputPerWeek: 1 },
	backlog: { leadTimeDays: { p50: 5, p85: 10 }, throughputPerWeek: 40 },
	pricing: { leadTimeDays: { p50: 5, p85: 10 }, throughputPerWeek: 0.1 }
});

describe('breakReasons(point)', () => {
	it.each([
		{ name: 'a healthy, fast point', input: point({ teams: 1 }), expected: [] },
		{
			name: 'overloaded names the busiest role and its load',
			input: point(
				{ teams: 1 },
				{ verdict: 'overloaded', busiest: { role: 'PM 1 (teams 1–5)', load: 1.16 } }
			),
			expected: ['PM 1 (teams 1–5) is overloaded (116% load)']
		},
		{
			// The table shows 40.0: a p85 of 40.0004 days is not past a 40-day limit.
			name: 'a p85 at its limit once rounded as shown is not past it',
			input: point({ teams: 1 }, { decisions: slowRoadmap(40.0004) }),
			expected: []
		},
		{
			// No p85 (more than 15% open) but a median already past the limit: so is the p85.
			name: 'no p85 but a median past the limit counts as past it',
			input: point(
				{ teams: 1 },
				{
					decisions: {
						...slowRoadmap(null),
						roadmap: { leadTimeDays: { p50: 55.8, p85: null }, throughputPerWeek: 0.4 }
					}
				}
			),
			expected: ['roadmap p85 passes 40 days']
		},
		{
			// LOAD_CAP stands in for work with no hours; "100000% load" would read as a figure.
			name: 'a role with work and no hours says so, not a percentage',
			input: point(
				{ leadershipHours: 0 },
				{ verdict: 'overloaded', busiest: { role: 'Leadership', load: LOAD_CAP } }
			),
			expected: ['Leadership has work and no productive hours']
		},
		{
			name: 'a p85 past its limit (roadmap: 40 days)',
			input: point({ teams: 1 }, { decisions: slowRoadmap(40.5) }),
			expected: ['roadmap p85 passes 40 days']
		},
		{
			name: 'a p85 at its limit is not past it',
			input: point({ teams: 1 }, { decisions: slowRoadmap(40) }),
			expected: []
		},
		{
			name: 'no p85 and none finished',
			input: point(
				{ teams: 1 },
				{
					decisions: {
						...slowRoadmap(null),
						roadmap: { leadTimeDays: { p50: null, p85: null }, throughputPerWeek: 0 }
					}
				}
			),
			expected: ['no roadmap decision finishes']
		},
		{
			name: 'no p85 but some finished (too few to measure): no evidence of a break',
			input: point({ teams: 1 }, { decisions: slowRoadmap(null) }),
			expected: []
		}
	])('$name', ({ input, expected }) => {
		expect(breakReasons(input)).toEqual(expected);
	});
});

describe('valuePhrase(key, value, to)', () => {
	it.each<{ key: string; value: number; to?: number; expected: string }>([
		{ key: 'teamsPerPm', value: 1, expected: '1 team per PM' },
		{ key: 'teamsPerPm', value: 4, expected: '4 teams per PM' },
		{ key: 'teamSize', value: 7, expected: '7 developers per team' },
		{ key: 'stakeholderDays', value: 4, expected: 'stakeholder response time = 4 days' },
		// The label says "per week" already: the unit is hours, not "30 h/week" after it.
		{ key: 'pmHours', value: 30, expected: 'PM hours per week = 30 h' },
		{ key: 'pmMeetings', value: 0.3, expected: 'PM meeting overhead = 0.3' },
		{ key: 'teamsPerPm', value: 1, to: 3, expected: '1 to 3 teams per PM' },
		{ key: 'pmHours', value: 30, to: 40, expected: 'PM hours per week = 30 to 40 h' },
		// The label names the unit: "= 3", not "of 3 items".
		{ key: 'itemsPerWeek', value: 3, expected: 'new backlog items per team per week = 3' },
		{ key: 'refineHours', value: 4, expected: 'refining an item into a story = 4 h' },
		{ key: 'sprintWeeks', value: 2, expected: 'sprint length = 2 weeks' },
		{ key: 'teams', value: 1, to: 1, expected: '1 team' }
	])('$key $value $to → $expected', ({ key, value, to, expected }) => {
		expect(valuePhrase(key, value, to)).toBe(expected);
	});

	it.each([
		{ model: 'combined', expected: '1 team per PM/PO' },
		{ model: 'separate', expected: '1 team per PO' },
		{ model: 'po-only', expected: '1 team per PO' }
	] as const)('teamsPerPo in the $model model → $expected', ({ model, expected }) => {
		expect(valuePhrase('teamsPerPo', 1, undefined, model)).toBe(expected);
	});
});

describe('breakingPoint(vary, points)', () => {
	const line = parseVaries(['teamsPerPm=1..4']);
	it('names the last good value and every reason of the first bad one', () => {
		const points = [
			point({ teamsPerPm: 1 }),
			point({ teamsPerPm: 2 }),
			point(
				{ teamsPerPm: 3 },
				{
					verdict: 'overloaded',
					busiest: { role: 'PM 1 (teams 1–3)', load: 1.05 },
					decisions: slowRoadmap(44)
				}
			),
			point({ teamsPerPm: 4 }, { verdict: 'overloaded' })
		];
		expect(breakingPoint(line, points)).toEqual({
			key: 'teamsPerPm',
			value: 3,
			message:
				'Beyond 2 teams per PM, PM 1 (teams 1–3) is overloaded (105% load) and roadmap p85 passes 40 days.'
		});
	});
	it('says "already" when the first value breaks, null when none does', () => {
		expect(
			breakingPoint(line, [point({ teamsPerPm: 1 }, { decisions: slowRoadmap(50) })])?.message
		).toBe('Already at 1 team per PM, roadmap p85 passes 40 days.');
		expect(
			breakingPoint(
				line,
				[1, 2, 3, 4].map((n) => point({ teamsPerPm: n }))
			)
		).toBeNull();
	});
	it('says where between two values of a coarse or downward sweep', () => {
		const coarse = parseVaries(['teams=2..10:4']);
		const points = [
			point({ teams: 2 }),
			point({ teams: 6 }),
			point({ teams: 10 }, { decisions: slowRoadmap(41) })
		];
		expect(breakingPoint(coarse, points)?.message).toBe(
			'Beyond 6 teams (at 10), roadmap p85 passes 40 days.'
		);
		const down = parseVaries(['pmHours=40..20:10']);
		const hours = [point({ pmHours: 40 }), point({ pmHours: 30 }, { decisions: slowRoadmap(41) })];
		expect(breakingPoint(down, hours)?.message).toBe(
			'Below PM hours per week = 40 h (at 30), roadmap p85 passes 40 days.'
		);
	});
	describe('a line that recovers says so (and where it breaks again)', () => {
		const teams = parseVaries(['teams=2..200:log']);
		const pmpo = { role: 'PM/PO 1 (team 1)', load: 1.02 };
		const leaders = { role: 'Leaders', load: 1.4 };
		/** Teams 2 to 200: the PM/PO overloaded at 2, `between` from 3 to 43, leaders from 72. */
		const line = (between: Partial<SweepPoint>) =>
			teams[0].values.map((n) =>
				point(
					{ teams: n as number },
					n === 2
						? { ...between, verdict: 'overloaded', busiest: pmpo }
						: (n as number) >= 72
							? { ...between, verdict: 'overloaded', busiest: leaders }
							: {
									verdict: 'strained',
									busiest: { role: 'PM/PO 1 (team 1)', load: 0.95 },
									...between
								}
				)
			);

		it('overloaded at 2 teams, within limits from 3, overloaded again from 72', () => {
			expect(breakingPoint(teams, line({}))).toEqual({
				key: 'teams',
				value: 2,
				message:
					'Already at 2 teams, PM/PO 1 (team 1) is overloaded (102% load); recovers at 3 teams, though strained (PM/PO 1 (team 1) at 95% load); breaks again beyond 43 teams (at 72), Leaders is overloaded (140% load).'
			});
		});

		it('no longer overloaded from 3 teams, but still past a p85 limit: it says both', () => {
			expect(breakingPoint(teams, line({ decisions: slowRoadmap(46.5) }))?.message).toBe(
				'Already at 2 teams, PM/PO 1 (team 1) is overloaded (102% load) and roadmap p85 passes 40 days; no longer overloaded at 3 teams, though roadmap p85 passes 40 days; beyond 43 teams (at 72), Leaders is overloaded (140% load).'
			);
		});

		it('a line that stays broken reads as before', () => {
			const pm = { verdict: 'overloaded', busiest: { role: 'PM 1', load: 1.05 } } as const;
			const points = [1, 2, 3, 4].map((n) => point({ teamsPerPm: n }, n >= 2 ? pm : {}));
			expect(breakingPoint(parseVaries(['teamsPerPm=1..4']), points)?.message).toBe(
				'Beyond 1 team per PM, PM 1 is overloaded (105% load).'
			);
		});

		it(`tells ${MAX_TOLD_CHANGES} changes and counts the rest of a noisy line`, () => {
			const noisy = parseVaries(['teamsPerPm=1..8']);
			// Roadmap p85 about its limit: past it at 1, 3, 5, 7.
			const points = noisy[0].values.map((n) =>
				point(
					{ teamsPerPm: n as number },
					{ decisions: slowRoadmap((n as number) % 2 === 1 ? 41 : 39) }
				)
			);
			expect(breakingPoint(noisy, points)?.message).toBe(
				'Already at 1 team per PM, roadmap p85 passes 40 days; recovers at 2 teams per PM; breaks again beyond 2 teams per PM, roadmap p85 passes 40 days; recovers at 4 teams per PM; it changes 4 more times after that (the table shows each value).'
			);
		});
	});

	it('in a grid, reads each row of the second setting as a line', () => {
		const grid = parseVaries(['teamsPerPm=1..2', 'teamSize=4..5']);
		const points = [
			point({ teamsPerPm: 1, teamSize: 4 }),
			point({ teamsPerPm: 2, teamSize: 4 }),
			// A new row starts: its first point has no point before it in its row.
			point({ teamsPerPm: 1, teamSize: 5 }, { decisions: slowRoadmap(45) }),
			point({ teamsPerPm: 2, teamSize: 5 })
		];
		expect(breakingPoint(grid, points)).toEqual({
			key: 'teamsPerPm',
			value: 1,
			message:
				'Never with 4 developers per team; already at 1 team per PM with 5 developers per team. At 1 team per PM with 5 developers per team, roadmap p85 passes 40 days. With 5 developers per team it recovers further along after breaking; the heatmap and the table show where.'
		});
		const byIndex = new Map(points.map((p, i) => [i, p]));
		byIndex.set(1, point({ teamsPerPm: 2, teamSize: 4 }, { verdict: 'overloaded' }));
		expect(overloadBoundary(grid, byIndex)).toEqual([1, null]);
	});

	/** A grid of teams per PM × PM hours whose row at `hours` breaks at `breaksAt` (null: never). */
	function gridPoints(width: number, rows: [number, number | null][]): SweepPoint[] {
		return rows.flatMap(([pmHours, breaksAt]) =>
			Array.from({ length: width }, (_, i) =>
				breaksAt !== null && i + 1 >= breaksAt
					? point(
							{ teamsPerPm: i + 1, pmHours },
							{ verdict: 'overloaded', busiest: { role: 'PM 1', load: 1 + (i + 1) / 100 } }
						)
					: point({ teamsPerPm: i + 1, pmHours })
			)
		);
	}

	it('in a grid, says where every row breaks, rows that break alike in one clause', () => {
		const grid = parseVaries(['teamsPerPm=1..8', 'pmHours=30..60:10']);
		const points = gridPoints(8, [
			[30, 5],
			[40, 7],
			[50, 7],
			[60, null]
		]);
		expect(breakingPoint(grid, points)).toEqual({
			key: 'teamsPerPm',
			value: 5,
			message:
				'Beyond 4 teams per PM with PM hours per week = 30 h, beyond 6 with 40 to 50 h; never with 60 h. At 5 teams per PM with 30 h, PM 1 is overloaded (105% load).'
		});
	});

	it('in a grid, a row that breaks later than a never row, and rows of log steps', () => {
		const grid = parseVaries(['teamsPerPm=1..4', 'pmHours=30..50:10']);
		expect(
			breakingPoint(
				grid,
				gridPoints(4, [
					[30, null],
					[40, 1],
					[50, 3]
				])
			)?.message
		).toBe(
			'Never with PM hours per week = 30 h; already at 1 team per PM with 40 h, beyond 2 with 50 h. At 1 team per PM with 40 h, PM 1 is overloaded (101% load).'
		);
		const coarse = parseVaries(['teams=2..10:4', 'teamSize=4..5']);
		const slowAt10 = (teamSize: number) =>
			[2, 6, 10].map((teams) =>
				point({ teams, teamSize }, teams === 10 ? { decisions: slowRoadmap(41) } : {})
			);
		expect(breakingPoint(coarse, [...slowAt10(4), ...slowAt10(5)])?.message).toBe(
			'Beyond 6 teams (at 10) with 4 to 5 developers per team. At 10 teams with 4 developers per team, roadmap p85 passes 40 days.'
		);
	});

	it('in a grid, names the rows that recover further along after breaking', () => {
		const grid = parseVaries(['teamsPerPm=1..4', 'pmHours=30..50:10']);
		const points = gridPoints(4, [
			[30, 2],
			[40, 2],
			[50, null]
		]);
		// The 40 h row breaks at 2 teams per PM and is healthy again at 4.
		points[7] = point({ teamsPerPm: 4, pmHours: 40 });
		expect(breakingPoint(grid, points)?.message).toBe(
			'Beyond 1 team per PM with PM hours per week = 30 to 40 h; never with 50 h. At 2 teams per PM with 30 h, PM 1 is overloaded (102% load). With PM hours per week = 40 h it recovers further along after breaking; the heatmap and the table show where.'
		);
		// A row that stays broken to its end is not named.
		expect(
			breakingPoint(
				grid,
				gridPoints(4, [
					[30, 2],
					[40, 2],
					[50, null]
				])
			)?.message
		).not.toMatch(/recovers/);
	});

	it('in a grid, waits for the last point: until then a row may still break', () => {
		const grid = parseVaries(['teamsPerPm=1..4', 'pmHours=30..40:10']);
		const points = gridPoints(4, [
			[30, 2],
			[40, null]
		]);
		expect(breakingPoint(grid, points.slice(0, 7))).toBeNull();
		expect(breakingPoint(grid, points)?.message).toBe(
			'Beyond 1 team per PM with PM hours per week = 30 h; never with 40 h. At 2 teams per PM with 30 h, PM 1 is overloaded (102% load).'
		);
	});
});

describe('a sweep of the default scenario (real runs)', () => {
	const scenario = parseScenarioParams('').scenario;
	const vary = parseVaries(['teamsPerPm=3..5']);
	const runs = 3;
	const points = Array.from({ length: pointCount(vary) }, (_, i) =>
		runSweepPoint(scenario, pointValues(vary, i), runs)
	);

	it('turns overloaded at 5 teams per PM, whose PM has 122% load', () => {
		expect(points.map((p) => p.verdict)).toEqual(['healthy', 'strained', 'overloaded']);
		expect(points[2].busiest).toEqual({ role: 'PM 1 (teams 1–5)', load: expect.closeTo(1.22, 2) });
		expect(breakingPoint(vary, points)?.value).toBe(5);
		expect(breakingPoint(vary, points)?.message).toBe(
			'Beyond 4 teams per PM, PM 1 (teams 1–5) is overloaded (122% load).'
		);
	});

	it("a point's figures equal `npm run simulate -- '<its link>' --runs N --json`", () => {
		const link = toQueryString(pointScenario(scenario, { teamsPerPm: 5 }, runs));
		const cli = run([link, '--runs', String(runs), '--json']);
		expect(cli.code).toBe(0);
		expect(pointFromSummary({ teamsPerPm: 5 }, JSON.parse(cli.stdout))).toEqual(points[2]);
	});
});
