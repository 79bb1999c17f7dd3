/**
 * The contacts a name finds, for the "same person?" suggestion of every person a page shows who is not saved.
 * The same contacts in the same order as searchContacts (contacts.ts) finds them, read differently: the search
 * walks its indexes with a cursor, one round trip per index entry, and a common first name has thousands of
 * entries in a large book; here each index answers its keys in one request and the records follow in a few waves.
 */
import type { Contact } from '../../schema/records';
import type { CrmDb } from '../open';
import { matchesWord, matchTokens, queryWords, wordsOf } from './search-tokens';

/** Records asked for in the first wave; each later wave asks for twice as many as the one before. */
const FIRST_WAVE = 16;

const startingWith = (start: string) => IDBKeyRange.bound(start, `${start}\uffff`);

/** The first `limit` contacts whose words start with every word of `query`, exactly as searchContacts finds them. */
export async function namesakes(db: CrmDb, query: string, limit: number): Promise<Contact[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  // The same walks as searchContacts: the longest word through the words and the addresses, then its longest part.
  const lead = words.reduce((a, b) => (b.length > a.length ? b : a));
  const part = wordsOf(lead)
    .filter((p) => p !== lead)
    .sort((a, b) => b.length - a.length)[0];
  const store = db.transaction('contacts').store;
  const walks = await Promise.all([
    store.index('search').getAllKeys(startingWith(lead)),
    store.index('emails').getAllKeys(startingWith(lead)),
    ...(part ? [store.index('search').getAllKeys(startingWith(part))] : []),
  ]);
  // Each contact is judged where the walks first meet it, as the search's cursors do.
  const ids = [...new Set(walks.flat())];
  const found: Contact[] = [];
  let wave = FIRST_WAVE;
  for (let from = 0; from < ids.length && found.length < limit; from += wave, wave *= 2) {
    const records = await Promise.all(ids.slice(from, from + wave).map((id) => store.get(id)));
    for (const contact of records) {
      if (!contact || found.length >= limit) continue;
      const tokens = matchTokens(contact.search, contact.emails);
      if (words.every((w) => matchesWord(tokens, w))) found.push(contact);
    }
  }
  return found;
}
