import { tickStep } from 'd3';
import type { NumberField } from '../scenario/index';
import { SWEEPABLE_FIELDS, varyParam } from './varySpec';

/** A seed sweep is a different question (how much luck matters) than "where does it break". */
const NO_SWEEP_LINK = new Set(['seed']);
/** A whole-number sweep lists every value up to this many, else it goes on a log scale. */
const MAX_LINEAR_POINTS = 30;
/** How far past the current value a whole-number sweep reaches (assumption: far enough to break). */
const REACH = 3;

/** The settings that get a "Sweep this" link in the panel. */
export const SWEEP_LINK_KEYS: ReadonlySet<string> = new Set(
	SWEEPABLE_FIELDS.map((f) => f.key).filter((k) => !NO_SWEEP_LINK.has(k))
);

/**
 * The sweep a "Sweep this" link starts with, in link form: a whole number from its minimum to
 * three times its value (at least 10), a decimal over its whole range in round steps.
 */
export function defaultVary(field: NumberField, value: number): string {
	if (field.type === 'int') {
		const to = Math.min(field.max, Math.max(10, REACH * value));
		if (to - field.min + 1 <= MAX_LINEAR_POINTS) return varyParam(field.key, field.min, to);
		return varyParam(field.key, Math.max(1, field.min), to, 'log');
	}
	return varyParam(field.key, field.min, field.max, tickStep(field.min, field.max, 10));
}
