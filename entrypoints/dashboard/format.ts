import type { Locale } from '@/lib/i18n';

const compact = new Map<string, Intl.NumberFormat>();

/** "$12K", "¥1.2万": short money for chart labels, in the reader's locale. */
export function compactMoney(locale: Locale, amount: number, currency = 'USD'): string {
  const key = `${locale}:${currency}`;
  let format = compact.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    compact.set(key, format);
  }
  return format.format(amount);
}

const counts = new Map<string, Intl.NumberFormat>();

export function count(locale: Locale, n: number): string {
  let format = counts.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    counts.set(locale, format);
  }
  return format.format(n);
}
