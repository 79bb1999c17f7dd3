import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

export type Locale = 'en' | 'zh-CN';
export type { MessageKey };

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

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

export function createI18n(locale: Locale): I18n {
  const catalog = catalogs[locale];
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
