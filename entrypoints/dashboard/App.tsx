import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { describeError, I18nProvider, useI18n, useLocaleI18n } from '@/components/i18n';
import { FeedbackProvider } from '@/components/shell/feedback';
import { useLivePort, useSyncedEpoch } from '@/components/shell/synced';
import { useTheme } from '@/components/theme';
import { useDashboardActions } from '@/entrypoints/dashboard/use-dashboard-actions';
import { useKeepAlive } from '@/entrypoints/dashboard/use-keep-alive';
import type { MessageKey } from '@/lib/i18n';
import { AtRiskView } from './at-risk/AtRiskView';
import { ComplaintsView } from './complaints/ComplaintsView';
import { ContactView } from './contact/ContactView';
import { ContactsView } from './contacts/ContactsView';
import { DuplicatesView } from './duplicates/DuplicatesView';
import { ImportView } from './import/ImportView';
import { OverviewView } from './overview/OverviewView';
import { CommandPalette } from './palette/CommandPalette';
import { paletteCommands } from './palette/palette-commands';
import { hrefOf, navigate, type Route, useRoute, type View } from './route';
import { SettingsView } from './settings/SettingsView';

const NAV: { route: Route; label: MessageKey }[] = [
  { route: { view: 'overview' }, label: 'dashboard.nav.overview' },
  { route: { view: 'contacts' }, label: 'dashboard.nav.contacts' },
  { route: { view: 'at-risk' }, label: 'dashboard.nav.atRisk' },
  { route: { view: 'complaints' }, label: 'dashboard.nav.complaints' },
  { route: { view: 'import' }, label: 'dashboard.nav.import' },
  { route: { view: 'duplicates' }, label: 'dashboard.dup.nav' },
  { route: { view: 'settings' }, label: 'dashboard.nav.settings' },
];

const PALETTE_KEY = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl+K';

/** A contact's page belongs to the contacts section of the navigation. */
const sectionOf = (view: View): View => (view === 'contact' ? 'contacts' : view);

export function App() {
  const i18n = useLocaleI18n();
  useTheme();
  useKeepAlive();
  useLivePort();
  return (
    <I18nProvider value={i18n}>
      <div class="dashboard">
        <FeedbackProvider describe={describeError}>
          <Dashboard />
        </FeedbackProvider>
      </div>
    </I18nProvider>
  );
}

function Dashboard() {
  const i18n = useI18n();
  const { t } = i18n;
  const { route, visit } = useRoute();
  const [palette, setPalette] = useState(false);
  const { actions, epoch } = useDashboardActions();
  const main = useRef<HTMLElement>(null);
  const openContact = useCallback((id: string) => navigate({ view: 'contact', id }), []);
  const firstRoute = useRef(true);
  const synced = useSyncedEpoch();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setPalette((open) => !open);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // After navigating, focus moves to the new view so keyboard and screen reader users start there.
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [visit]);

  const commands = paletteCommands(
    i18n,
    NAV.map((item) => ({ href: hrefOf(item.route), label: item.label })),
    actions,
  );
  return (
    <>
      <nav aria-label={t('dashboard.nav.label')}>
        <h1>{t('app.name')}</h1>
        <button
          type="button"
          class="palette-button"
          aria-keyshortcuts="Control+K Meta+K"
          onClick={() => setPalette(true)}
        >
          {t('dashboard.palette.open')} <kbd>{PALETTE_KEY}</kbd>
        </button>
        <ul>
          {NAV.map((item) => (
            <li key={item.route.view}>
              <a
                href={hrefOf(item.route)}
                aria-current={sectionOf(route.view) === item.route.view ? 'page' : undefined}
              >
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main ref={main} tabIndex={-1} key={epoch}>
        {route.view === 'overview' ? <OverviewView key={synced} onSeedDemo={actions.seedDemo} /> : null}
        {route.view === 'contacts' ? <ContactsView key={visit} initialFilter={route.filter} /> : null}
        {route.view === 'contact' ? <ContactView id={route.id} /> : null}
        {route.view === 'at-risk' ? <AtRiskView /> : null}
        {route.view === 'complaints' ? <ComplaintsView /> : null}
        {route.view === 'import' ? <ImportView /> : null}
        {route.view === 'duplicates' ? <DuplicatesView /> : null}
        {route.view === 'settings' ? <SettingsView /> : null}
      </main>
      {palette ? (
        <CommandPalette commands={commands} onOpenContact={openContact} onClose={() => setPalette(false)} />
      ) : null}
    </>
  );
}
