import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useSyncedEpoch } from '@/components/shell/synced';
import type { ListFilter, ListSort } from '@/lib/db/contacts/query';
import { hrefOf, navigate } from '../route';
import { ContactFilters } from './ContactFilters';
import { ContactsGrid } from './ContactsGrid';

const DEFAULT_SORT: ListSort = { key: 'name', dir: 'asc' };

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** The whole book in one table: filter, sort, scroll through 100,000 contacts, open one. */
export function ContactsView({ initialFilter }: { initialFilter?: ListFilter }) {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<ListFilter>(initialFilter ?? {});
  const [sort, setSort] = useState<ListSort>(DEFAULT_SORT);
  const search = useRef<HTMLInputElement>(null);
  const synced = useSyncedEpoch();
  const query = useMemo(() => ({ filter, sort, locale }), [filter, sort, locale]);

  const changeFilter = useCallback((next: ListFilter) => {
    setFilter(next);
    // The address keeps the filter (for Back and bookmarks) without reloading the view.
    history.replaceState(null, '', hrefOf({ view: 'contacts', filter: next }));
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section class="contacts-view" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('dashboard.view.Contacts')}</h2>
      <ContactFilters filter={filter} onChange={changeFilter} searchRef={search} />
      <ContactsGrid key={synced} query={query} onSort={setSort} onOpen={(id) => navigate({ view: 'contact', id })} />
      <p class="muted small">{t('dashboard.contacts.keys')}</p>
    </section>
  );
}
