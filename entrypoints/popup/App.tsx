import { useCallback, useEffect, useState } from 'preact/hooks';
import { FollowUps } from '@/components/HomeLists';
import { describeError, I18nProvider, useI18n, useLocaleI18n } from '@/components/i18n';
import { QuickNote } from '@/components/QuickNote';
import { FeedbackProvider, useFeedback } from '@/components/shell/feedback';
import { useLivePort, useSyncedEpoch } from '@/components/shell/synced';
import { useTheme } from '@/components/theme';
import { EnableSite } from '@/entrypoints/popup/EnableSite';
import { logRequestOf } from '@/lib/pages/log-request';
import { rpc } from '@/lib/protocol/client';
import type { Note } from '@/lib/schema/records';
import type { ChosenContact } from './ContactButtons';
import { SearchResults } from './SearchResults';
import { useActivePage } from './use-active-page';

export function App() {
  const i18n = useLocaleI18n();
  useTheme();
  return (
    <I18nProvider value={i18n}>
      <main class="popup">
        <FeedbackProvider describe={describeError}>
          <Popup />
        </FeedbackProvider>
      </main>
    </I18nProvider>
  );
}

function Popup() {
  const { t } = useI18n();
  const { say, fail } = useFeedback();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ChosenContact | null>(null);
  const [unfiled, setUnfiled] = useState<Note[]>([]);
  const page = useActivePage();
  useLivePort();
  const synced = useSyncedEpoch();

  const loadUnfiled = useCallback(() => {
    rpc('notes.list', { contactId: '', limit: 5 }).then(setUnfiled, (e: unknown) => fail(e));
  }, [fail]);
  useEffect(loadUnfiled, [loadUnfiled, synced]);

  const logPage = async () => {
    if (!page) return;
    try {
      const result = await rpc('interactions.logThread', logRequestOf(page));
      const people = new Set(page.people.map((p) => p.email)).size;
      say(
        result.interactionIds.length
          ? t('log.done', { count: result.interactionIds.length, people })
          : t('log.nothingNew'),
      );
    } catch (e) {
      fail(e);
    }
  };

  const canLog = page?.kind === 'thread' && page.messages.length > 0;
  return (
    <>
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
            say(message);
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
      <FollowUps key={synced} limit={5} />
      <section>
        <h2>{t('popup.unfiled')}</h2>
        {unfiled.length === 0 ? <p class="muted">{t('popup.noUnfiled')}</p> : null}
        <ul class="unfiled">
          {unfiled.map((n) => (
            <li key={n.id}>{n.text}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
