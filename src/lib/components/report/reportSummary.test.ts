import { describe, expect, it } from 'vitest';
import { presetScenario } from '$lib/scenario';
import { changedLines, structureLines } from './reportSummary';

describe('report summary lines', () => {
	it('states the structure of the scale-up preset', () => {
		expect(structureLines(presetScenario('scale-up'))).toEqual([
			{ label: 'Starting point', value: 'Scale-up' },
			{ label: 'Teams', value: '8 teams of 6 developers' },
			{
				label: 'Product roles',
				value: 'Separate PM and PO: POs one per team; PMs one per 3 teams'
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

	it('names the product model once, then its ratios', () => {
		expect(structureLines(presetScenario('combined'))[2]).toEqual({
			label: 'Product roles',
			value: 'Combined PM/PO: PM/POs one per team'
		});
		expect(structureLines(presetScenario('po-only'))[2].value).toBe('PO only: POs one per team');
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
