/** The /model page's copy of the validation table (src/lib/model/validation.json), kept equal to the run. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pageValidationTable } from '../lib/model/validationTable';
import type { ValidationReport } from './validationChecks';

/** The /model page's copy of this table, written by `--write-page-table`. */
export const PAGE_TABLE_FILE = fileURLToPath(
	new URL('../lib/model/validation.json', import.meta.url)
);

/**
 * Writes the /model page's table from this run, or checks the stored one equals it: the page
 * shows what validate computed, never figures typed by hand or left from older code. Returns
 * what is wrong, or null.
 */
export function checkPageTable(report: ValidationReport, write: boolean): string | null {
	const table = pageValidationTable(report);
	if (write) {
		writeFileSync(PAGE_TABLE_FILE, JSON.stringify(table, null, '\t') + '\n');
		return null;
	}
	let stored: unknown = null;
	try {
		stored = JSON.parse(readFileSync(PAGE_TABLE_FILE, 'utf8'));
	} catch {
		// A missing or unreadable file is reported below like a stale one.
	}
	// Compared as data, so reformatting the file (prettier) is not a difference.
	return JSON.stringify(stored) === JSON.stringify(table)
		? null
		: `the /model page's validation table (${PAGE_TABLE_FILE}) differs from this run; ` +
				'write it again with npm run validate -- --write-page-table';
}
