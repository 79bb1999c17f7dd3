import { describeError, useI18n } from '@/components/i18n';
import { type ChosenContact, ContactButtons } from './ContactButtons';
import { NoteResults } from './NoteResults';
import { RecentContacts } from './RecentContacts';
import { useSearch } from './use-search';

interface Props {
  query: string;
  chosenId: string | undefined;
  onChoose: (contact: ChosenContact) => void;
}

/** Under the search box: recent contacts while it is empty, then the contacts and notes that match. */
export function SearchResults({ query, chosenId, onChoose }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { hits, error } = useSearch(query);
  if (!query.trim()) return <RecentContacts chosenId={chosenId} onChoose={onChoose} />;
  return (
    <>
      {error ? <p class="error">{describeError(i18n, error)}</p> : null}
      {hits.length === 0 && !error ? <p class="muted">{t('popup.noResults')}</p> : null}
      <ContactButtons label={t('popup.search')} hits={hits} chosenId={chosenId} onChoose={onChoose} />
      <NoteResults query={query} onChoose={onChoose} />
    </>
  );
}
