import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedHeightMessage, embedSnippet } from './embedMessage';

describe('embedHeightMessage(height, view)', () => {
	it('rounds the height up and names the view', () => {
		expect(embedHeightMessage(812.2, 'network')).toEqual({
			type: EMBED_HEIGHT_MESSAGE,
			height: 813,
			view: 'network'
		});
		expect(embedHeightMessage(400, null)).toEqual({
			type: EMBED_HEIGHT_MESSAGE,
			height: 400,
			view: null
		});
	});
});

describe('embedSnippet(src, title)', () => {
	it('writes an iframe whose attributes cannot be broken out of', () => {
		expect(embedSnippet('https://x.test/?embed=1&name=a"b', 'Team <A> & "B"')).toBe(
			'<iframe src="https://x.test/?embed=1&amp;name=a&quot;b" title="Team &lt;A> &amp; &quot;B&quot;" width="640" height="480" style="border:0" loading="lazy"></iframe>'
		);
	});
});
