/**
 * The contacts a name finds, for the "same person?" suggestion of every person a page shows who is not saved:
 * the same contacts in the same order as searchContacts (contacts.ts) finds them, with fewer records read. The
 * search walks the words (index, then shelves), then the addresses, then a part of the name, reading the record
 * of every entry; the later walks mostly meet contacts the first one judged already (Grace Green's address
 * starts with "grace" too), so here they list their keys first and read only the records not judged yet.
 */
import type { Contact } from '../../schema/records';
import type { CrmDb } from '../open';
import { queryWalk } from './search-tokens';
import { FIRST_WAVE, walkShelved } from './shelved-walk';
import { wordJudge } from './word-judge';

const startingWith = (start: string) => IDBKeyRange.bound(start, `${start}\uffff`);

/** The first `limit` contacts whose words start with every word of `query`, exactly as searchContacts finds them. */
export async function namesakes(db: CrmDb, query: string, limit: number): Promise<Contact[]> {
  const walk = queryWalk(query);
  if (!walk) return [];
  const { words, lead, part } = walk;
  const tx = db.transaction(['contacts', 'wordShelves']);
  const store = tx.objectStore('contacts');
  const { seen, found, judge, enough } = wordJudge(words, limit);
  const shelved = { contacts: store, shelves: tx.objectStore('wordShelves'), seen, judge, enough };
  /** A later walk of an index: its keys first, then only the records not judged yet, in waves. */
  const indexWalk = (index: 'search' | 'emails', start: string) => async () => {
    const ids = [...new Set(await store.index(index).getAllKeys(startingWith(start)))].filter((id) => !seen.has(id));
    let wave = FIRST_WAVE;
    for (let from = 0; from < ids.length && !enough(); from += wave, wave *= 2) {
      const records = await Promise.all(ids.slice(from, from + wave).map((id) => store.get(id)));
      for (const contact of records) if (contact && !enough()) judge(contact);
    }
  };
  // The browser reads a cursor's next records ahead of it: the first walk reads as the search does.
  let cursor = await store.index('search').openCursor(startingWith(lead));
  while (cursor && !enough()) {
    judge(cursor.value);
    cursor = await cursor.continue();
  }
  const later = [
    () => walkShelved(lead, shelved),
    indexWalk('emails', lead),
    ...(part ? [indexWalk('search', part), () => walkShelved(part, shelved)] : []),
  ];
  for (const walk of later) if (!enough()) await walk();
  return found;
}
