import { type Note, UNFILED } from '../schema/records';
import { newId } from './ids';
import type { CrmDb } from './open';

export async function addNote(
  db: CrmDb,
  input: { contactId?: string; text: string; url?: string },
  now: number,
): Promise<Note> {
  const tx = db.transaction(['notes', 'contacts'], 'readwrite');
  const contactId = input.contactId ?? UNFILED;
  if (contactId !== UNFILED && !(await tx.objectStore('contacts').getKey(contactId))) {
    await tx.done;
    throw new Error('contact-not-found');
  }
  const note: Note = {
    id: newId(),
    contactId,
    text: input.text,
    createdAt: now,
  };
  if (input.url) note.url = input.url;
  await tx.objectStore('notes').add(note);
  await tx.done;
  return note;
}

/** Notes of one contact (or the unfiled ones), newest first. */
export async function notesOf(db: CrmDb, contactId: string, limit: number): Promise<Note[]> {
  return newestNotes(await db.getAllFromIndex('notes', 'contactId', contactId), limit);
}

export function newestNotes(notes: Note[], limit: number): Note[] {
  return notes.sort((a, b) => b.createdAt - a.createdAt).slice(0, limit);
}

export async function deleteNote(db: CrmDb, id: string): Promise<void> {
  await db.delete('notes', id);
}
