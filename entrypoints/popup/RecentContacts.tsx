import { useEffect, useState } from 'preact/hooks';
import { describeError, useI18n } from '@/components/i18n';
import { rpc } from '@/lib/protocol/client';
import { type ChosenContact, ContactButtons } from './ContactButtons';
import type { SearchHit } from './use-search';

const SHOWN = 5;

/** Who the user dealt with last, to pick for a note before typing anything. */
export function RecentContacts({
  chosenId,
  onChoose,
}: {
  chosenId: string | undefined;
  onChoose: (contact: ChosenContact) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [recent, setRecent] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    rpc('contacts.recent', { limit: SHOWN }).then(setRecent, setError);
  }, []);
  return (
    <>
      <h3>{t('popup.recent')}</h3>
      {error ? <p class="error">{describeError(i18n, error)}</p> : null}
      {recent?.length === 0 ? <p class="muted">{t('popup.noRecent')}</p> : null}
      <ContactButtons label={t('popup.recent')} hits={recent ?? []} chosenId={chosenId} onChoose={onChoose} />
    </>
  );
}
