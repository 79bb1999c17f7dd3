import { useCallback, useEffect, useState } from 'preact/hooks';
import { FollowUps } from '@/components/HomeLists';
import { describeError, I18nProvider, useLocaleI18n } from '@/components/i18n';
import { QuickNote } from '@/components/QuickNote';
import { Toast, type ToastMessage } from '@/components/Toast';
import { useTheme } from '@/components/theme';
import { rpc } from '@/lib/protocol/client';
import type { Note } from '@/lib/schema/records';
import { logRequestOf } from '@/lib/sites/log-request';
import type { ChosenContact } from './ContactButtons';
import { EnableSite } from './EnableSite';
import { SearchResults } from './SearchResults';
import { useActivePage } from './use-active-page';

export function App() {
  const i18n = useLocaleI18n();
  const { t } = i18n;
  useTheme();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ChosenContact | null>(null);
  const [unfiled, setUnfiled] = useState<Note[]>([]);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const page = useActivePage();
  const show = useCallback(
    (text: string, tone: 'info' | 'error' = 'info') => setToast({ id: Date.now(), text, tone }),
    [],
  );
  const closeToast = useCallback(() => setToast(null), []);

  const loadUnfiled = useCallback(() => {
    rpc('notes.list', { contactId: '', limit: 5 }).then(setUnfiled, (e: unknown) =>
      show(describeError(i18n, e), 'error'),
    );
  }, [i18n, show]);
  useEffect(loadUnfiled, [loadUnfiled]);

  const logPage = async () => {
    if (!page) return;
    try {
      const result = await rpc('interactions.logThread', logRequestOf(page));
      const people = new Set(page.people.map((p) => p.email)).size;
      show(
        result.interactionIds.length
          ? t('log.done', { count: result.interactionIds.length, people })
          : t('log.nothingNew'),
      );
    } catch (e) {
      show(describeError(i18n, e), 'error');
    }
  };

  const canLog = page?.kind === 'thread' && page.messages.length > 0;
  return (
    <I18nProvider value={i18n}>
      <main class="popup">
        <header class="chosen">
          <h1>{t('app.name')}</h1>
          <button type="button" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>
            {t('popup.openDashboard')}
          </button>
        </header>
        <section>
          <label>
            <h2>{t('popup.search')}</h2>
            <input
              type="search"
              // biome-ignore lint/a11y/noAutofocus: the popup opens to search, as a keyboard user expects
              autoFocus
              value={query}
              placeholder={t('popup.searchPlaceholder')}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          </label>
          <SearchResults query={query} chosenId={chosen?.id} onChoose={setChosen} />
        </section>
        <section>
          <div class="chosen">
            <h2>{chosen ? t('popup.noteFor', { name: chosen.name }) : t('popup.noteUnfiled')}</h2>
            {chosen ? (
              <button type="button" onClick={() => setChosen(null)}>
                {t('popup.clearContact')}
              </button>
            ) : null}
          </div>
          <QuickNote
            {...(chosen ? { contactId: chosen.id } : {})}
            label={chosen ? t('popup.noteFor', { name: chosen.name }) : t('popup.noteUnfiled')}
            onSaved={(message) => {
              show(message);
              loadUnfiled();
            }}
          />
        </section>
        <section>
          {canLog ? (
            <button type="button" class="primary" onClick={logPage}>
              {t('popup.logPage')}
            </button>
          ) : (
            <p class="muted">{t('popup.unsupported')}</p>
          )}
        </section>
        <EnableSite />
        <FollowUps limit={5} />
        <section>
          <h2>{t('popup.unfiled')}</h2>
          {unfiled.length === 0 ? <p class="muted">{t('popup.noUnfiled')}</p> : null}
          <ul class="unfiled">
            {unfiled.map((n) => (
              <li key={n.id}>{n.text}</li>
            ))}
          </ul>
        </section>
        <Toast toast={toast} onClose={closeToast} />
      </main>
    </I18nProvider>
  );
}
