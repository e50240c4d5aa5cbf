import { describe, expect, it } from 'vitest';
import { excerpt, excerptName, safePrefix } from './excerpt';

const isLoneSurrogate = (text: string) =>
	/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('excerpt(text)', () => {
	it.each([
		{ name: 'a short value, as JSON quotes it', input: '-3', expected: '"-3"' },
		{ name: 'an empty value', input: '', expected: '""' },
		{
			name: 'a value of exactly 40 characters, whole',
			input: 'a'.repeat(40),
			expected: `"${'a'.repeat(40)}"`
		},
		{
			name: 'a long value: 40 characters, an ellipsis and the length',
			input: '1'.repeat(100_000) + 'x',
			expected: `"${'1'.repeat(40)}…" (100,001 characters)`
		},
		{
			name: 'control characters and direction overrides shown as ?',
			input: 'a\u0000b\u202ec\u2066d\u200fe\u061cf\u0085g',
			expected: '"a?b?c?d?e?f?g"'
		},
		{
			name: 'an emoji across the cut is left out, not halved',
			input: 'x'.repeat(39) + '😀' + 'tail',
			expected: `"${'x'.repeat(39)}…" (45 characters)`
		}
	])('$name', ({ input, expected }) => {
		expect(excerpt(input)).toBe(expected);
	});

	it('is at most about 70 characters for any input', () => {
		for (const input of ['k'.repeat(8000), '😀'.repeat(50_000), '\u202e'.repeat(1000)]) {
			expect(excerpt(input).length).toBeLessThanOrEqual(70);
		}
	});
});

describe('safePrefix(text, maxUnits)', () => {
	it('never ends inside a surrogate pair', () => {
		const text = '😀'.repeat(50);
		for (let n = 0; n <= text.length; n++) {
			const prefix = safePrefix(text, n);
			expect(isLoneSurrogate(prefix)).toBe(false);
			expect(prefix.length).toBe(n - (n % 2));
		}
	});
});

describe('excerptName(name)', () => {
	it('shows a plain short key as it is and anything else as an excerpt', () => {
		expect(excerptName('teams')).toBe('teams');
		expect(excerptName('--jsn')).toBe('--jsn');
		expect(excerptName('k'.repeat(8000))).toBe(`"${'k'.repeat(40)}…" (8,000 characters)`);
		expect(excerptName('a<b')).toBe('"a<b"');
	});
});
