import { addNote, deleteNote, notesOf, searchNotes, setNotePrivate } from '@/lib/db/notes/notes';
import type { HandlersOf } from '@/lib/protocol';
import type { noteVerbs } from '@/lib/protocol/notes';
import type { HandlerDeps } from './deps';

export function noteHandlers({ db, now }: HandlerDeps): HandlersOf<typeof noteVerbs> {
  return {
    async 'notes.add'(input) {
      return addNote(await db(), input, now());
    },
    async 'notes.setPrivate'({ id, private: keepPrivate }) {
      return setNotePrivate(await db(), id, keepPrivate);
    },
    async 'notes.list'({ contactId, limit }) {
      return notesOf(await db(), contactId, limit);
    },
    async 'notes.delete'({ id }) {
      await deleteNote(await db(), id);
      return true;
    },
    async 'notes.search'({ query, limit }) {
      return searchNotes(await db(), query, limit);
    },
  };
}
