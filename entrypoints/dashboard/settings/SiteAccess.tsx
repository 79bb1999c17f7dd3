import { useCallback, useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { disableSite, enabledPatterns, enableSite, OUTLOOK, patternsFor } from '@/lib/sites/access';

/** "https://x.example/*" → "x.example"; the Outlook hosts as one entry. */
const siteName = (pattern: string) => pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');

/** Where Rapport runs: Gmail and LinkedIn always; Outlook on the web and other sites when the user turns them on. */
export function SiteAccess() {
  const { t } = useI18n();
  const [patterns, setPatterns] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const reload = useCallback(() => {
    enabledPatterns().then(setPatterns, () => setPatterns([]));
  }, []);
  useEffect(reload, [reload]);
  const shown = [
    ...patterns.filter((p) => !OUTLOOK.includes(p)),
    ...(patterns.some((p) => OUTLOOK.includes(p)) ? [OUTLOOK[0] ?? ''] : []),
  ];

  // Called straight from the click: the browser shows its permission prompt only for a user gesture.
  const turnOn = (url: string) => {
    const site = siteName(patternsFor(url)?.[0] ?? '');
    if (!site) return setStatus({ text: t('sites.settings.invalidSite'), error: true });
    enableSite(url).then(
      (granted) => {
        setStatus(
          granted
            ? { text: t('sites.settings.enabledDone', { site }) }
            : { text: t('sites.settings.denied'), error: true },
        );
        if (granted) setAddress('');
        reload();
      },
      (e: unknown) => setStatus({ text: String(e), error: true }),
    );
  };
  const turnOff = (pattern: string) => {
    const site = siteName(pattern);
    disableSite([pattern]).then(
      () => {
        setStatus({ text: t('sites.settings.disabledDone', { site }) });
        reload();
      },
      (e: unknown) => setStatus({ text: String(e), error: true }),
    );
  };
  const withScheme = (raw: string) => (/^[a-z]+:\/\//i.test(raw.trim()) ? raw.trim() : `https://${raw.trim()}`);

  return (
    <fieldset class="site-access" aria-labelledby="site-access-title">
      <h4 id="site-access-title">{t('sites.settings.sites')}</h4>
      <p>{t('sites.settings.builtIn')}</p>
      <p>{t('sites.settings.enabled')}</p>
      {shown.length ? (
        <ul>
          {shown.map((p) => (
            <li key={p}>
              <span>{OUTLOOK.includes(p) ? 'Outlook' : siteName(p)}</span>{' '}
              <button type="button" onClick={() => turnOff(p)}>
                {t('sites.settings.disable', { site: OUTLOOK.includes(p) ? 'Outlook' : siteName(p) })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('sites.settings.noEnabled')}</p>
      )}
      {patterns.some((p) => OUTLOOK.includes(p)) ? null : (
        <button type="button" onClick={() => turnOn('https://outlook.office.com/')}>
          {t('sites.settings.enableOutlook')}
        </button>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          turnOn(withScheme(address));
        }}
      >
        <label>
          <span>{t('sites.settings.siteLabel')}</span>
          <input value={address} maxLength={2048} onInput={(e) => setAddress(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('sites.settings.enableSite')}</button>
      </form>
      {status ? (
        <p class={status.error ? 'error' : 'muted'} role="status">
          {status.text}
        </p>
      ) : null}
    </fieldset>
  );
}
