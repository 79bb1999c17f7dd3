import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactRow } from '@/lib/db/contacts/columns';
import type { ListFilter, ListSort } from '@/lib/db/contacts/query';
import type { Locale } from '@/lib/i18n';
import { rpc } from '@/lib/protocol/client';

export const PAGE_SIZE = 200;
/** Pages kept around the window; the rest are dropped so memory stays flat at 100k contacts. */
const PAGES_KEPT = 12;
/** How near the window's edge may come to a page not yet asked for before it is asked for. */
const AHEAD_ROWS = PAGE_SIZE / 2;

export interface ContactQuery {
  filter: ListFilter;
  sort: ListSort;
  locale: Locale;
}

/** The pages of one query and one version of the book; filled in place as answers arrive. */
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
 * page at a time as the window moves, and the next page in the direction of scrolling before
 * the window reaches it. An arriving page re-renders the table only if it shows on screen.
 * Pages of an older version of the book are thrown away.
 */
export function useContactPages(query: ContactQuery, first: number, last: number): ContactPages {
  const key = JSON.stringify(query);
  const loaded = useRef<Loaded | null>(null);
  const [, setShown] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const currentKey = useRef(key);
  const view = useRef({ first, last, down: true });
  const inFlight = useRef(new Set<string>());
  const opened = useRef(false);
  currentKey.current = key;
  if (first !== view.current.first) view.current.down = first > view.current.first;
  view.current.first = first;
  view.current.last = last;

  const current = loaded.current?.key === key ? loaded.current : null;
  const versionShown = current?.version;

  useEffect(() => {
    const request = (page: number) => {
      const ask = `${key}#${page}`;
      if (page < 0 || current?.pages.has(page) || inFlight.current.has(ask)) return;
      if (current && page * PAGE_SIZE >= current.total && page > 0) return;
      inFlight.current.add(ask);
      // The table's first request also looks for deleted contacts; later ones need not.
      const thorough = !opened.current;
      opened.current = true;
      rpc('contacts.list', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE, thorough })
        .then((answer) => {
          if (currentKey.current !== key) return;
          setError(null);
          const had = loaded.current;
          const same = had?.key === key && had.version === answer.version;
          const into = same ? had : { key, version: answer.version, total: answer.total, pages: new Map() };
          const resized = into.total !== answer.total;
          into.total = answer.total;
          into.pages.set(page, answer.rows);
          loaded.current = into;
          const { first: top, last: bottom } = view.current;
          trim(into.pages, Math.floor(top / PAGE_SIZE));
          const onScreen = page * PAGE_SIZE <= bottom && (page + 1) * PAGE_SIZE > top;
          if (!same || resized || onScreen) setShown((n) => n + 1);
        }, setError)
        .finally(() => inFlight.current.delete(ask));
    };
    // A new query starts at the top (the grid scrolls back there): its first page comes first.
    if (!current) return request(0);
    const from = Math.floor(Math.max(0, first) / PAGE_SIZE);
    const to = Math.floor(Math.max(first, last) / PAGE_SIZE);
    for (let page = from; page <= to; page++) request(page);
    if (view.current.down) {
      if (last + AHEAD_ROWS >= (to + 1) * PAGE_SIZE) request(to + 1);
    } else if (first - AHEAD_ROWS < from * PAGE_SIZE) request(from - 1);
  }, [key, first, last, versionShown, current, query]);

  return {
    total: loaded.current?.total ?? null,
    row: (index) => loaded.current?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    stale: !current,
    error,
  };
}

function trim(pages: Map<number, ContactRow[]>, around: number): void {
  if (pages.size <= PAGES_KEPT) return;
  const farthest = [...pages.keys()].sort((a, b) => Math.abs(b - around) - Math.abs(a - around));
  for (const page of farthest.slice(0, pages.size - PAGES_KEPT)) pages.delete(page);
}
