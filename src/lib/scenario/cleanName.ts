/**
 * The one sanitiser for scenario names, whatever they come from: a link, an imported file, the
 * saved-scenarios store or the name box. A clean name is plain text that survives a link round
 * trip unchanged, so the app never reports its own link as broken.
 */
import { INVISIBLE_CONTROLS, safePrefix } from './excerpt';

/** Characters that could read as markup or break an exported file or CSV. */
const MARKUP = /[<>"'`\\]/g;
// Half of a surrogate pair on its own: it cannot be encoded in a link (it becomes U+FFFD).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export interface CleanName {
	name: string;
	/** Markup characters such as < > " ' were removed. */
	markupRemoved: boolean;
	/** Control characters, direction marks or broken surrogates were removed. */
	invisibleRemoved: boolean;
	/** The name was longer than the limit and was cut. */
	cut: boolean;
}

// A code point that belongs to the one before it on screen: a combining mark, a variation
// selector, a skin-tone modifier, an emoji tag, or the joiner of an emoji sequence.
const JOINS_PREVIOUS =
	/^(?:\p{M}|\u200d|[\ufe00-\ufe0f]|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}])/u;
const REGIONAL_INDICATOR = /^[\u{1f1e6}-\u{1f1ff}]$/u;
const ZERO_WIDTH_JOINER = 0x200d;

const codePointBefore = (text: string, end: number) =>
	text.slice(safePrefix(text, end - 1).length, end);

/** True when a cut at `end` would split one character on screen (an emoji with its modifiers,
 * a letter with its accents, a flag). */
function splitsCharacter(text: string, end: number): boolean {
	if (text.charCodeAt(end - 1) === ZERO_WIDTH_JOINER) return true;
	if (JOINS_PREVIOUS.test(text.slice(end, end + 2))) return true;
	// Flags are pairs of regional indicators: a cut after an odd count of them splits one.
	let indicators = 0;
	for (let i = end; i > 0 && REGIONAL_INDICATOR.test(codePointBefore(text, i)); i -= 2)
		indicators++;
	return indicators % 2 === 1 && REGIONAL_INDICATOR.test(text.slice(end, end + 2));
}

/**
 * At most `maxLength` UTF-16 units of `text`, cut between characters as a person sees them (an
 * emoji keeps its modifiers), or between code points when one character is already too long.
 * Never a lone surrogate: that would become U+FFFD in the link.
 */
function cutAt(text: string, maxLength: number): string {
	if (text.length <= maxLength) return text;
	let end = safePrefix(text, maxLength).length;
	while (end > 0 && splitsCharacter(text, end)) end = safePrefix(text, end - 1).length;
	return text.slice(0, end > 0 ? end : safePrefix(text, maxLength).length);
}

/**
 * Cleans a name: line breaks and tabs become spaces; markup, control and direction characters and
 * broken surrogates are dropped; spaces are single; at most maxLength UTF-16 units, cut safely.
 */
export function cleanName(raw: string, maxLength: number): CleanName {
	const spaced = raw.replace(/\s+/g, ' ');
	const visible = spaced.replace(INVISIBLE_CONTROLS, '').replace(LONE_SURROGATE, '');
	const plain = visible.replace(MARKUP, '');
	const tidy = plain.replace(/ {2,}/g, ' ').trim();
	const name = cutAt(tidy, maxLength).trim();
	return {
		name,
		markupRemoved: plain.length !== visible.length,
		invisibleRemoved: visible.length !== spaced.length,
		cut: name.length < tidy.length
	};
}

/** What cleaning changed, as the message for `key`; undefined when it changed nothing to mention. */
export function cleaningNote(key: string, clean: CleanName, maxLength: number): string | undefined {
	const notes = [
		clean.markupRemoved && `characters such as < > " ' were removed`,
		clean.invisibleRemoved && 'invisible control or direction characters were removed',
		clean.cut && `it was cut to ${maxLength} characters`
	].filter(Boolean);
	return notes.length ? `${key}: ${notes.join(' and ')}` : undefined;
}
