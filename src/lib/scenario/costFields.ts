/**
 * The cost settings: salary per role per year, the employer's on-cost factor and the currency.
 * They change no simulated figure, only what the organisation costs (src/lib/sim/metrics/cost.ts).
 * Salaries are in the chosen currency; changing the currency relabels them, it converts nothing.
 * Kept apart from fields.ts so that table stays readable; FIELDS lists them last.
 */

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'INR'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const CURRENCY_LABELS: Record<Currency, string> = {
	USD: 'USD, US dollar',
	EUR: 'EUR, euro',
	GBP: 'GBP, pound sterling',
	CHF: 'CHF, Swiss franc',
	CAD: 'CAD, Canadian dollar',
	AUD: 'AUD, Australian dollar',
	SEK: 'SEK, Swedish krona',
	INR: 'INR, Indian rupee'
};

/**
 * BLS Occupational Employment and Wage Statistics, May 2023, SOC 15-1252 (software developers):
 * median annual wage $132,270.
 */
export const BLS_DEVELOPER_MEDIAN_2023 = 132_270;

const NO_PUBLIC_MEDIAN =
	'BLS publishes no product-manager or product-owner occupation, so there is no public median to cite.';

const salary = <K extends string>(key: K, label: string, value: number, source: string) => ({
	type: 'int' as const,
	key,
	label,
	group: 'cost' as const,
	min: 0,
	max: 10_000_000,
	step: 1000,
	unit: 'per year',
	default: value,
	source
});

export const COST_FIELDS = [
	salary(
		'devSalary',
		'Developer salary',
		BLS_DEVELOPER_MEDIAN_2023,
		'BLS Occupational Employment and Wage Statistics, May 2023: median annual wage of software developers (SOC 15-1252), $132,270.'
	),
	salary(
		'pmSalary',
		'Product Manager salary',
		150_000,
		`Assumption: a little above a developer's median, as PMs are usually paid. ${NO_PUBLIC_MEDIAN}`
	),
	salary(
		'poSalary',
		'Product Owner salary',
		130_000,
		`Assumption: about a developer's median. ${NO_PUBLIC_MEDIAN}`
	),
	salary(
		'pmpoSalary',
		'Combined PM/PO salary',
		140_000,
		`Assumption: between the PM and the PO salary. ${NO_PUBLIC_MEDIAN}`
	),
	{
		type: 'number' as const,
		key: 'onCost' as const,
		label: 'Employer on-cost factor',
		group: 'cost' as const,
		min: 1,
		max: 3,
		step: 0.05,
		unit: 'x salary',
		default: 1.3,
		source:
			'Assumption: payroll taxes, benefits, equipment and office add about 30% to salary. Leadership time is not counted: leaders are paid whatever the product roles are.'
	},
	{
		type: 'choice' as const,
		key: 'currency' as const,
		label: 'Currency',
		group: 'cost' as const,
		options: CURRENCIES,
		optionLabels: CURRENCY_LABELS,
		default: 'USD' as Currency,
		source: 'The currency the salaries are in; changing it converts nothing.'
	}
] as const;
