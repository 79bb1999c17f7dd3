import { useState } from 'preact/hooks';
import { rpc } from '@/lib/protocol/client';
import type { Note } from '@/lib/schema/records';
import { describeError, useI18n } from './i18n';

/** One field and a button: a note lands on the contact (or unfiled) and the field clears. */
export function QuickNote(props: {
  contactId?: string;
  label: string;
  url?: string;
  /** The note is handed back so that it can be taken back (Undo). */
  onSaved(message: string, note: Note): void;
}) {
  const i18n = useI18n();
  const [text, setText] = useState('');
  const [kept, setKept] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    setError('');
    try {
      const note = await rpc('notes.add', {
        text,
        ...(props.contactId ? { contactId: props.contactId } : {}),
        ...(props.url ? { url: props.url } : {}),
        ...(kept ? { private: true } : {}),
      });
      setText('');
      props.onSaved(i18n.t('note.saved'), note);
    } catch (e) {
      setError(describeError(i18n, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="quick-note" onSubmit={save}>
      <label>
        <span class="visually-hidden">{props.label}</span>
        <textarea
          rows={2}
          value={text}
          placeholder={i18n.t('note.placeholder')}
          maxLength={10000}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) save(e);
          }}
        />
      </label>
      <label class="note-private small">
        <input type="checkbox" checked={kept} onChange={(e) => setKept(e.currentTarget.checked)} />{' '}
        {i18n.t('note.private')}
      </label>
      <button type="submit" disabled={busy || !text.trim()}>
        {i18n.t('note.save')}
      </button>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
