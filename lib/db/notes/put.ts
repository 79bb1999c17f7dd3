/** The ONE door to the notes store. */
import type { Note } from '../../schema/records';
import { type RevisionsTx, stampLocalWrite } from '../revisions/put';
import type { WriteTx } from '../write-tx';

export type NotesTx = WriteTx<'notes', Note> & RevisionsTx;

export async function putNote(tx: NotesTx, note: Note): Promise<Note> {
  await Promise.all([tx.objectStore('notes').put(note), stampLocalWrite(tx, 'notes', note.id, note)]);
  return note;
}

export async function addNote(tx: NotesTx, note: Note): Promise<Note> {
  await Promise.all([tx.objectStore('notes').add(note), stampLocalWrite(tx, 'notes', note.id, note)]);
  return note;
}

export async function deleteNote(tx: NotesTx, id: string): Promise<void> {
  await tx.objectStore('notes').delete(id);
  await stampLocalWrite(tx, 'notes', id, null);
}

export function clearNotes(tx: NotesTx): Promise<void> {
  return tx.objectStore('notes').clear();
}
