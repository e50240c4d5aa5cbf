/**
 * The accessible name of a drawn chart item (a person, a role node, a state). WCAG 2.5.3, Label in
 * Name: the name starts with the texts drawn in the item, in the order they are drawn, so a
 * speech-input user can say what they see; axe checks it as `label-content-name-mismatch`.
 */

/** Put between drawn texts as a text node, so their words stay apart in the name's check. */
export const TEXT_GAP = ' ';

/** The drawn texts (empty ones skipped) joined by TEXT_GAP, then ". " and what else it needs. */
export function drawnName(drawn: readonly (string | null)[], rest = ''): string {
	const said = drawn.filter((t): t is string => t !== null && t !== '').join(TEXT_GAP);
	return rest === '' ? said : `${said}. ${rest}`;
}
