/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, fields with commas, quotes or line
 * breaks in double quotes, quotes doubled), made safe to open in a spreadsheet: a text cell that
 * starts with = + - @ (or a tab or carriage return) would be read as a formula, so it gets a
 * leading apostrophe, as OWASP's "CSV Injection" page advises. Numbers are written as numbers,
 * so a negative figure stays a number.
 */

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Significant figures of a fractional number in a sheet. The model's figures carry a few percent
 * of run-to-run noise (docs/validation.md: within 5% of theory), so four figures hold all the
 * information and no sheet shows a 16-digit float tail (0.30000000000000004). Whole numbers
 * (counts, weeks) are written as they are.
 */
export const CSV_SIGNIFICANT_FIGURES = 4;

/** A number as a sheet shows it: whole numbers exact, others to CSV_SIGNIFICANT_FIGURES. */
export function sheetNumber(value: number): string {
	if (Number.isInteger(value)) return String(value);
	return String(Number(value.toPrecision(CSV_SIGNIFICANT_FIGURES)));
}

/** One cell, escaped and defused. Non-finite numbers and missing values are empty cells. */
export function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? sheetNumber(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Reads CSV text back into rows of strings (quotes undone, apostrophe guards kept): for tests
 * and for checking a downloaded file against the figures on screen.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const ch = body[i];
		if (quoted) {
			if (ch === '"' && body[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') {
				quoted = false;
			} else {
				cell += ch;
			}
		} else if (ch === '"') {
			quoted = true;
		} else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\r' && body[i + 1] === '\n') {
			continue;
		} else if (ch === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else {
			cell += ch;
		}
	}
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}
