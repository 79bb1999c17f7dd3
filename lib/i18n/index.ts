import { en, type MessageKey } from './en';
import { type Catalog, type I18n, type Locale, loadCatalog, makeI18n } from './make';

export type { Catalog, I18n, Locale, Texts } from './make';
export { pickLocale } from './make';
export type { MessageKey };

/**
 * With every English text as the fallback: for the background and tests. Pages take the English of the rooms they
 * show instead (lib/i18n/page-english.ts, components/i18n.tsx), so the sidebar does not parse the dashboard's.
 */
export function createI18n(locale: 'en'): I18n;
export function createI18n(locale: Locale, catalog: Catalog): I18n;
export function createI18n(locale: Locale, catalog: Catalog = en): I18n {
  return makeI18n(locale, catalog, en);
}

/** The texts and formats of a locale, its catalog loaded first when it is not English. */
export async function loadI18n(locale: Locale): Promise<I18n> {
  return makeI18n(locale, await loadCatalog(locale), en);
}
