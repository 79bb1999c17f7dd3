import { describeError, useI18n } from '@/components/i18n';
import type { ChosenContact } from './ContactButtons';
import { useNoteSearch } from './use-search';

/** Notes holding the typed words; pressing one chooses its contact for the quick note. */
export function NoteResults({ query, onChoose }: { query: string; onChoose: (contact: ChosenContact) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { hits, error } = useNoteSearch(query);
  return (
    <>
      <h3>{t('popup.notes')}</h3>
      {error ? <p class="error">{describeError(i18n, error)}</p> : null}
      {hits.length === 0 && !error ? <p class="muted">{t('popup.noNoteResults')}</p> : null}
      {hits.length ? (
        <ul class="results note-results" aria-label={t('popup.notes')}>
          {hits.map(({ id, text, contact }) => (
            <li key={id}>
              {contact ? (
                <button type="button" onClick={() => onChoose(contact)}>
                  <span class="who">
                    <span class="note-text">{text}</span>
                    <small>{contact.name}</small>
                  </span>
                </button>
              ) : (
                <p class="who">
                  <span class="note-text">{text}</span>
                  <small>{t('popup.noteUnfiledTag')}</small>
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
