import { describe, expect, it } from 'vitest';
import { parseScenarioParams, toQueryString } from '../scenario/index';
import { LOAD_CAP } from '../sim/index';
import { run } from '../../cli/simulate';
import { breakingPoint, breakReasons, overloadBoundary, valuePhrase } from './breakingPoint';
import { pointCount, pointScenario, pointValues } from './sweepPoints';
import { pointFromSummary, runSweepPoint, type SweepPoint } from './sweepPoint';
import { parseVaries } from './varySpec';

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
		{ key: 'stakeholderDays', value: 4, expected: 'stakeholder response time of 4 days' },
		{ key: 'pmHours', value: 30, expected: 'PM hours per week of 30 h/week' },
		{ key: 'pmMeetings', value: 0.3, expected: 'PM meeting overhead of 0.3' },
		{ key: 'teamsPerPm', value: 1, to: 3, expected: '1 to 3 teams per PM' },
		{ key: 'pmHours', value: 30, to: 40, expected: 'PM hours per week of 30 to 40 h/week' },
		{ key: 'teams', value: 1, to: 1, expected: '1 team' }
	])('$key $value $to → $expected', ({ key, value, to, expected }) => {
		expect(valuePhrase(key, value, to)).toBe(expected);
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
			'Below PM hours per week of 40 h/week (at 30), roadmap p85 passes 40 days.'
		);
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
				'Never with 4 developers per team; already at 1 team per PM with 5 developers per team. At 1 team per PM with 5 developers per team, roadmap p85 passes 40 days.'
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
				'Beyond 4 teams per PM with PM hours per week of 30 h/week, beyond 6 with 40 to 50 h/week; never with 60 h/week. At 5 teams per PM with 30 h/week, PM 1 is overloaded (105% load).'
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
			'Never with PM hours per week of 30 h/week; already at 1 team per PM with 40 h/week, beyond 2 with 50 h/week. At 1 team per PM with 40 h/week, PM 1 is overloaded (101% load).'
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

	it('in a grid, waits for the last point: until then a row may still break', () => {
		const grid = parseVaries(['teamsPerPm=1..4', 'pmHours=30..40:10']);
		const points = gridPoints(4, [
			[30, 2],
			[40, null]
		]);
		expect(breakingPoint(grid, points.slice(0, 7))).toBeNull();
		expect(breakingPoint(grid, points)?.message).toBe(
			'Beyond 1 team per PM with PM hours per week of 30 h/week; never with 40 h/week. At 2 teams per PM with 30 h/week, PM 1 is overloaded (102% load).'
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
