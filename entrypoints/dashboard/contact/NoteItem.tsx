import { useI18n } from '@/components/i18n';
import { useChange } from '@/components/shell/use-change';
import { rpc } from '@/lib/protocol/client';
import type { Note } from '@/lib/schema/records';

/** One note: when, its text, who wrote it, and whether it stays on this machine (switchable). */
export function NoteItem({ note }: { note: Note }) {
  const { t, date } = useI18n();
  const { busy, run, done } = useChange();
  const toggle = (keep: boolean) =>
    run(async () => {
      await rpc('notes.setPrivate', { id: note.id, private: keep });
      done(t(keep ? 'dashboard.note.madePrivate' : 'dashboard.note.madeShared'), () =>
        rpc('notes.setPrivate', { id: note.id, private: !keep }),
      );
    });
  return (
    <li data-private={note.private ? 'true' : undefined}>
      <span class="muted">{date(note.createdAt)}</span> {note.text}
      {note.createdBy ? <span class="muted small"> {t('card.by', { name: note.createdBy })}</span> : null}
      {note.private ? <span class="badge muted">{t('note.privateBadge')}</span> : null}{' '}
      <button type="button" class="link small" disabled={busy} onClick={() => toggle(!note.private)}>
        {t(note.private ? 'dashboard.note.share' : 'dashboard.note.makePrivate')}
      </button>
    </li>
  );
}
