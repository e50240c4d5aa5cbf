/**
 * Sweep rows of `npm run bench` (issue 11): a 10-point × 20-run sweep of the default scenario
 * and a 20 × 20 grid × 10 runs, each on one worker and on every core: wall time, points per
 * second, speed-up over jobs = 1 and peak memory; and memory against the number of points
 * (10 and 100 points of a small scenario), which must stay flat because points are streamed.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

export interface SweepRow {
	name: string;
	points: number;
	runs: number;
	jobs: number;
	wallMs: number;
	pointsPerSecond: number;
	speedUp: number;
	maxRssMb: number;
}

export interface SweepBench {
	rows: SweepRow[];
	/** Peak memory of 100 points ÷ that of 10 points (1 = flat). */
	memoryGrowth: number;
	/**
	 * Building the worker bundle afresh (src/cli/workerBundle.ts), paid once by the first sweep
	 * after a source change; the rows run with it built, as every later sweep does.
	 */
	bundleBuildMs: number;
	/** One-minute load average at the start and end: above the core count, workers wait for a core. */
	loadAverage: { start: number; end: number };
	goals: { name: string; measured: number; goal: string; pass: boolean }[];
}

interface Case {
	name: string;
	link: string;
	runs: number;
	vary: string[];
}

/** The goals on a 2-core machine. */
export const SWEEP_GOALS = { line10x20Ms: 1500, speedUp2: 1.7, memoryGrowth: 1.2 };

function runChild(c: Case, jobs: number) {
	const out = execFileSync(
		'npx',
		['tsx', 'bench/sweepChild.ts', c.link, String(jobs), String(c.runs), ...c.vary],
		{ encoding: 'utf8', maxBuffer: 1 << 20 }
	);
	return JSON.parse(out) as { wallMs: number; points: number; maxRssMb: number };
}

export function measureSweeps(quick = false): SweepBench {
	const cores = availableParallelism();
	const loadStart = loadavg()[0];
	const { buildMs: bundleBuildMs } = JSON.parse(
		execFileSync('npx', ['tsx', 'bench/sweepChild.ts', '--build'], { encoding: 'utf8' })
	) as { buildMs: number };
	const cases: Case[] = [
		{ name: 'line 10 points × 20 runs', link: '', runs: 20, vary: ['teamsPerPm=1..10'] },
		quick
			? {
					name: 'grid 5 × 5 × 2 runs',
					link: '',
					runs: 2,
					vary: ['teamsPerPm=1..5', 'teamSize=4..8']
				}
			: {
					name: 'grid 20 × 20 × 10 runs',
					link: '',
					runs: 10,
					vary: ['teamsPerPm=1..20', 'teamSize=1..20']
				}
	];
	const rows: SweepRow[] = [];
	for (const c of cases) {
		const one = runChild(c, 1);
		for (const jobs of [...new Set([1, 2, cores])]) {
			const r = jobs === 1 ? one : runChild(c, jobs);
			rows.push({
				name: c.name,
				points: r.points,
				runs: c.runs,
				jobs,
				wallMs: r.wallMs,
				pointsPerSecond: r.points / (r.wallMs / 1000),
				speedUp: one.wallMs / r.wallMs,
				maxRssMb: r.maxRssMb
			});
		}
	}
	const small = (points: number): Case => ({
		name: `${points} points`,
		link: 'weeks=2',
		runs: 1,
		vary: [`seed=1..${points}`]
	});
	const memoryGrowth = runChild(small(100), 2).maxRssMb / runChild(small(10), 2).maxRssMb;
	const line = rows.find((r) => r.name.startsWith('line') && r.jobs === Math.min(2, cores))!;
	const two = rows.filter((r) => r.jobs === 2);
	const speedUp = two.length ? Math.min(...two.map((r) => r.speedUp)) : 1;
	return {
		rows,
		memoryGrowth,
		bundleBuildMs,
		loadAverage: { start: loadStart, end: loadavg()[0] },
		goals: [
			{
				name: 'sweep 10 × 20 runs, wall ms on every core',
				measured: line.wallMs,
				goal: `< ${SWEEP_GOALS.line10x20Ms}`,
				pass: line.wallMs < SWEEP_GOALS.line10x20Ms
			},
			{
				name: 'sweep speed-up with 2 workers (worst row)',
				measured: speedUp,
				goal: `≥ ${SWEEP_GOALS.speedUp2}`,
				pass: speedUp >= SWEEP_GOALS.speedUp2
			},
			{
				name: 'sweep peak memory, 100 points ÷ 10 points',
				measured: memoryGrowth,
				goal: `≤ ${SWEEP_GOALS.memoryGrowth}`,
				pass: memoryGrowth <= SWEEP_GOALS.memoryGrowth
			}
		]
	};
}

export function formatSweepBench(bench: SweepBench): string {
	const lines = [
		`Sweeps (npm run sweep; each row a fresh process; speed-up over jobs = 1; load average ` +
			`${bench.loadAverage.start.toFixed(1)} at start, ${bench.loadAverage.end.toFixed(1)} at end):`,
		'case                          points  runs  jobs   wall ms  points/s  speed-up  peak MB',
		...bench.rows.map(
			(r) =>
				`${r.name.padEnd(30)}${String(r.points).padStart(6)}${String(r.runs).padStart(6)}${String(r.jobs).padStart(6)}` +
				`${Math.round(r.wallMs).toString().padStart(10)}${r.pointsPerSecond.toFixed(1).padStart(10)}` +
				`${r.speedUp.toFixed(2).padStart(10)}${Math.round(r.maxRssMb).toString().padStart(9)}`
		),
		`memory, 100 points ÷ 10 points: ${bench.memoryGrowth.toFixed(2)}`,
		`worker bundle built in ${Math.round(bench.bundleBuildMs)} ms (once, by the first sweep after a source change; not in the rows)`,
		...bench.goals.map(
			(g) =>
				`${g.pass ? 'ok  ' : 'FAIL'} ${g.name}: ${g.measured < 10 ? g.measured.toFixed(2) : Math.round(g.measured)} (goal ${g.goal})`
		)
	];
	return lines.join('\n');
}
