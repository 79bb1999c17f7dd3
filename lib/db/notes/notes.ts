import { type Note, UNFILED } from '../../schema/records';
import { foldForSearch } from '../contacts/search-tokens';
import { newId } from '../ids';
import type { CrmDb } from '../open';
import * as door from './put';

export async function addNote(
  db: CrmDb,
  input: { contactId?: string; text: string; url?: string; private?: boolean },
  now: number,
): Promise<Note> {
  const tx = db.transaction(['notes', 'contacts', 'revisions'], 'readwrite');
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
  if (input.private) note.private = true;
  const stored = await door.addNote(tx, note);
  await tx.done;
  return stored;
}

/** Marks a note private (it leaves the team: a tombstone if it was shared) or shares it again. */
export async function setNotePrivate(db: CrmDb, id: string, keepPrivate: boolean): Promise<Note | null> {
  const tx = db.transaction(['notes', 'revisions'], 'readwrite');
  const note = await tx.objectStore('notes').get(id);
  if (!note) {
    await tx.done;
    return null;
  }
  const { private: _was, ...rest } = note;
  const stored = await door.editNote(tx, keepPrivate ? { ...rest, private: true } : rest);
  await tx.done;
  return stored;
}

/** Notes of one contact (or the unfiled ones), newest first. */
export async function notesOf(db: CrmDb, contactId: string, limit: number): Promise<Note[]> {
  return newestNotes(await db.getAllFromIndex('notes', 'contactId', contactId), limit);
}

export function newestNotes(notes: Note[], limit: number): Note[] {
  return notes.sort((a, b) => b.createdAt - a.createdAt).slice(0, limit);
}

export async function deleteNote(db: CrmDb, id: string): Promise<void> {
  const tx = db.transaction(['notes', 'revisions'], 'readwrite');
  await Promise.all([door.deleteNote(tx, id), tx.done]);
}

/** A note found by its text, with the contact it is filed under (null when unfiled or gone). */
export interface NoteHit {
  id: string;
  text: string;
  createdAt: number;
  contact: { id: string; name: string } | null;
}

/**
 * Notes whose text holds every word of the query, ignoring case and accents, newest first.
 * Notes are few beside contacts, so walking them newest first until `limit` hits is enough.
 */
export async function searchNotes(db: CrmDb, query: string, limit: number): Promise<NoteHit[]> {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const tx = db.transaction(['notes', 'contacts']);
  const found: Note[] = [];
  let cursor = await tx.objectStore('notes').index('createdAt').openCursor(null, 'prev');
  while (cursor && found.length < limit) {
    const text = foldForSearch(cursor.value.text);
    if (words.every((word) => text.includes(word))) found.push(cursor.value);
    cursor = await cursor.continue();
  }
  const contacts = tx.objectStore('contacts');
  const hits = await Promise.all(
    found.map(async ({ id, text, createdAt, contactId }): Promise<NoteHit> => {
      const contact = contactId === UNFILED ? undefined : await contacts.get(contactId);
      return { id, text, createdAt, contact: contact ? { id: contact.id, name: contact.name } : null };
    }),
  );
  await tx.done;
  return hits;
}
