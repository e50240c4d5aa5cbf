// Browser tests drive Debian's Chromium; Playwright cannot download its own browser here.
// Installs the package when it is missing so a bare machine (CI) needs no manual step.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM_PATH)) {
	process.exit(0);
}
console.log(`Chromium not found at ${CHROMIUM_PATH}; installing Debian's chromium package…`);
const asRoot = process.getuid?.() === 0 ? '' : 'sudo ';
try {
	execSync(`${asRoot}apt-get update`, { stdio: 'inherit' });
	execSync(
		`${asRoot}env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium`,
		{
			stdio: 'inherit'
		}
	);
} catch {
	console.error(
		'Could not install Chromium with apt-get. Install the "chromium" package, or set CHROMIUM_PATH.'
	);
	process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
	console.error(`apt-get finished but ${CHROMIUM_PATH} is still missing.`);
	process.exit(1);
}
