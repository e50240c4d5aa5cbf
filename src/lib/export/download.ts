/** Starts a download of a Blob or text in the browser, with a given file name. */

export const MIME = {
	csv: 'text/csv;charset=utf-8',
	json: 'application/json;charset=utf-8',
	svg: 'image/svg+xml;charset=utf-8',
	png: 'image/png'
} as const;

/** A byte-order mark lets spreadsheet programs read a CSV's accented letters and dashes as UTF-8. */
export const UTF8_BOM = '\uFEFF';

export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// Chromium reads the blob after the click's task; revoking at once can cancel the download.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
	downloadBlob(new Blob([text], { type }), fileName);
}
