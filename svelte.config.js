import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';

/**
 * SvelteKit's route announcer (the live region that reads the page title after a navigation) is
 * the one element that carries a style attribute (sveltejs/kit#11993). Only this exact value is
 * allowed, by its hash; a kit upgrade that changes it shows up as a violation in e2e/csp.e2e.ts.
 * app.css hides the announcer too, for browsers without 'unsafe-hashes'.
 */
const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerHash = `sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		// Relative asset paths let the static build be hosted under any folder.
		paths: { relative: true },
		// Hash mode: the prerendered pages carry the policy as a <meta http-equiv> tag, with the
		// hashes of SvelteKit's own inline start-up script added to script-src. Directives a meta
		// tag cannot carry (frame-ancestors, report-uri, sandbox) belong in the host's headers:
		// see "Hosting" in the README.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerHash],
				'img-src': ['self', 'blob:'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
