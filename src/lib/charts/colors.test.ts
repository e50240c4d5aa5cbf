import { describe, expect, it } from 'vitest';
import { inkOn, loadColor, loadStops } from './colors';

function luminance(color: string): number {
	const [r, g, b] = color.match(/\d+/g)!.map(Number);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('loadColor(utilisation)', () => {
	it('gets darker as load rises, so the scale reads in greyscale too', () => {
		const lum = loadStops(10).map((s) => luminance(s.color));
		for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1]);
	});

	it('clamps past 100% and treats NaN as idle', () => {
		expect(loadColor(1.4)).toBe(loadColor(1));
		expect(loadColor(NaN)).toBe(loadColor(0));
	});
});

describe('inkOn(utilisation)', () => {
	it('uses dark ink on pale fills and white on dark ones', () => {
		expect([inkOn(0.1), inkOn(0.95)]).toEqual(['#1b2430', '#ffffff']);
	});
});
