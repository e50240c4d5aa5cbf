import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface AxeProblem {
	rule: string;
	impact: string;
	help: string;
	/** Where: the first few elements, as axe names them. */
	nodes: string[];
}

/**
 * The serious and critical accessibility problems axe-core finds on the page as it is now (WCAG
 * 2.1 A and AA rules and axe's best practices), in a form that reads in a failed assertion.
 *
 * Every rule runs on every element; only the report is trimmed. Passes are not needed, so axe
 * reports just the violations in full (`resultTypes`), and it runs in the page itself with
 * `axe.run` (legacy mode): the default hands every element's result to a blank page to finish,
 * which took two thirds of a 30 s check of the main page. Legacy mode skips only cross-origin
 * frames, and the app has none (axe-helper.e2e.ts checks a planted problem is still found, in a
 * same-origin frame too).
 */
export async function seriousAxeProblems(page: Page): Promise<AxeProblem[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.options({ resultTypes: ['violations'] })
		.setLegacyMode()
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({
			rule: v.id,
			impact: v.impact ?? '',
			help: v.help,
			nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' '))
		}));
}
