/**
 * Lead-time histograms: bins over a sample of lead times in days, with "nice" thresholds from
 * d3-array so the axis reads in round days. Pure.
 */
import { bin, extent, max, scaleLinear } from 'd3';

export interface LeadTimeBin {
	x0: number;
	x1: number;
	count: number;
}

export interface LeadTimeHistogram {
	bins: LeadTimeBin[];
	/** The x domain: 0 to the largest of the sample and `alsoShow` (bands reach past the sample). */
	domain: [number, number];
	maxCount: number;
}

export function leadTimeHistogram(
	sample: readonly number[],
	alsoShow: readonly number[] = [],
	targetBins = 20
): LeadTimeHistogram {
	const finite = sample.filter(Number.isFinite);
	const extra = alsoShow.filter(Number.isFinite);
	const [, hi = 0] = extent([...finite, ...extra, 0]) as [number, number];
	const domain = scaleLinear()
		.domain([0, hi > 0 ? hi : 1])
		.nice(targetBins)
		.domain() as [number, number];
	const binner = bin().domain(domain).thresholds(scaleLinear().domain(domain).ticks(targetBins));
	const bins = binner(finite).map((b) => ({ x0: b.x0 ?? 0, x1: b.x1 ?? 0, count: b.length }));
	return { bins, domain, maxCount: max(bins, (b) => b.count) ?? 0 };
}
