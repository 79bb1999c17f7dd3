import { useRpc } from '@/components/shell/use-rpc';
import { rpc, type VerbOutput } from '@/lib/protocol/client';

export type SearchHit = VerbOutput<'contacts.search'>[number];
export type NoteHit = VerbOutput<'notes.search'>[number];

const SHOWN = 8;
const MAX_QUERY = 200;

const findContacts = (query: string) => rpc('contacts.search', { query, limit: SHOWN });
const findNotes = (query: string) => rpc('notes.search', { query: query.trim().slice(0, MAX_QUERY), limit: SHOWN });

export const useSearch = (query: string) => useLatestResults(query, findContacts);
export const useNoteSearch = (query: string) => useLatestResults(query, findNotes);

const NONE: never[] = [];

/** Results for the latest query only: a slow answer to an older keystroke never overwrites a newer one. */
function useLatestResults<T>(query: string, find: (query: string) => Promise<T[]>) {
  const { value, error } = useRpc(() => (query.trim() ? find(query) : Promise.resolve(NONE)), query);
  return { hits: value ?? NONE, error };
}
