/**
 * The CLI's messages quote a short excerpt of what it was given, and a hostile link is refused as
 * fast as a short bad one (issue 12, points 1 and 6).
 */
import { describe, expect, it } from 'vitest';
import { parseArgs, run, UsageError } from './simulate';

const usageMessage = (argv: string[]) => {
	try {
		parseArgs(argv);
	} catch (error) {
		if (error instanceof UsageError) return error.message;
		throw error;
	}
	throw new Error('no usage error');
};

describe('simulate messages on stderr stay short', () => {
	it.each([
		{
			name: 'a long --runs value',
			argv: [`--runs=${'9'.repeat(100_000)}`],
			expected: `--runs must be a whole number from 1 to 500; got "${'9'.repeat(40)}…" (100,000 characters)`
		},
		{
			name: 'a long unknown option',
			argv: [`--${'x'.repeat(8_000)}`],
			expected: `unknown option "--${'x'.repeat(38)}…" (8,002 characters) (use --runs N, --json, --help)`
		},
		{
			name: 'a long second link',
			argv: ['teams=3', 'y'.repeat(100_000)],
			expected: `one scenario link only; got a second one "${'y'.repeat(40)}…" (100,000 characters) (quote the link)`
		}
	])('$name', ({ argv, expected }) => {
		expect(usageMessage(argv)).toBe(expected);
	});

	it('a duplicated 8,000-character key gives short lines, not 8 kB', () => {
		const key = 'k'.repeat(8_000);
		const out = run([`${key}=1&${key}=2`]);
		expect(out.code).toBe(2);
		const lines = out.stderr.trimEnd().split('\n');
		expect(lines).toHaveLength(2);
		for (const line of lines) expect(line.length).toBeLessThan(200);
	});

	it('a 30,000-digit number costs about what decoding a link that long costs', () => {
		const cost = (link: string) => {
			const times: number[] = [];
			for (let i = 0; i < 5; i++) {
				const start = performance.now();
				for (let j = 0; j < 5; j++) run([link]);
				times.push(performance.now() - start);
			}
			return times.sort((a, b) => a - b)[2];
		};
		const digits = '1'.repeat(30_000) + 'x';
		expect(run([`teams=${digits}`]).stderr).toBe(
			`simulate: teams is too long to read (at most 400 characters); got "${'1'.repeat(40)}…" (30,001 characters); using 8\n`
		);
		// The same digits under an unknown key are decoded but never checked as a number: the
		// difference is the number check alone, which was quadratic (2.4 s for 30,000 digits).
		expect(cost(`teams=${digits}`) / cost(`tems0=${digits}`)).toBeLessThan(5);
	}, 60_000);
});
