import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { createI18n, type I18n, loadI18n, pickLocale } from '@/lib/i18n';
import { languageItem } from '@/lib/settings';

const I18nContext = createContext<I18n>(createI18n('en'));
export const I18nProvider = I18nContext.Provider;
export const useI18n = () => useContext(I18nContext);

/**
 * The language the user chose, else the browser's; follows changes made in settings. English at first:
 * another language's catalog is loaded on demand and shown as soon as it arrives (the newest choice wins).
 */
export function useLocaleI18n(): I18n {
  const [i18n, setI18n] = useState(() => createI18n('en'));
  useEffect(() => {
    let asked = 0;
    const apply = async (setting: Parameters<typeof pickLocale>[0]) => {
      const mine = ++asked;
      const next = await loadI18n(pickLocale(setting, navigator.language));
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
