import { useCallback, useEffect, useState } from 'preact/hooks';
import { I18nProvider, useI18n, useLocaleI18n } from '@/components/i18n';
import { FeedbackProvider, useFeedback } from '@/components/shell/feedback';
import { useTheme } from '@/components/theme';
import { errorText } from '@/lib/protocol/error-text';
import { ownAddressesItem, sidebarCollapsedItem, sidebarCompactItem } from '@/lib/settings';
import { ownAddressesSoFar } from './own-addresses';
import { PageView } from './PageView';
import { SyncIndicator } from './SyncIndicator';
import { onTabEvent } from './tab-port';
import { setCollapsedInPage, usePage } from './use-page';
import { useSentEmails } from './use-sent';

/** The page we are docked in said it wears a dark theme: "auto" then means dark here too. */
const SITE_DARK = new URLSearchParams(location.search).get('siteTheme') === 'dark';

export function App() {
  const i18n = useLocaleI18n();
  useTheme(SITE_DARK);
  const state = usePage();
  const [collapsed, setCollapsed] = useState(false);
  const [compact, setCompact] = useState(false);
  const [own, setOwn] = useState(ownAddressesSoFar);
  const [sentLogged, setSentLogged] = useState(0);

  useEffect(() => {
    sidebarCollapsedItem.getValue().then(setCollapsed);
    sidebarCompactItem.getValue().then(setCompact);
    ownAddressesItem.getValue().then(setOwn);
    return ownAddressesItem.watch(setOwn);
  }, []);

  const tabId = state.status === 'ready' ? state.tabId : undefined;
  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    sidebarCollapsedItem.setValue(next);
    if (tabId !== undefined) setCollapsedInPage(next);
  };

  const toggleCompact = () => {
    setCompact(!compact);
    sidebarCompactItem.setValue(!compact);
  };

  const onSentLogged = useCallback(() => setSentLogged((n) => n + 1), []);
  // The background logged this page from a keyboard shortcut: the cards show it at once.
  useEffect(
    () =>
      onTabEvent((event) => {
        if (event.event === 'logged' || event.event === 'synced') onSentLogged();
      }),
    [onSentLogged],
  );

  const page = state.status === 'ready' ? state.page : null;
  return (
    <I18nProvider value={i18n}>
      <div class={`sidebar ${collapsed ? 'collapsed' : ''}`}>
        <FeedbackProvider describe={errorText}>
          <LogSentEmails tabId={tabId} onLogged={onSentLogged} />
          <header class="bar">
            <button
              type="button"
              class="toggle"
              aria-expanded={!collapsed}
              aria-label={i18n.t(collapsed ? 'sidebar.expand' : 'sidebar.collapse')}
              title={i18n.t(collapsed ? 'sidebar.expand' : 'sidebar.collapse')}
              onClick={toggle}
            >
              {collapsed ? '«' : '»'}
            </button>
            {collapsed ? null : <h1>{i18n.t('app.name')}</h1>}
            {collapsed ? null : (
              <button type="button" class="compact-toggle" aria-pressed={compact} onClick={toggleCompact}>
                {i18n.t('sidebar.sidebar.compact')}
              </button>
            )}
          </header>
          {collapsed ? null : <SyncIndicator />}
          {collapsed ? null : (
            <main>
              {state.status === 'loading' ? <p class="muted">{i18n.t('sidebar.loading')}</p> : null}
              {state.status === 'disconnected' ? <p class="muted">{i18n.t('sidebar.notConnected')}</p> : null}
              {page ? <PageView page={page} own={own} refreshKey={sentLogged} compact={compact} /> : null}
            </main>
          )}
        </FeedbackProvider>
      </div>
    </I18nProvider>
  );
}

/** Logs the emails our tab saw being sent, and says so through the sidebar's feedback. */
function LogSentEmails(props: { tabId: number | undefined; onLogged(): void }) {
  useSentEmails(props.tabId, useI18n(), useFeedback(), props.onLogged);
  return null;
}
