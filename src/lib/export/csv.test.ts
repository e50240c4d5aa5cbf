import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from './csv';

describe('csvCell(value)', () => {
	it.each([
		{ name: 'plain text', input: 'backlog', expected: 'backlog' },
		{ name: 'a number', input: 4.25, expected: '4.25' },
		{ name: 'a negative number stays a number', input: -3, expected: '-3' },
		{ name: 'a float tail is cut to four figures', input: 0.1 + 0.2, expected: '0.3' },
		{ name: 'a load keeps four figures', input: 0.8512345678, expected: '0.8512' },
		{ name: 'a long lead time keeps four figures', input: 123.456789, expected: '123.5' },
		{ name: 'a whole count stays exact', input: 1234567, expected: '1234567' },
		{ name: 'a tiny share', input: 0.000123456, expected: '0.0001235' },
		{ name: 'NaN is empty', input: NaN, expected: '' },
		{ name: 'Infinity is empty', input: Infinity, expected: '' },
		{ name: 'null is empty', input: null, expected: '' },
		{ name: 'a boolean', input: true, expected: 'true' },
		{ name: 'a comma is quoted', input: 'a, b', expected: '"a, b"' },
		{ name: 'quotes are doubled', input: 'say "hi"', expected: '"say ""hi"""' },
		{ name: 'a line break is quoted', input: 'a\nb', expected: '"a\nb"' },
		{
			name: '= is defused',
			input: '=HYPERLINK("http://x")',
			expected: '"\'=HYPERLINK(""http://x"")"'
		},
		{ name: '+ is defused', input: '+1', expected: "'+1" },
		{ name: '- text is defused', input: '-2+3', expected: "'-2+3" },
		{ name: '@ is defused', input: '@SUM(A1)', expected: "'@SUM(A1)" },
		{ name: 'a tab is defused', input: '\t=1', expected: "'\t=1" },
		{ name: '= later in the text is left alone', input: 'a=b', expected: 'a=b' }
	])('$name', ({ input, expected }) => {
		expect(csvCell(input)).toBe(expected);
	});
});

describe('toCsv(rows) and parseCsv(text)', () => {
	it('writes CRLF rows and reads them back', () => {
		const rows = [
			['kind', 'mean', 'message'],
			['backlog', 4.5, 'POs, at "128%" load'],
			['pricing', -1, '=cmd']
		];
		const text = toCsv(rows);
		expect(text).toBe(
			'kind,mean,message\r\nbacklog,4.5,"POs, at ""128%"" load"\r\npricing,-1,\'=cmd\r\n'
		);
		expect(parseCsv(text)).toEqual([
			['kind', 'mean', 'message'],
			['backlog', '4.5', 'POs, at "128%" load'],
			['pricing', '-1', "'=cmd"]
		]);
	});

	it('reads a file with a byte-order mark and a quoted line break', () => {
		expect(parseCsv('\uFEFFa,b\r\n"x\ny",2\r\n')).toEqual([
			['a', 'b'],
			['x\ny', '2']
		]);
	});
});
