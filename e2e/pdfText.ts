/**
 * What a PDF from Chromium prints, read from the file itself: how many pages, and the size of its
 * text in points as it lands on paper (the font size times every scale on the way: the CSS zoom,
 * an SVG's viewBox, and the shrink Chromium applies when content is wider than the page). Reads
 * the page content streams Skia writes (Flate-compressed, text shown with Tf/Tm/Tj).
 */
import { inflateSync } from 'node:zlib';

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n, in PDF's row-vector convention (m is applied first). */
function multiply(m: Matrix, n: Matrix): Matrix {
	return [
		m[0] * n[0] + m[1] * n[2],
		m[0] * n[1] + m[1] * n[3],
		m[2] * n[0] + m[3] * n[2],
		m[2] * n[1] + m[3] * n[3],
		m[4] * n[0] + m[5] * n[2] + n[4],
		m[4] * n[1] + m[5] * n[3] + n[5]
	];
}

interface PdfStream {
	id: string;
	dictionary: string;
	content: string;
}

function streams(pdf: Buffer): PdfStream[] {
	const text = pdf.toString('latin1');
	const found: PdfStream[] = [];
	const header = /(\d+) 0 obj\b/g;
	for (let m = header.exec(text); m; m = header.exec(text)) {
		const objectEnd = text.indexOf('endobj', m.index);
		const streamAt = text.indexOf('stream', m.index);
		if (streamAt < 0 || streamAt > objectEnd) continue;
		const dictionary = text.slice(m.index + m[0].length, streamAt);
		const start = streamAt + (text.startsWith('stream\r\n', streamAt) ? 8 : 7);
		const raw = pdf.subarray(start, text.lastIndexOf('endstream', objectEnd));
		let content: string;
		try {
			content = /\/FlateDecode/.test(dictionary)
				? inflateSync(raw).toString('latin1')
				: raw.toString('latin1');
		} catch {
			continue;
		}
		found.push({ id: m[1], dictionary, content });
		header.lastIndex = objectEnd;
	}
	return found;
}

/** Pages in a PDF: its page objects (not the `/Type /Pages` tree node). */
export function pdfPageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const TOKEN =
	/<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|\/[^\s/[\]<>()]+|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"*]+/g;

/** The printed size, in points, of every run of text the pages show. */
export function pdfTextSizes(pdf: Buffer): number[] {
	const text = pdf.toString('latin1');
	const pageContents = new Set(
		[...text.matchAll(/\/Type\s*\/Page[^s][\s\S]*?\/Contents\s+(\d+)\s+0\s+R/g)].map((m) => m[1])
	);
	const sizes: number[] = [];
	for (const s of streams(pdf)) {
		const showsText = /\bBT\b[\s\S]*\bTf\b/.test(s.content);
		if (!pageContents.has(s.id)) {
			// Text in a form XObject would be drawn under a matrix this reader does not follow.
			if (showsText && /\/Subtype\s*\/Form/.test(s.dictionary)) {
				throw new Error(`PDF object ${s.id} draws text inside a form; pdfTextSizes cannot size it`);
			}
			continue;
		}
		let ctm: Matrix = IDENTITY;
		const saved: Matrix[] = [];
		let tm: Matrix = IDENTITY;
		let fontSize = 0;
		const operands: number[] = [];
		for (const token of s.content.match(TOKEN) ?? []) {
			if (/^[-+.\d]/.test(token)) {
				operands.push(Number(token));
				continue;
			}
			switch (token) {
				case 'q':
					saved.push(ctm);
					break;
				case 'Q':
					ctm = saved.pop() ?? IDENTITY;
					break;
				case 'cm':
					ctm = multiply(operands.slice(-6) as Matrix, ctm);
					break;
				case 'BT':
					tm = IDENTITY;
					break;
				case 'Tm':
					tm = operands.slice(-6) as Matrix;
					break;
				case 'Tf':
					fontSize = operands[operands.length - 1];
					break;
				case 'Tj':
				case 'TJ':
				case "'":
				case '"': {
					const m = multiply(tm, ctm);
					// The height of the text's em box on the page: the length of its y axis.
					sizes.push(fontSize * Math.hypot(m[2], m[3]));
					break;
				}
			}
			if (!/^[<([\]/]/.test(token)) operands.length = 0;
		}
	}
	return sizes;
}
