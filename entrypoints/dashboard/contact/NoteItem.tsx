import { useI18n } from '@/components/i18n';
import type { Note } from '@/lib/schema/records';
import { PrivacySwitch } from './PrivacySwitch';

/** One note: when, its text, who wrote it, and whether it stays on this machine (switchable). */
export function NoteItem({ note }: { note: Note }) {
  const { t, date } = useI18n();
  return (
    <li data-private={note.private ? 'true' : undefined}>
      <span class="muted">{date(note.createdAt)}</span> {note.text}
      {note.createdBy ? <span class="muted small"> {t('card.by', { name: note.createdBy })}</span> : null}
      {note.private ? <span class="badge muted">{t('note.privateBadge')}</span> : null}{' '}
      <PrivacySwitch kind="notes" id={note.id} isPrivate={note.private === true} />
    </li>
  );
}
