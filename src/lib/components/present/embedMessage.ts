/**
 * The message an embedded page posts to its host page whenever its height changes, so the host can
 * size the iframe to it:
 *
 *   window.addEventListener('message', (event) => {
 *     if (event.data?.type === 'org-design-simulator:height') iframe.style.height = `${event.data.height}px`;
 *   });
 */

export const EMBED_HEIGHT_MESSAGE = 'org-design-simulator:height';

export interface EmbedHeightMessage {
	type: typeof EMBED_HEIGHT_MESSAGE;
	/** The embed's full height in CSS pixels, rounded up. */
	height: number;
	/** The one view shown (`view=`), or null for all. */
	view: string | null;
}

export function embedHeightMessage(height: number, view: string | null): EmbedHeightMessage {
	return { type: EMBED_HEIGHT_MESSAGE, height: Math.ceil(height), view };
}

/** The HTML a host pastes to embed a page: a fixed-size iframe with an accessible title. */
export function embedSnippet(src: string, title: string, width = 640, height = 480): string {
	const attr = (value: string) =>
		value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${attr(src)}" title="${attr(title)}" width="${width}" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
