import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactRow } from '@/lib/db/contact-columns';
import type { ListFilter, ListSort } from '@/lib/db/contact-query';
import type { Locale } from '@/lib/i18n';
import { rpc } from '@/lib/messaging/client';

export const PAGE_SIZE = 200;
/** Pages kept around the window; the rest are dropped so memory stays flat at 100k contacts. */
const PAGES_KEPT = 12;

export interface ContactQuery {
  filter: ListFilter;
  sort: ListSort;
  locale: Locale;
}

interface Loaded {
  key: string;
  version: number;
  total: number;
  pages: Map<number, ContactRow[]>;
}

export interface ContactPages {
  /** null until the first page of the current query arrives. */
  total: number | null;
  row(index: number): ContactRow | undefined;
  /** A newer query is on its way; what is shown belongs to the previous one. */
  stale: boolean;
  error: unknown;
}

/**
 * The rows of the window [first, last] of the contacts table, fetched from the background a
 * page at a time as the window moves. Pages of an older version of the book are thrown away.
 */
export function useContactPages(query: ContactQuery, first: number, last: number): ContactPages {
  const key = JSON.stringify(query);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const currentKey = useRef(key);
  const inFlight = useRef(new Set<string>());
  const opened = useRef(false);
  currentKey.current = key;

  useEffect(() => {
    const current = loaded?.key === key ? loaded : null;
    // A new query starts at the top (the grid scrolls back there): its first page comes first.
    const from = current ? Math.floor(Math.max(0, first) / PAGE_SIZE) : 0;
    const to = current ? Math.floor(Math.max(first, last) / PAGE_SIZE) : 0;
    for (let page = from; page <= to; page++) {
      const ask = `${key}#${page}`;
      if (current?.pages.has(page) || inFlight.current.has(ask)) continue;
      if (current && page * PAGE_SIZE >= current.total && page > 0) continue;
      inFlight.current.add(ask);
      // The table's first request also looks for deleted contacts; later ones need not.
      const thorough = !opened.current;
      opened.current = true;
      rpc('contacts.list', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE, thorough })
        .then((answer) => {
          if (currentKey.current !== key) return;
          setError(null);
          setLoaded((prev) => {
            const keep = prev && prev.key === key && prev.version === answer.version;
            const pages = keep ? new Map(prev.pages) : new Map<number, ContactRow[]>();
            pages.set(page, answer.rows);
            trim(pages, page);
            return { key, version: answer.version, total: answer.total, pages };
          });
        }, setError)
        .finally(() => inFlight.current.delete(ask));
    }
  }, [key, first, last, loaded, query]);

  const shown = loaded;
  return {
    total: shown ? shown.total : null,
    row: (index) => shown?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    stale: !shown || shown.key !== key,
    error,
  };
}

function trim(pages: Map<number, ContactRow[]>, around: number): void {
  if (pages.size <= PAGES_KEPT) return;
  const farthest = [...pages.keys()].sort((a, b) => Math.abs(b - around) - Math.abs(a - around));
  for (const page of farthest.slice(0, pages.size - PAGES_KEPT)) pages.delete(page);
}
