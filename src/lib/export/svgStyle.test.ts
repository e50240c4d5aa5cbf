import { describe, expect, it } from 'vitest';
import { escapeXml, inlineStyleText, isTransparent } from './svgStyle';

describe('inlineStyleText(tagName, read)', () => {
	const computed: Record<string, string> = {
		fill: 'rgb(0, 114, 178)',
		stroke: 'none',
		'stroke-width': '2px',
		opacity: '1',
		'font-family': 'system-ui, sans-serif',
		'font-size': '12px',
		'text-anchor': 'middle',
		'stop-color': 'rgb(255, 0, 0)',
		'clip-path': 'url("http://localhost:4173/?teams=3#clip-1")'
	};
	const read = (p: string) => computed[p] ?? '';

	it('writes resolved colours and drops initial values on a shape', () => {
		expect(inlineStyleText('rect', read)).toBe(
			'fill:rgb(0, 114, 178);stroke-width:2px;clip-path:url(#clip-1)'
		);
	});

	it('adds the font on text', () => {
		expect(inlineStyleText('text', read)).toBe(
			'fill:rgb(0, 114, 178);stroke-width:2px;font-family:system-ui, sans-serif;font-size:12px;text-anchor:middle;clip-path:url(#clip-1)'
		);
	});

	it('writes stop colours only on gradient stops', () => {
		expect(inlineStyleText('stop', read)).toContain('stop-color:rgb(255, 0, 0)');
		expect(inlineStyleText('circle', read)).not.toContain('stop-color');
	});
});

describe('escapeXml and isTransparent', () => {
	it('escapes markup', () => {
		expect(escapeXml('<b>"A & B"</b>')).toBe('&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;');
	});
	it.each([
		['transparent', true],
		['rgba(0, 0, 0, 0)', true],
		['rgb(0 0 0 / 0)', true],
		['rgba(0, 0, 0, 0.5)', false],
		['rgb(255, 255, 255)', false]
	])('isTransparent(%s) is %s', (color, expected) => {
		expect(isTransparent(color)).toBe(expected);
	});
});
