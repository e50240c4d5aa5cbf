import { describe, expect, it } from 'vitest';
import { FIELD_BY_KEY, type NumberField } from '../scenario/index';
import { defaultVary, SWEEP_LINK_KEYS } from './defaultVary';
import { parseVary } from './varySpec';

const field = (key: string) => FIELD_BY_KEY.get(key) as NumberField;

describe('defaultVary(field, value)', () => {
	it.each([
		{ key: 'teamsPerPm', value: 3, expected: 'teamsPerPm:1..10' },
		{ key: 'teams', value: 8, expected: 'teams:1..24' },
		{ key: 'teams', value: 40, expected: 'teams:1..120:log' },
		{ key: 'pmHours', value: 40, expected: 'pmHours:1..60:5' },
		{ key: 'pmMeetings', value: 0.25, expected: 'pmMeetings:0..0.9:0.1' }
	])('$key at $value → $expected, a sweep that parses', ({ key, value, expected }) => {
		const spec = defaultVary(field(key), value);
		expect(spec).toBe(expected);
		expect(parseVary(spec).values.length).toBeGreaterThan(5);
	});
	it('offers every numeric setting but the seed and runs', () => {
		expect(SWEEP_LINK_KEYS.has('teams')).toBe(true);
		expect(SWEEP_LINK_KEYS.has('seed')).toBe(false);
		expect(SWEEP_LINK_KEYS.has('runs')).toBe(false);
		expect(SWEEP_LINK_KEYS.has('model')).toBe(false);
	});
});
