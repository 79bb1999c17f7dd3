import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { describeError, I18nProvider, useI18n, useLocaleI18n } from '@/components/i18n';
import { PersonCard, UnknownPersonCard } from '@/components/PersonCard';
import { Toast, type ToastMessage } from '@/components/Toast';
import type { ContactCard } from '@/lib/db/cards';
import { rpc } from '@/lib/messaging/client';
import { ownAddressesItem, sidebarCollapsedItem } from '@/lib/settings';
import type { DetectedPage, DetectedPerson } from '@/lib/sites/types';
import { LogButton } from './LogButton';
import { ManualEntry } from './ManualEntry';
import { tellContent, usePage } from './use-page';
import { useCards } from './use-cards';

export function App() {
  const i18n = useLocaleI18n();
  const state = usePage();
  const [collapsed, setCollapsed] = useState(false);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [own, setOwn] = useState<string[]>([]);

  useEffect(() => {
    sidebarCollapsedItem.getValue().then(setCollapsed);
    ownAddressesItem.getValue().then(setOwn);
  }, []);

  const tabId = state.status === 'ready' ? state.tabId : undefined;
  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    sidebarCollapsedItem.setValue(next);
    if (tabId !== undefined) tellContent(tabId, { to: 'content', ask: 'collapse', collapsed: next });
  };

  const page = state.status === 'ready' ? state.page : null;
  const people = useMemo(() => peopleOfConversation(page, own), [page, own]);
  const { cards, error, refresh } = useCards(people.map((p) => p.email));
  const show = useCallback(
    (text: string, extra: Partial<ToastMessage> = {}) => setToast({ id: Date.now(), text, ...extra }),
    [],
  );
  const fail = useCallback((e: unknown) => show(describeError(i18n, e), { tone: 'error' }), [i18n, show]);
  const closeToast = useCallback(() => setToast(null), []);
  useEffect(() => {
    if (error) fail(error);
  }, [error, fail]);

  return (
    <I18nProvider value={i18n}>
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
        </header>
        {collapsed ? null : (
          <main>
            {state.status === 'loading' ? <p class="muted">{i18n.t('sidebar.loading')}</p> : null}
            {state.status === 'disconnected' ? <p class="muted">{i18n.t('sidebar.notConnected')}</p> : null}
            {page ? (
              <PageView page={page} people={people} cards={cards} refresh={refresh} show={show} fail={fail} />
            ) : null}
          </main>
        )}
        <Toast toast={toast} onClose={closeToast} />
      </div>
    </I18nProvider>
  );
}

function PageView(props: {
  page: DetectedPage;
  people: DetectedPerson[];
  cards: Record<string, ContactCard>;
  refresh(): Promise<void>;
  show(text: string, extra?: Partial<ToastMessage>): void;
  fail(e: unknown): void;
}) {
  const i18n = useI18n();
  const { page, people, cards } = props;
  const [adding, setAdding] = useState('');

  const add = async (person: DetectedPerson) => {
    setAdding(person.email);
    try {
      const card = await rpc('contact.create', {
        name: person.name,
        email: person.email,
        source: page.site,
        ...(person.company ? { orgName: person.company } : {}),
        ...(person.title ? { title: person.title } : {}),
      });
      props.show(i18n.t('card.added', { name: card.contact.name }));
      await props.refresh();
    } catch (e) {
      props.fail(e);
    } finally {
      setAdding('');
    }
  };

  return (
    <>
      {page.subject ? <h2 class="subject">{page.subject}</h2> : null}
      {page.problems.length > 0 ? (
        <p class="problems" role="alert">
          {i18n.t('sidebar.problems', { parts: page.problems.join(', ') })}
        </p>
      ) : null}
      {page.kind === 'thread' && page.messages.length > 0 ? (
        <LogButton page={page} onLogged={props.refresh} show={props.show} fail={props.fail} />
      ) : null}
      <section aria-label={i18n.t('sidebar.people')}>
        {page.kind !== 'thread' ? <p class="muted">{i18n.t('sidebar.noThread')}</p> : null}
        {page.kind === 'thread' && people.length === 0 ? <p class="muted">{i18n.t('sidebar.noPeople')}</p> : null}
        {people.map((person) => {
          const card = cards[person.email];
          return card ? (
            <PersonCard
              key={person.email}
              card={card}
              onNote={(message) => {
                props.show(message);
                props.refresh();
              }}
            />
          ) : (
            <UnknownPersonCard
              key={person.email}
              name={person.name}
              email={person.email}
              busy={adding === person.email}
              onAdd={() => add(person)}
            />
          );
        })}
      </section>
      {page.problems.length > 0 || (page.kind === 'thread' && people.length === 0) ? (
        <ManualEntry site={page.site} onAdded={props.refresh} show={props.show} fail={props.fail} />
      ) : null}
    </>
  );
}

/** The people worth a card: in the open conversation, not the user, each once, with an address. */
function peopleOfConversation(page: DetectedPage | null, own: string[]): DetectedPerson[] {
  if (!page || page.kind === 'list' || page.kind === 'none') return [];
  const mine = new Set([...own.map((e) => e.toLowerCase()), page.account ?? '']);
  const seen = new Set<string>();
  return page.people.filter((p) => {
    const email = p.email.toLowerCase();
    if (!email || mine.has(email) || seen.has(email)) return false;
    seen.add(email);
    return true;
  });
}
