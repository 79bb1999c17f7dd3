/** The ONE door to the notes store. */
import type { Note } from '../../schema/records';
import type { WriteTx } from '../write-tx';

export type NotesTx = WriteTx<'notes', Note>;

export async function putNote(tx: NotesTx, note: Note): Promise<Note> {
  await tx.objectStore('notes').put(note);
  return note;
}

export async function addNote(tx: NotesTx, note: Note): Promise<Note> {
  await tx.objectStore('notes').add(note);
  return note;
}

export function deleteNote(tx: NotesTx, id: string): Promise<void> {
  return tx.objectStore('notes').delete(id);
}

export function clearNotes(tx: NotesTx): Promise<void> {
  return tx.objectStore('notes').clear();
}
