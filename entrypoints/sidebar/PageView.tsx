import { useEffect, useMemo } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { WAITING_CODES } from '@/components/problem-text';
import { useFeedback } from '@/components/shell/feedback';
import { Problems } from '@/entrypoints/sidebar/Problems';
import type { MessageKey } from '@/lib/i18n';
import { cardPeople, personKey } from '@/lib/pages/card-people';
import type { DetectedConversation, DetectedPage, DetectedPerson } from '@/lib/sites/types';
import { HomeView } from './HomeView';
import { LinkedInTouches } from './LinkedInTouches';
import { LogButton } from './LogButton';
import { ManualEntry } from './ManualEntry';
import { OrganisationView } from './OrganisationView';
import { PersonEntry } from './PersonEntry';
import { useFirstCardMark } from './perf';
import { usePeople } from './use-people';

const EMAIL_SITES = ['gmail', 'outlook'];

/** A chat window's conversation as a thread page of its own, so logging it logs its visible messages. */
function chatPage(page: DetectedPage, chat: DetectedConversation): DetectedPage {
  const { subject: _subject, threadId: _threadId, ...rest } = page;
  return { ...rest, kind: 'thread', messages: chat.messages, ...(chat.threadId ? { threadId: chat.threadId } : {}) };
}

/** What the sidebar shows for one page: who is on it, what can be logged, and what could not be read. */
export function PageView(props: { page: DetectedPage; own: string[]; refreshKey: number; compact: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { fail } = useFeedback();
  const { page } = props;
  const emailSite = EMAIL_SITES.includes(page.site);
  const chats = page.conversations ?? [];
  const { pagePeople, people, writingTo, everyone } = useMemo(() => cardPeople(page, props.own), [page, props.own]);
  const { found, sameAs, error, refresh } = usePeople(everyone, page.account);
  useFirstCardMark(
    page.url,
    everyone.some((p) => found[personKey(p)]?.card !== undefined),
  );
  useEffect(() => {
    if (error) fail(error);
  }, [error, fail]);
  useEffect(() => {
    if (props.refreshKey) refresh();
  }, [props.refreshKey]);

  const entry = (person: DetectedPerson, touches: boolean) => {
    const lookup = found[personKey(person)];
    if (lookup?.neverLog === 'own') return null;
    const chat = chats.find((c) => c.people.some((p) => personKey(p) === personKey(person)));
    return (
      <PersonEntry
        key={personKey(person)}
        person={person}
        lookup={lookup}
        sameAs={sameAs[personKey(person)]}
        site={page.site}
        onChanged={refresh}
        compact={props.compact}
      >
        {chat ? <p class="badge muted">{t('sites.chat.with')}</p> : null}
        {chat?.messages.length ? (
          <LinkedInTouches page={chatPage(page, chat)} people={chat.people} onLogged={refresh} />
        ) : null}
        {touches && person.role === 'profile' ? (
          <LinkedInTouches page={page} people={[person]} onLogged={refresh} />
        ) : null}
      </PersonEntry>
    );
  };
  const failed = page.problems.some((c) => !WAITING_CODES.includes(c));
  const waiting = page.problems.some((c) => WAITING_CODES.includes(c));
  const heading: MessageKey =
    page.kind === 'thread'
      ? 'sidebar.people.thread'
      : page.kind === 'profile'
        ? 'sidebar.people.profile'
        : 'sidebar.people.list';
  const home = emailSite && page.kind !== 'thread';

  return (
    <>
      {page.subject && !page.organisation ? <h2 class="subject">{page.subject}</h2> : null}
      <Problems codes={page.problems} />
      {page.organisation ? <OrganisationView organisation={page.organisation} /> : null}
      {writingTo.length ? (
        <section aria-label={t('sidebar.writingTo')}>
          <h2 class="subject">{t('sidebar.writingTo')}</h2>
          {writingTo.map((p) => entry(p, false))}
        </section>
      ) : null}
      {emailSite && page.kind === 'thread' && page.messages.length > 0 ? (
        <LogButton page={page} onLogged={refresh} />
      ) : null}
      {page.site === 'linkedin' && page.kind === 'thread' && pagePeople.length > 0 ? (
        <LinkedInTouches page={page} people={pagePeople} onLogged={refresh} />
      ) : null}
      {home ? (
        <>
          {writingTo.length ? null : <p class="muted">{t('sidebar.noThread')}</p>}
          <HomeView />
        </>
      ) : (
        <section aria-label={t(heading)}>
          {page.kind === 'thread' && !people.length ? <p class="muted">{t('sidebar.noPeople')}</p> : null}
          {page.kind !== 'thread' && !people.length && !page.organisation && !failed && !waiting ? (
            <p class="muted">{t('sidebar.nothing')}</p>
          ) : null}
          {people.map((p) => entry(p, page.site === 'linkedin' && page.kind === 'profile'))}
        </section>
      )}
      {failed || (page.kind === 'thread' && people.length === 0) ? <ManualEntry onAdded={refresh} /> : null}
    </>
  );
}
