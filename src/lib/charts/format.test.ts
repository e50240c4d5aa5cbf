import { describe, expect, it } from 'vitest';
import { formatMetric, formatValue, metricUnit, MISSING, plural } from './format';

describe('metricUnit(key)', () => {
	it.each([
		{ key: 'decisions.backlog.leadTimeDays.mean', expected: 'days' },
		{ key: 'decisions.roadmap.leadTimeDays.p85', expected: 'days' },
		{ key: 'decisions.pricing.throughputPerWeek', expected: 'rate' },
		{ key: 'decisions.backlog.completed', expected: 'count' },
		{ key: 'decisions.backlog.inProgress', expected: 'count' },
		{ key: 'decisions.backlog.created', expected: 'count' },
		{ key: 'decisions.backlog.wipMean', expected: 'mean' },
		{ key: 'roles.utilisation', expected: 'share' },
		{ key: 'bottlenecks.share', expected: 'share' },
		{ key: 'roles.waitCausedDays', expected: 'days' },
		{ key: 'roles.queueMean', expected: 'mean' }
	])('reads $key as $expected', ({ key, expected }) => {
		expect(metricUnit(key)).toBe(expected);
	});
});

describe('formatMetric(key, value)', () => {
	it.each([
		{ key: 'decisions.backlog.leadTimeDays.mean', value: 4.25, expected: '4.3' },
		{ key: 'decisions.backlog.leadTimeDays.mean', value: 1234.56, expected: '1,234.6' },
		{ key: 'decisions.pricing.throughputPerWeek', value: 0.154, expected: '0.15' },
		{ key: 'decisions.backlog.throughputPerWeek', value: 31.9999, expected: '32.00' },
		{ key: 'decisions.backlog.completed', value: 20813, expected: '20,813' },
		{ key: 'decisions.backlog.wipMean', value: 12.04, expected: '12.0' },
		{ key: 'roles.utilisation', value: 0.987, expected: '99%' },
		{ key: 'decisions.backlog.leadTimeDays.p85', value: -0.01, expected: '0.0' }
	])('prints $value for $key as $expected', ({ key, value, expected }) => {
		expect(formatMetric(key, value)).toBe(expected);
	});

	it('prints a dash for null, NaN and infinities', () => {
		expect(
			[null, undefined, NaN, Infinity].map((v) => formatMetric('x.leadTimeDays.mean', v))
		).toEqual([MISSING, MISSING, MISSING, MISSING]);
	});
});

describe('formatValue(unit, value)', () => {
	it('does not depend on the host locale (always "," for thousands and "." for decimals)', () => {
		expect(formatValue('days', 12345.67)).toBe('12,345.7');
	});
});

describe('plural(count, noun)', () => {
	it('uses the singular for one and the plural otherwise', () => {
		expect([plural(1, 'PO'), plural(3, 'PO'), plural(0, 'team')]).toEqual([
			'1 PO',
			'3 POs',
			'0 teams'
		]);
	});
});
