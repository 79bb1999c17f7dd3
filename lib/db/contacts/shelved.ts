import type { Contact } from '../../schema/records';

/**
 * A contact whose search words are on the word shelves (word-shelves.ts) instead of in the `search` index: a
 * contact an import added. `shelved` holds the words shelved for it; the door keeps the contact out of the index
 * for as long as its words are still those (a refit or a log rewrites it) and indexes it once they change (an
 * edit). Not part of the record's schema: a backup or a teammate's copy never carries it, so it is indexed.
 */
export type ShelvedContact = Contact & { shelved?: string[] };

export const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

/** The words a contact is found by, in the index or on the shelves. */
export function contactWords(contact: ShelvedContact): readonly string[] {
  return contact.search.length > 0 ? contact.search : (contact.shelved ?? []);
}

/** The contact as the store would keep it if its words were in the index. */
export function unshelved(contact: ShelvedContact): Contact {
  const { shelved: _words, ...rest } = contact;
  return rest;
}

/** The stored form of a new contact whose words go on the shelves, and those words. */
export function shelvedForm(stored: Contact): ShelvedContact {
  return { ...stored, search: [], shelved: stored.search };
}
