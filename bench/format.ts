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

export function formatReport(report: BenchReport): string {
	const { hotLoop, scale, replications, machine, config } = report;
	const out: string[] = [];
	out.push(
		`Bench: Node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), ` +
			`median of ${config.reps} after ${config.warmups} warm-ups, one process`
	);
	out.push('');
	out.push(
		`Hot loop: M/M/1, arrival rate ${hotLoop.arrivalRate}, service rate ${hotLoop.serviceRate}, ` +
			`${int(hotLoop.customers)} arrivals, seed ${hotLoop.seed}, the same d3-random streams ` +
			`(theory: mean time in system ${fixed(hotLoop.theoryMeanTimeInSystem, 3)})`
	);
	out.push(
		table(
			['implementation', 'median ms', 'events', 'ns/event', 'ns/arrival', 'mean time in system'],
			(
				[
					['engine (simulateQueue)', hotLoop.engine],
					['reference (bench/reference.ts)', hotLoop.reference],
					['simjs 2.0.3 Facility', hotLoop.simjs]
				] as const
			).map(([name, t]) => [
				name,
				fixed(t.medianMs),
				int(t.events),
				fixed(t.nsPerEvent),
				fixed(t.nsPerCustomer),
				fixed(t.meanTimeInSystem, 4)
			])
		)
	);
	out.push('');
	out.push(`Scale: scale-up preset, ${config.weeks} weeks, seed ${config.seed}`);
	out.push(
		table(
			[
				'teams',
				'wall ms',
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
			`${fixed(replications.medianMs)} ms (${fixed(replications.msPerRun, 2)} ms a run)`
	);
	out.push('');
	out.push(
		table(
			['goal', 'measured', 'target', 'result'],
			report.goals.map((g) => [
				g.name,
				g.measured >= 100 ? fixed(g.measured, 0) : fixed(g.measured, 2),
				g.goal,
				g.pass ? 'PASS' : 'FAIL'
			])
		)
	);
	out.push('');
	out.push(`Total bench time ${fixed(report.totalMs / 1000, 1)} s.`);
	return out.join('\n');
}
