import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanName } from './cleanName';
import { parseScenarioParams, toSearchParams } from './codec';
import { DEFAULT_SCENARIO } from './presets';

const hasLoneSurrogate = (text: string) =>
	/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('cleanName(raw, maxLength)', () => {
	it.each([
		{ name: 'a plain name, unchanged', raw: 'Acme 2026', expected: 'Acme 2026' },
		{ name: 'markup dropped', raw: '<b>Acme</b> "Q3"', expected: 'bAcme/b Q3' },
		{
			name: 'bidi overrides and isolates dropped',
			raw: 'Acme\u202e3Q\u202c \u2066x\u2069\u200e\u200f\u061c',
			expected: 'Acme3Q x'
		},
		{ name: 'control characters dropped', raw: 'A\u0000c\u0007m\u007fe\u0085', expected: 'Acme' },
		{
			name: 'line breaks and tabs become one space',
			raw: ' Acme\n\t Corp\r\n',
			expected: 'Acme Corp'
		},
		{ name: 'a lone surrogate dropped', raw: 'Acme\ud83d', expected: 'Acme' },
		{ name: 'emoji kept', raw: 'Team 🚀 👩🏽‍💻', expected: 'Team 🚀 👩🏽‍💻' }
	])('$name', ({ raw, expected }) => {
		expect(cleanName(raw, 80).name).toBe(expected);
	});

	it('says what it removed and whether it cut', () => {
		expect(cleanName('<i>x', 80)).toEqual({
			name: 'ix',
			markupRemoved: true,
			invisibleRemoved: false,
			cut: false
		});
		expect(cleanName('x\u202e', 80)).toMatchObject({
			markupRemoved: false,
			invisibleRemoved: true
		});
		expect(cleanName('x'.repeat(81), 80)).toMatchObject({ name: 'x'.repeat(80), cut: true });
	});

	it('never cuts an emoji in half at 80 UTF-16 units', () => {
		const { name, cut } = cleanName('x'.repeat(79) + '😀', 80);
		expect(cut).toBe(true);
		expect(name).toBe('x'.repeat(79));
		expect(hasLoneSurrogate(name)).toBe(false);
	});

	it('keeps an emoji with its skin tone and joiners whole or leaves it out', () => {
		const person = '👩🏽‍💻'; // 7 UTF-16 units, one character on screen
		const { name } = cleanName('x'.repeat(76) + person, 80);
		expect(name).toBe('x'.repeat(76));
	});

	it('cuts a single over-long character between code points', () => {
		const zalgo = 'a' + '\u0301'.repeat(200);
		const { name } = cleanName(zalgo, 80);
		expect(name).toBe(zalgo.slice(0, 80));
	});

	it('gives names that a link carries back unchanged, with no message', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 120 }),
					fc.string({ unit: 'grapheme', maxLength: 120 }),
					fc
						.array(
							fc.constantFrom('😀', '\u202e', '\u2066', '<', '\n', ' ', 'a', '\ud83d', '\u0000'),
							{
								maxLength: 100
							}
						)
						.map((parts) => parts.join(''))
				),
				(input) => {
					const { name } = cleanName(input, 80);
					expect(name.length).toBeLessThanOrEqual(80);
					expect(hasLoneSurrogate(name)).toBe(false);
					expect(cleanName(name, 80).name).toBe(name);
					const parsed = parseScenarioParams(toSearchParams({ ...DEFAULT_SCENARIO, name }));
					expect(parsed.issues).toEqual([]);
					expect(parsed.scenario.name).toBe(name);
				}
			),
			{ numRuns: 500 }
		);
	}, 60_000);
});

describe('cleanName cuts between characters as a person sees them', () => {
	it.each([
		{ name: 'an accent stays with its letter', tail: 'e\u0301' },
		{ name: 'a flag stays whole', tail: '🇫🇷' },
		{ name: 'a keycap stays whole', tail: '1\ufe0f\u20e3' }
	])('$name', ({ tail }) => {
		const raw = 'x'.repeat(79) + tail;
		expect(cleanName(raw, 80).name).toBe('x'.repeat(79));
	});

	it('keeps whole flags that fit', () => {
		const flags = '🇫🇷🇩🇪'.repeat(10) + '🇮🇹'; // 21 flags of 4 units
		expect(cleanName('x' + flags, 80).name).toBe('x' + '🇫🇷🇩🇪'.repeat(9) + '🇫🇷');
	});
});
