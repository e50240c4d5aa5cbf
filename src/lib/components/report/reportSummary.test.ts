import { describe, expect, it } from 'vitest';
import { presetScenario } from '$lib/scenario';
import { changedLines, structureLines } from './reportSummary';

describe('report summary lines', () => {
	it('states the structure of the scale-up preset', () => {
		expect(structureLines(presetScenario('scale-up'))).toEqual([
			{ label: 'Starting point', value: 'Scale-up: a PO per team, a PM per three teams' },
			{ label: 'Teams', value: '8 of 6 developers' },
			{
				label: 'Product roles',
				value: 'Separate: a PO per team, a PM per k teams; POs one per team; PMs one per 3 teams'
			},
			{ label: 'People', value: '3 PMs, 8 POs, 48 developers' },
			{ label: 'Horizon', value: '26 weeks, 2-week sprints' },
			{ label: 'Runs', value: '20 from seed 1' }
		]);
	});

	it('counts one combined PM/PO in the singular', () => {
		expect(structureLines(presetScenario('startup'))[3]).toEqual({
			label: 'People',
			value: '1 combined PM/PO, 6 developers'
		});
	});

	it('says continuous flow instead of sprints when ready work goes straight to the team', () => {
		const s = { ...presetScenario('scale-up'), planning: 'flow' as const };
		expect(structureLines(s)[4]).toEqual({ label: 'Horizon', value: '26 weeks, continuous flow' });
		expect(changedLines(s)).toEqual([]);
	});

	it('lists the other settings changed from the preset, with units', () => {
		const s = {
			...presetScenario('scale-up'),
			teams: 9,
			pmMeetings: 0.3,
			stakeholderDays: 4,
			leaderPenalty: 2
		};
		expect(changedLines(s)).toEqual([
			{ label: 'PM meeting overhead', value: '30% (preset 25%)' },
			{ label: 'Stakeholder response time', value: '4 days (preset 2 days)' },
			{ label: 'Penalty when leadership absorbs product work', value: '×2 (preset ×1.5)' }
		]);
	});
});
