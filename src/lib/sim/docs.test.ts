import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../scenario/index';
import { BOTTLENECK_LOAD } from './metrics/bottlenecks';
import { MIN_TASKS_FOR_WAIT, STARVED_WAIT_RATIO } from './metrics/coverage';
import { LOAD_CAP, OVERLOADED_LOAD, STRAINED_LOAD } from './metrics/verdict';
import { TREGUBOV_LOSS, WEINBERG_FOCUS } from './org';

const model = readFileSync('docs/model.md', 'utf8');
const cli = readFileSync('docs/cli.md', 'utf8');

const MODEL_GROUPS = new Set(['roles', 'demand', 'model', 'hidden']);

describe('docs/model.md stays true to the code', () => {
	it('names every role, demand and model setting', () => {
		const missing = FIELDS.filter((f) => MODEL_GROUPS.has(f.group)).filter(
			(f) => !model.includes('`' + f.key + '`')
		);
		expect(missing.map((f) => f.key)).toEqual([]);
	});

	it('quotes each setting’s default where it gives a number beside it', () => {
		const wrong: string[] = [];
		for (const field of FIELDS) {
			if (field.type !== 'int' && field.type !== 'number') continue;
			const pattern = new RegExp('`' + field.key + '`\\s+\\(?(?:default )?(\\d+(?:\\.\\d+)?)', 'g');
			for (const match of model.matchAll(pattern)) {
				if (Number(match[1]) !== field.default) wrong.push(`${field.key}: ${match[1]}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('states the switching figures and every threshold the code uses', () => {
		const row = model.split('\n').find((line) => line.startsWith('| Weinberg share'))!;
		const cells = row.split('|').map((c) => c.trim());
		expect(cells.slice(2, 2 + WEINBERG_FOCUS.length).map(Number)).toEqual([...WEINBERG_FOCUS]);
		const flat = model.replace(/\s+/g, ' ');
		for (const [name, value] of Object.entries({
			TREGUBOV_LOSS,
			STRAINED_LOAD,
			OVERLOADED_LOAD,
			BOTTLENECK_LOAD,
			LOAD_CAP,
			MIN_TASKS_FOR_WAIT
		})) {
			expect(flat).toContain(`\`${name}\` = ${value}`);
		}
		expect(flat).toContain(`(0.85 / 0.15 = ${STARVED_WAIT_RATIO.toFixed(1)})`);
	});
});

describe('docs/cli.md', () => {
	it('documents every flag the CLI accepts and both exit codes', () => {
		for (const flag of ['--runs N', '--json', '--help']) expect(cli).toContain(flag);
		for (const key of ['hiddenWork', 'coordinationHours', 'reworkHours', 'decisionWaitHours']) {
			expect(cli).toContain(`"${key}"`);
		}
		expect(cli).toContain('**0** done; **2** a bad scenario link');
	});
});
