import type { Contact } from '../../schema/records';
import { type ShelvesReader, shelvedIds } from './word-shelves';

/** Records asked for at once; each next wave asks for twice as many. */
export const FIRST_WAVE = 8;

export interface ShelvedWalk {
  contacts: { get(id: string): Promise<Contact | undefined> };
  shelves: ShelvesReader;
  /** The contacts judged already, by id: judge adds to it. */
  seen: ReadonlySet<string>;
  judge: (contact: Contact) => void;
  enough: () => boolean;
}

/**
 * Judges the contacts whose shelved words start with `start` (word-shelves.ts) and that were not judged yet, in
 * the order of their words, reading their records in waves until `enough` says so.
 */
export async function walkShelved(start: string, { contacts, shelves, seen, judge, enough }: ShelvedWalk) {
  const ids = shelvedIds(shelves, start);
  let ended = false;
  for (let wave = FIRST_WAVE; !ended && !enough(); wave *= 2) {
    const batch = new Set<string>();
    while (batch.size < wave) {
      const next = await ids.next();
      if (next.done) {
        ended = true;
        break;
      }
      if (!seen.has(next.value)) batch.add(next.value);
    }
    const records = await Promise.all([...batch].map((id) => contacts.get(id)));
    for (const contact of records) if (contact && !enough()) judge(contact);
  }
}
