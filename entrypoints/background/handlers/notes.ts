import { addNote, deleteNote, notesOf, searchNotes } from '@/lib/db/notes/notes';
import type { VerbInput } from '@/lib/messaging/verbs';
import type { HandlerDeps } from './deps';

export function noteHandlers({ db, now }: HandlerDeps) {
  return {
    async 'note.add'(input: VerbInput<'note.add'>) {
      return addNote(await db(), input, now());
    },
    async 'note.list'({ contactId, limit }: VerbInput<'note.list'>) {
      return notesOf(await db(), contactId, limit);
    },
    async 'note.delete'({ id }: VerbInput<'note.delete'>) {
      await deleteNote(await db(), id);
      return true;
    },
    async 'note.search'({ query, limit }: VerbInput<'note.search'>) {
      return searchNotes(await db(), query, limit);
    },
  };
}
