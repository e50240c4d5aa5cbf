/** The person's choice to test single changes as soon as results are in, kept in the browser. */
/** localStorage key of the "test changes as soon as results are in" preference. */
export const AUTO_TEST_KEY = 'org-design-simulator:auto-test-changes';

/** On unless the person switched it off (a slow laptop in a meeting wants its cores back). */
export function readAutoTest(): boolean {
	try {
		return globalThis.localStorage?.getItem(AUTO_TEST_KEY) !== 'off';
	} catch {
		return true;
	}
}

export function writeAutoTest(on: boolean): void {
	try {
		globalThis.localStorage?.setItem(AUTO_TEST_KEY, on ? 'on' : 'off');
	} catch {
		// Storage refused (private mode, quota): the choice lasts for this page only.
	}
}
