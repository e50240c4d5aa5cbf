/**
 * Browser tests start with "Test changes as soon as results are in" switched off, so the page's
 * what-if ranking does not compete for the two cores with what a test measures; the tests of the
 * advice and the what-if ranking switch it back on with `test.use(WITH_ADVICE)`.
 */
import { AUTO_TEST_KEY } from '../src/lib/components/whatif/autoTestPreference';

type StorageState = {
	cookies: [];
	origins: { origin: string; localStorage: { name: string; value: string }[] }[];
};

export function adviceOff(origin: string): StorageState {
	return {
		cookies: [],
		origins: [{ origin, localStorage: [{ name: AUTO_TEST_KEY, value: 'off' }] }]
	};
}

/** A fresh browser, as a first-time visitor has it: the ranking starts by itself. */
export const WITH_ADVICE: { storageState: StorageState } = {
	storageState: { cookies: [], origins: [] }
};
