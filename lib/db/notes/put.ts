/** The ONE door to the notes store. */
import type { Note } from '../../schema/records';
import { type RevisionsTx, stampLocalWrite } from '../revisions/put';
import type { WriteTx } from '../write-tx';
import { authored } from '../writer';

export type NotesTx = WriteTx<'notes', Note> & RevisionsTx;

/** Writes a note as it is (a restore, a move, a note from the team): no author stamped. */
export async function putNote(tx: NotesTx, note: Note): Promise<Note> {
  await Promise.all([tx.objectStore('notes').put(note), stampLocalWrite(tx, 'notes', note.id, note)]);
  return note;
}

/** A local edit of a note: the writer stamped. */
export function editNote(tx: NotesTx, note: Note): Promise<Note> {
  return putNote(tx, authored(note, false));
}

export async function addNote(tx: NotesTx, note: Note): Promise<Note> {
  const stored = authored(note, true);
  await Promise.all([tx.objectStore('notes').add(stored), stampLocalWrite(tx, 'notes', stored.id, stored)]);
  return stored;
}

export async function deleteNote(tx: NotesTx, id: string): Promise<void> {
  await tx.objectStore('notes').delete(id);
  await stampLocalWrite(tx, 'notes', id, null);
}

export function clearNotes(tx: NotesTx): Promise<void> {
  return tx.objectStore('notes').clear();
}
