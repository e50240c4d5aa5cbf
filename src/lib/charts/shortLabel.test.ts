import { describe, expect, it } from 'vitest';
import { shortLabel } from './shortLabel';

describe('shortLabel(label)', () => {
	it.each([
		{ label: 'PM 1 (teams 1–3)', expected: 'PM 1' },
		{ label: 'Stakeholders (leadership, sales, marketing, finance)', expected: 'Stakeholders' },
		{ label: 'Team 4', expected: 'Team 4' },
		{ label: '(odd)', expected: '(odd)' }
	])('shortens "$label" to "$expected"', ({ label, expected }) => {
		expect(shortLabel(label)).toBe(expected);
	});
});
