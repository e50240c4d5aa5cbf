// One place for how we start Debian's Chromium: tests, screenshots and browser benchmarks share it.
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without these flags Chromium reaches for the (closed) network and for a GPU this machine lacks.
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
