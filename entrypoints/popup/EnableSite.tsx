import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { disableSite, enableSite, patternsFor } from '@/lib/sites/access';

interface ActiveTab {
  id: number;
  url: string;
  patterns: string[];
  enabled: boolean;
}

/**
 * The popup's "Enable Rapport on this site": on a page Rapport does not run on yet (Outlook on the web, any
 * site), asks for that one site's permission and starts Rapport there at once; on such a site, turns it off.
 */
export function EnableSite() {
  const { t } = useI18n();
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  useEffect(() => {
    (async () => {
      // The activeTab permission gives the popup the address of the tab it was opened on.
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      const patterns = patternsFor(active?.url);
      if (active?.id === undefined || !active.url || !patterns) return;
      const enabled = await browser.permissions.contains({ origins: patterns });
      setTab({ id: active.id, url: active.url, patterns, enabled });
    })().catch(() => setTab(null));
  }, []);

  if (!tab) return null;
  // Straight from the click: the browser shows its permission prompt only for a user gesture.
  const enable = () =>
    enableSite(tab.url, tab.id).then(
      (granted) => {
        setStatus(granted ? { text: t('popup.popup.enabled') } : { text: t('popup.popup.denied'), error: true });
        if (granted) setTab({ ...tab, enabled: true });
      },
      (e: unknown) => setStatus({ text: String(e), error: true }),
    );
  const disable = () =>
    disableSite(tab.patterns).then(
      () => {
        setStatus({ text: t('popup.popup.disabled') });
        setTab({ ...tab, enabled: false });
      },
      (e: unknown) => setStatus({ text: String(e), error: true }),
    );
  return (
    <section class="enable-site">
      {tab.enabled ? (
        <button type="button" onClick={disable}>
          {t('popup.popup.disable')}
        </button>
      ) : (
        <button type="button" class="primary" onClick={enable}>
          {t('popup.popup.enable')}
        </button>
      )}
      {status ? (
        <p class={status.error ? 'error' : 'muted'} role="status">
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
