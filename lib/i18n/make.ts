import type { MessageKey } from './en';

export type Locale = 'en' | 'zh-CN';
export type Catalog = Record<MessageKey, string>;
/** Some of the texts of a language: the areas (lib/i18n/areas/) a page's bundle carries. */
export type Texts = Partial<Catalog>;

export interface I18n {
  locale: Locale;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  date(epoch: number): string;
  money(amount: number, currency?: string): string;
  percent(share: number): string;
}

/**
 * English is in the bundle of every page that shows it (the reference and the fallback); any other language is a
 * chunk of its own, loaded the first time it is asked for, so a page shown in English never parses it.
 */
export async function loadCatalog(locale: Locale): Promise<Texts | null> {
  return locale === 'zh-CN' ? import('./zh-CN').then((m) => m.zhCN) : null;
}

export function pickLocale(setting: 'auto' | Locale, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The texts and formats of a locale: its catalog, else the English the page carries, else the key. */
export function makeI18n(locale: Locale, catalog: Texts | null, english: Texts): I18n {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  // A formatter is costly to make (a tenth of a millisecond): one per currency, made the first time it is shown.
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const moneyFormat = (currency: string) => {
    let format = moneyFormats.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
      moneyFormats.set(currency, format);
    }
    return format;
  };
  return {
    locale,
    t(key, params) {
      const text = catalog?.[key] ?? english[key] ?? key;
      return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
    },
    date: (epoch) => dateFormat.format(epoch),
    money: (amount, currency = 'USD') => moneyFormat(currency).format(amount),
    percent: (share) => percentFormat.format(share),
  };
}
