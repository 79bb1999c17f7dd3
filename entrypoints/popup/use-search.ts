import { useEffect, useRef, useState } from 'preact/hooks';
import { rpc, type VerbOutput } from '@/lib/messaging/client';

export type SearchHit = VerbOutput<'contact.search'>[number];

/** Results for the latest query only: a slow answer to an older keystroke never overwrites a newer one. */
export function useSearch(query: string, limit = 8) {
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (!query.trim()) return setHits([]);
    rpc('contact.search', { query, limit }).then(
      (found) => ticket === latest.current && (setHits(found), setError(null)),
      (e: unknown) => ticket === latest.current && setError(e),
    );
  }, [query, limit]);
  return { hits, error };
}
