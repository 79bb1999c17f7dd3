/**
 * The contacts a name finds, for the "same person?" suggestion of every person a page shows who is not saved:
 * the same contacts in the same order as searchContacts (contacts.ts) finds them, with fewer records read. The
 * later walks mostly meet contacts the first one judged already (Grace Green's address starts with "grace"
 * too), so here they list their keys first and read only the records not judged yet.
 */
import type { Contact } from '../../schema/records';
import type { CrmDb } from '../open';
import { searchByWords } from './word-search';

/** The first `limit` contacts whose words start with every word of `query`, exactly as searchContacts finds them. */
export function namesakes(db: CrmDb, query: string, limit: number): Promise<Contact[]> {
  return searchByWords(db, query, limit, 'keys');
}
