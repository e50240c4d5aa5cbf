/**
 * The validation table of the /model page: the figures `npm run validate` computes (the engine
 * beside queueing theory), reduced to what a reader needs and rounded to four significant
 * figures, more than the checks' 5% tolerance needs. `validate` writes validation.json from its
 * own run and fails when the stored file differs, so the page cannot show stale figures.
 */

/**
 * The parts of a validate row the page shows (QueueRow, Mg1Row and LittleRow of
 * src/cli/validationChecks.ts).
 */
interface Estimated {
	mean: number;
	halfWidth95: number;
}
export interface ValidatedQueueRow {
	kind: string;
	engine: string;
	servers?: number;
	load: number;
	replications: number;
	theoryMeanTimeInSystem: number;
	meanTimeInSystem: Estimated;
	timeInSystemError: number;
	theoryMeanWait: number;
	meanWait: Estimated;
	waitError: number;
	pass: boolean;
}
export interface ValidatedLittleRow {
	seed: number;
	weeks: number;
	completed: number;
	littleWip: number;
	wipMean: number;
	relativeError: number;
	pass: boolean;
}
export interface ValidationInput {
	tolerance: number;
	mm1: ValidatedQueueRow[];
	mmc: ValidatedQueueRow[];
	mg1: ValidatedQueueRow[];
	little: ValidatedLittleRow[];
	pass: boolean;
}

export interface PageQueueRow {
	model: string;
	engine: 'queue' | 'org';
	servers: number;
	load: number;
	replications: number;
	theoryW: number;
	engineW: number;
	errorW: number;
	theoryWq: number;
	engineWq: number;
	errorWq: number;
	pass: boolean;
}

export interface PageLittleRow {
	seed: number;
	weeks: number;
	completed: number;
	littleWip: number;
	wipMean: number;
	error: number;
	pass: boolean;
}

export interface PageValidationTable {
	tolerance: number;
	queues: PageQueueRow[];
	little: PageLittleRow[];
	pass: boolean;
}

/** Four significant figures, as a number (JSON keeps no 16-digit tails). */
export function round4(x: number): number {
	return Number.isFinite(x) ? Number(x.toPrecision(4)) : x;
}

function queueRow(r: ValidatedQueueRow): PageQueueRow {
	return {
		model: r.kind,
		engine: r.engine === 'org' ? 'org' : 'queue',
		servers: r.servers ?? 1,
		load: round4(r.load),
		replications: r.replications,
		theoryW: round4(r.theoryMeanTimeInSystem),
		engineW: round4(r.meanTimeInSystem.mean),
		errorW: round4(r.timeInSystemError),
		theoryWq: round4(r.theoryMeanWait),
		engineWq: round4(r.meanWait.mean),
		errorWq: round4(r.waitError),
		pass: r.pass
	};
}

/** The page's table from a full validation report. */
export function pageValidationTable(report: ValidationInput): PageValidationTable {
	return {
		tolerance: report.tolerance,
		queues: [...report.mm1, ...report.mmc, ...report.mg1].map(queueRow),
		little: report.little.map((r) => ({
			seed: r.seed,
			weeks: r.weeks,
			completed: r.completed,
			littleWip: round4(r.littleWip),
			wipMean: round4(r.wipMean),
			error: round4(r.relativeError),
			pass: r.pass
		})),
		pass: report.pass
	};
}
