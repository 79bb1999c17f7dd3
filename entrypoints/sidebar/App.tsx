import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { I18nProvider, useLocaleI18n } from '@/components/i18n';
import { Toast, type ToastMessage } from '@/components/Toast';
import { useTheme } from '@/components/theme';
import { errorText } from '@/lib/protocol/error-text';
import { ownAddressesItem, sidebarCollapsedItem, sidebarCompactItem } from '@/lib/settings';
import { ActionsProvider, type SidebarActions } from './actions';
import { loggedListener } from './message-guards';
import { PageView } from './PageView';
import { tellContent, usePage } from './use-page';
import { useSentEmails } from './use-sent';

/** The page we are docked in said it wears a dark theme: "auto" then means dark here too. */
const SITE_DARK = new URLSearchParams(location.search).get('siteTheme') === 'dark';

export function App() {
  const i18n = useLocaleI18n();
  useTheme(SITE_DARK);
  const state = usePage();
  const [collapsed, setCollapsed] = useState(false);
  const [compact, setCompact] = useState(false);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [own, setOwn] = useState<string[]>([]);
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
    if (tabId !== undefined) tellContent(tabId, { to: 'content', ask: 'collapse', collapsed: next });
  };

  const toggleCompact = () => {
    setCompact(!compact);
    sidebarCompactItem.setValue(!compact);
  };

  const actions = useMemo<SidebarActions>(
    () => ({
      show: (text, extra = {}) => setToast({ id: Date.now(), text, ...extra }),
      fail: (e) => setToast({ id: Date.now(), text: errorText(i18n, e), tone: 'error' }),
    }),
    [i18n],
  );
  const closeToast = useCallback(() => setToast(null), []);
  const onSentLogged = useCallback(() => setSentLogged((n) => n + 1), []);
  useSentEmails(tabId, i18n, actions, onSentLogged);
  // The background logged this page from a keyboard shortcut: the cards show it at once.
  useEffect(() => {
    const onMessage = loggedListener(browser.runtime.id, onSentLogged);
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [onSentLogged]);

  const page = state.status === 'ready' ? state.page : null;
  return (
    <I18nProvider value={i18n}>
      <ActionsProvider value={actions}>
        <div class={`sidebar ${collapsed ? 'collapsed' : ''}`}>
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
                {i18n.t('crm.sidebar.compact')}
              </button>
            )}
          </header>
          {collapsed ? null : (
            <main>
              {state.status === 'loading' ? <p class="muted">{i18n.t('sidebar.loading')}</p> : null}
              {state.status === 'disconnected' ? <p class="muted">{i18n.t('sidebar.notConnected')}</p> : null}
              {page ? <PageView page={page} own={own} refreshKey={sentLogged} compact={compact} /> : null}
            </main>
          )}
          <Toast toast={toast} onClose={closeToast} />
        </div>
      </ActionsProvider>
    </I18nProvider>
  );
}
