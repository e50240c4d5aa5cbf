import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './scripts/chromium';
import { adviceOff } from './e2e/advicePreference';

// PORT lets a second checkout run its tests beside a running preview.
const port = Number(process.env.PORT ?? 4173);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 30_000,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL,
		storageState: adviceOff(baseURL),
		launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
		trace: 'off'
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
