/** The human-readable bench table. */
import type { BenchReport } from './harness';

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const fixed = (n: number, digits = 1) => n.toFixed(digits);

function table(header: string[], rows: string[][], alignLeft = 1): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => (i < alignLeft ? c.padEnd(widths[i]) : c.padStart(widths[i])))
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function showMeasured(x: number): string {
	if (x >= 100) return fixed(x, 0);
	if (x !== 0 && Math.abs(x) < 0.01) return x.toExponential(1);
	return fixed(x, x < 1 ? 3 : 2);
}

export function formatReport(report: BenchReport): string {
	const { hotLoop, orgEngine, scale, replications, replicaMemory, machine, config } = report;
	const out: string[] = [];
	out.push(
		`Bench: Node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), one process; ` +
			`load average ${fixed(machine.loadAverage.start, 2)} at start, ${fixed(machine.loadAverage.end, 2)} at end`
	);
	const busiest = Math.max(machine.loadAverage.start, machine.loadAverage.end);
	if (busiest > machine.cpus) {
		out.push(
			`Note: the machine was busy (load ${fixed(busiest, 1)} on ${machine.cpus} CPUs), so wall times ` +
				'include waiting for a core; the cpu ms columns show the work itself.'
		);
	}
	out.push('');
	out.push(
		`Hot loop: M/M/1, arrival rate ${hotLoop.arrivalRate}, service rate ${hotLoop.serviceRate}, ` +
			`${int(hotLoop.customers)} arrivals, seed ${hotLoop.seed}, the same d3-random streams ` +
			`(theory: mean time in system ${fixed(hotLoop.theoryMeanTimeInSystem, 3)}); ` +
			`median of ${config.reps} rounds after ${config.warmups} warm-up rounds`
	);
	out.push(
		table(
			[
				'implementation',
				'median ms',
				'cpu ms',
				'events',
				'ns/event',
				'ns/arrival',
				'mean time in system'
			],
			(
				[
					['engine (simulateQueue)', hotLoop.engine],
					['reference (bench/reference.ts)', hotLoop.reference],
					['simjs 2.0.3 Facility', hotLoop.simjs]
				] as const
			).map(([name, t]) => [
				name,
				fixed(t.medianMs),
				fixed(t.medianCpuMs),
				int(t.events),
				fixed(t.nsPerEvent),
				fixed(t.nsPerCustomer),
				fixed(t.meanTimeInSystem, 4)
			])
		)
	);
	out.push('');
	out.push(
		`Ratios are medians of per-round ratios; from medians: hot loop ${fixed(hotLoop.ratioOfMedians.hotLoop, 2)}x, ` +
			`simjs speed-up ${fixed(hotLoop.ratioOfMedians.simjsSpeedup, 2)}x; on CPU time: ` +
			`${fixed(hotLoop.cpuRatios.hotLoop, 2)}x and ${fixed(hotLoop.cpuRatios.simjsSpeedup, 2)}x.`
	);
	out.push('');
	out.push(
		`Organisation engine per event: the default scenario (${orgEngine.scenario}, ` +
			`${orgEngine.teams} teams, ${orgEngine.weeks} weeks, seed ${orgEngine.seed}; ` +
			`${int(orgEngine.eventsPerRun)} events a run), ${orgEngine.runs} runs a sample, ` +
			'interleaved with the reference M/M/1 loop above; ' +
			`median of ${config.reps} rounds after ${config.warmups} warm-up rounds`
	);
	out.push(
		table(
			['measured', 'median ms', 'cpu ms', 'events', 'events/s', 'ns/event', 'ns/event ÷ reference'],
			(
				[
					['Engine.run (event loop, RunTotals)', orgEngine.loop, orgEngine.loopRatio],
					['runSimulation (loop + result)', orgEngine.run, orgEngine.runRatio],
					['reference (bench/reference.ts)', orgEngine.reference, 1]
				] as const
			).map(([name, t, ratio]) => [
				name,
				fixed(t.medianMs),
				fixed(t.medianCpuMs),
				int(t.events),
				int(t.eventsPerSecond),
				fixed(t.nsPerEvent),
				fixed(ratio, 2)
			])
		)
	);
	out.push(
		`Per-event ratios are medians of per-round ratios; on CPU time: loop ` +
			`${fixed(orgEngine.cpuRatios.loop, 2)}x, runSimulation ${fixed(orgEngine.cpuRatios.run, 2)}x. ` +
			'No goal: issue 3 sets none for the whole model; the figure is tracked from run to run.'
	);
	out.push('');
	out.push(
		`Scale: scale-up preset, ${config.weeks} weeks, seed ${config.seed}; ` +
			`median of ${config.scaleReps} after ${config.scaleWarmups} warm-ups`
	);
	out.push(
		table(
			[
				'teams',
				'wall ms',
				'cpu ms',
				'events',
				'events/s',
				'decisions',
				'peak heap MB',
				'heap delta MB',
				'bytes/decision',
				'alloc bytes/decision'
			],
			scale.map((r) => [
				String(r.teams),
				fixed(r.wallMs),
				fixed(r.cpuMs),
				int(r.events),
				int(r.eventsPerSecond),
				int(r.decisions),
				fixed(r.peakHeapMb),
				fixed(r.peakHeapDeltaMb),
				int(r.bytesPerDecision),
				int(r.allocatedBytesPerDecision)
			])
		)
	);
	out.push('');
	out.push(
		`Replications: ${replications.runs} runs of the default scenario: ` +
			`${fixed(replications.medianMs)} ms wall, ${fixed(replications.medianCpuMs)} ms cpu ` +
			`(${fixed(replications.msPerRun, 2)} ms a run; median of ${config.replicationReps})`
	);
	out.push(
		`Replication memory (the page's heap until the bands are made): ${int(replicaMemory.runs)} runs of ` +
			`${int(replicaMemory.teams)} teams (${int(replicaMemory.roles)} roles): ` +
			`${fixed(replicaMemory.storeBytesPerRun / 1024)} KB a run in ReplicaStore ` +
			`(${fixed(replicaMemory.storeMb)} MB in all), ` +
			`against ${fixed(replicaMemory.objectsBytesPerRun / 1024)} KB a run kept as result objects ` +
			`(${fixed(replicaMemory.objectsMb)} MB)`
	);
	out.push('');
	out.push(
		table(
			['goal', 'measured', 'target', 'result'],
			report.goals.map((g) => [g.name, showMeasured(g.measured), g.goal, g.pass ? 'PASS' : 'FAIL'])
		)
	);
	out.push('');
	out.push(`Total bench time ${fixed(report.totalMs / 1000, 1)} s.`);
	return out.join('\n');
}
