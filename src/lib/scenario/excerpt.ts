/**
 * The one way a message quotes text a person typed, pasted or imported: a short, marked excerpt.
 * A link may carry a 100,000-character value; the message about it names the first few
 * characters and the length, so no input can take over the page or a terminal.
 */

/** Characters quoted from input; enough to recognise the value, short enough to stay one line. */
export const EXCERPT_LENGTH = 40;

// Control characters (C0, DEL, C1) and the direction marks that reorder the text around them
// (Unicode bidi overrides, embeddings, isolates, LRM/RLM and the Arabic letter mark).
export const INVISIBLE_CONTROLS =
	// eslint-disable-next-line no-control-regex -- control characters are exactly what we match
	/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The first `maxUnits` UTF-16 units of `text`, one fewer when the cut would split a surrogate
 * pair, so an emoji is kept whole or left out, never halved into U+FFFD.
 */
export function safePrefix(text: string, maxUnits: number): string {
	if (text.length <= maxUnits) return text;
	let end = Math.max(0, maxUnits);
	if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end)))
		end--;
	return text.slice(0, end);
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * `text` quoted for a message: control and direction characters shown as `?`, at most
 * EXCERPT_LENGTH characters, and when cut, an ellipsis and the full length:
 * `"1111…" (100,000 characters)`.
 */
export function excerpt(text: string): string {
	const shown = safePrefix(text, EXCERPT_LENGTH).replace(INVISIBLE_CONTROLS, '?');
	if (shown.length === text.length) return JSON.stringify(shown);
	return `${JSON.stringify(shown + '…')} (${count(text.length)} characters)`;
}

const PLAIN_NAME = /^[\w.-]{1,40}$/;

/** A key or option name in a message: as it is when it is a plain short name, else an excerpt. */
export function excerptName(name: string): string {
	return PLAIN_NAME.test(name) ? name : excerpt(name);
}
