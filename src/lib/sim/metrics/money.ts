import type { Currency } from '../../scenario/index';

/**
 * Money as people read it: whole currency units with thousands grouped ("$10,190,648"), or in
 * thousands with "k" where space is short ("$10,191k"). Salaries are assumptions to the nearest
 * thousand, so nothing finer than a whole unit is ever shown. Written by hand rather than with
 * Intl so that Node and every browser print the same characters.
 */

const SYMBOLS: Partial<Record<Currency, string>> = {
	USD: '$',
	EUR: '€',
	GBP: '£',
	CAD: 'CA$',
	AUD: 'A$',
	INR: '₹'
};

/** A whole number with thousands grouped: "2,326". */
export const grouped = (whole: number): string =>
	String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "$1,234", "CHF 1,234"; with `compact`, amounts of 10,000 and more in thousands: "$10,191k". */
export function formatMoney(value: number, currency: Currency, compact = false): string {
	const negative = value < 0 && Math.round(Math.abs(value)) > 0;
	const amount = Math.abs(value);
	const digits =
		compact && amount >= 10_000
			? `${grouped(Math.round(amount / 1000))}k`
			: grouped(Math.round(amount));
	const symbol = SYMBOLS[currency];
	const text = symbol ? `${symbol}${digits}` : `${currency} ${digits}`;
	return negative ? `−${text}` : text;
}

/** A change in money with its sign: "+$169k", "−$1,300", "no change". */
export function formatMoneyChange(value: number, currency: Currency): string {
	if (Math.round(value) === 0) return 'no change';
	const text = formatMoney(Math.abs(value), currency, true);
	return value > 0 ? `+${text}` : `−${text}`;
}
