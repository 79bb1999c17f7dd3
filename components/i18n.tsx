import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { type I18n, loadCatalog, makeI18n, pickLocale } from '@/lib/i18n/make';
import { pageEnglish } from '@/lib/i18n/page-english';
import { languageItem } from '@/lib/settings';

/** English, in the texts of the rooms this page shows (its entry calls showEnglish before rendering). */
const english = () => makeI18n('en', null, pageEnglish);

const I18nContext = createContext<I18n>(english());
export const I18nProvider = I18nContext.Provider;
export const useI18n = () => useContext(I18nContext);

/**
 * The language the user chose, else the browser's; follows changes made in settings. English at first:
 * another language's catalog is loaded on demand and shown as soon as it arrives (the newest choice wins).
 */
export function useLocaleI18n(): I18n {
  const [i18n, setI18n] = useState(english);
  useEffect(() => {
    let asked = 0;
    const apply = async (setting: Parameters<typeof pickLocale>[0]) => {
      const mine = ++asked;
      const locale = pickLocale(setting, navigator.language);
      const next = makeI18n(locale, await loadCatalog(locale), pageEnglish);
      if (mine !== asked) return;
      document.documentElement.lang = next.locale;
      setI18n((current) => (current.locale === next.locale ? current : next));
    };
    languageItem.getValue().then(apply);
    return languageItem.watch(apply);
  }, []);
  return i18n;
}

/** A message a user can act on, for any failure of a request (one function for every page). */
export { errorText as describeError } from '@/lib/protocol/error-text';
