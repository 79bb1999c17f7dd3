import { en, type MessageKey } from './en';

export type Locale = 'en' | 'zh-CN';
export type { MessageKey };
export type Catalog = Record<MessageKey, string>;

/**
 * English is in every page's bundle (the reference and the fallback); any other language is a chunk of
 * its own, loaded the first time it is asked for, so a page shown in English never parses it.
 */
const loaders: Record<Locale, () => Promise<Catalog>> = {
  en: async () => en,
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
};

export function pickLocale(setting: 'auto' | Locale, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export interface I18n {
  locale: Locale;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  date(epoch: number): string;
  money(amount: number, currency?: string): string;
  percent(share: number): string;
}

/** The texts and formats of a locale, its catalog loaded first when it is not English. */
export async function loadI18n(locale: Locale): Promise<I18n> {
  return createI18n(locale, await loaders[locale]());
}

export function createI18n(locale: 'en'): I18n;
export function createI18n(locale: Locale, catalog: Catalog): I18n;
export function createI18n(locale: Locale, catalog: Catalog = en): I18n {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    locale,
    t(key, params) {
      const text = catalog[key] ?? en[key] ?? key;
      return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
    },
    date: (epoch) => dateFormat.format(epoch),
    money: (amount, currency = 'USD') =>
      new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount),
    percent: (share) => percentFormat.format(share),
  };
}
