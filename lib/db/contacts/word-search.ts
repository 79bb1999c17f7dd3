/**
 * Contacts whose words start with every word of a query, in one order for every caller: the longest word walks
 * the search index, the word shelves and the addresses (and, when it is several words run together like
 * "o'brien", its longest part walks the index and shelves too); the other words filter the few candidates found.
 */
import type { Contact } from '../../schema/records';
import type { CrmDb } from '../open';
import { matchesWord, matchTokens, queryWalk } from './search-tokens';
import { contactWords } from './shelved';
import { FIRST_WAVE, walkShelved } from './shelved-walk';

/**
 * How the index walks after the first one read: each entry's record (`records`), or the entries' keys first and
 * then only the records not judged yet (`keys`), fewer reads where the first walk met most of them already.
 */
export type LaterReads = 'records' | 'keys';

const startingWith = (start: string) => IDBKeyRange.bound(start, `${start}\uffff`);

export async function searchByWords(db: CrmDb, query: string, limit: number, later: LaterReads): Promise<Contact[]> {
  const walk = queryWalk(query);
  if (!walk) return [];
  const { words, lead, part } = walk;
  const tx = db.transaction(['contacts', 'wordShelves']);
  const store = tx.objectStore('contacts');
  const seen = new Set<string>();
  const found: Contact[] = [];
  const enough = () => found.length >= limit;
  /** Each contact met is judged once: kept, in the order met, if its words start with every word of the query. */
  const judge = (contact: Contact) => {
    if (seen.has(contact.id)) return;
    seen.add(contact.id);
    const tokens = matchTokens(contactWords(contact), contact.emails);
    if (words.every((w) => matchesWord(tokens, w))) found.push(contact);
  };
  const shelved = { contacts: store, shelves: tx.objectStore('wordShelves'), seen, judge, enough };
  // The browser reads a cursor's next records ahead of it.
  const recordWalk = (index: 'search' | 'emails', start: string) => async () => {
    let cursor = await store.index(index).openCursor(startingWith(start));
    while (cursor && !enough()) {
      judge(cursor.value);
      cursor = await cursor.continue();
    }
  };
  const keyWalk = (index: 'search' | 'emails', start: string) => async () => {
    const ids = [...new Set(await store.index(index).getAllKeys(startingWith(start)))].filter((id) => !seen.has(id));
    let wave = FIRST_WAVE;
    for (let from = 0; from < ids.length && !enough(); from += wave, wave *= 2) {
      const records = await Promise.all(ids.slice(from, from + wave).map((id) => store.get(id)));
      for (const contact of records) if (contact && !enough()) judge(contact);
    }
  };
  const laterWalk = later === 'keys' ? keyWalk : recordWalk;
  const walks = [
    recordWalk('search', lead),
    () => walkShelved(lead, shelved),
    laterWalk('emails', lead),
    ...(part ? [laterWalk('search', part), () => walkShelved(part, shelved)] : []),
  ];
  for (const next of walks) if (!enough()) await next();
  return found;
}
