import { I18nProvider, useLocaleI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n';
import { hrefOf, type Route, useRoute } from './route';
import { AtRiskView } from './views/AtRiskView';
import { ComplaintsView } from './views/ComplaintsView';
import { ContactsView } from './views/ContactsView';
import { ContactView } from './views/ContactView';
import { ImportView } from './views/ImportView';
import { SettingsView } from './views/SettingsView';

const NAV: { route: Route; label: MessageKey }[] = [
  { route: { view: 'contacts' }, label: 'dashboard.nav.contacts' },
  { route: { view: 'at-risk' }, label: 'dashboard.nav.atRisk' },
  { route: { view: 'complaints' }, label: 'dashboard.nav.complaints' },
  { route: { view: 'import' }, label: 'dashboard.nav.import' },
  { route: { view: 'settings' }, label: 'dashboard.nav.settings' },
];

export function App() {
  const i18n = useLocaleI18n();
  const route = useRoute();
  return (
    <I18nProvider value={i18n}>
      <div class="dashboard">
        <nav aria-label={i18n.t('dashboard.nav.label')}>
          <h1>{i18n.t('app.name')}</h1>
          <ul>
            {NAV.map((item) => (
              <li key={item.route.view}>
                <a href={hrefOf(item.route)} aria-current={route.view === item.route.view ? 'page' : undefined}>
                  {i18n.t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main>
          {route.view === 'contacts' ? <ContactsView /> : null}
          {route.view === 'contact' ? <ContactView id={route.id} /> : null}
          {route.view === 'at-risk' ? <AtRiskView /> : null}
          {route.view === 'complaints' ? <ComplaintsView /> : null}
          {route.view === 'import' ? <ImportView /> : null}
          {route.view === 'settings' ? <SettingsView /> : null}
        </main>
      </div>
    </I18nProvider>
  );
}
