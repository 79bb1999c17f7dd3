import type { IDBPTransaction } from 'idb';
import type { Contact } from '../../schema/records';
import type { CrmDb } from '../open';
import type { CrmSchema } from '../schema';
import {
  appendRow,
  type ContactColumns,
  type ContactRow,
  emptyColumns,
  rowAt,
  rowFinder,
  setRow,
  trimColumns,
} from './columns';
import { filterOrder, type ListFilter, type ListSort, type SortRanks, sortOrder, textRanks } from './query';

export interface ListQuery {
  filter: ListFilter;
  sort: ListSort;
  offset: number;
  limit: number;
  /** Collation of names; Chinese sorts by pinyin. */
  locale?: string;
  /** Also look for deleted contacts, which costs a count of the store (when the table opens). */
  thorough?: boolean;
}

export interface BuildProgress {
  /** Contacts read so far, and how many the book holds. */
  read: number;
  total: number;
}

export interface ListPage {
  total: number;
  offset: number;
  rows: ContactRow[];
  /** Changes whenever the book changed: pages of different versions do not belong together. */
  version: number;
}

/**
 * What says the book changed. Cheap, read for every request, one step on an index each: the
 * newest contact edit, the newest interaction (logging refreshes insights without an edit), and
 * when the value model was last fitted (a recompute rewrites every contact's insights). Costly,
 * because IndexedDB counts by walking the store: the contact count, which alone reveals
 * deletions, read only when a client opens the table afresh (and not before a full read).
 */
interface Stamp {
  newestEdit: number;
  newestTouch: number;
  fittedAt: number | undefined;
  contacts: number;
}

const BATCH = 5000;
const SORTS_KEPT = 4;

/**
 * The contacts table's index, kept in the background's memory until released: ids and sort keys
 * of the whole book as columns, sorted orders cached per key, the last filter's result cached.
 * Rebuilt lazily when the stamp says the book changed; edits are patched in place rather than reread.
 */
export function createContactList(db: () => Promise<CrmDb>, fittedAt: () => Promise<number | undefined>) {
  let cols: ContactColumns | null = null;
  let stamp: Stamp | null = null;
  // Unlike a count from 0, a restarted service worker never repeats the versions of the last one.
  let version = Date.now();
  let ranks = new Map<string, SortRanks>();
  let sorted = new Map<string, Uint32Array>();
  let lastFilter: { key: string; order: Uint32Array } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let reading: BuildProgress | null = null;

  const forget = () => {
    version++;
    ranks = new Map();
    sorted = new Map();
    lastFilter = null;
  };

  /** Reads the whole book into columns, telling how far it got; `expected` (0: not known) sizes them. */
  const readAll = async (d: CrmDb, expected: number): Promise<ContactColumns> => {
    reading = { read: 0, total: expected };
    if (!expected) {
      // Counted apart, in its own transaction, so the read does not wait for the count.
      d.count('contacts').then(
        (total) => {
          if (reading) reading = { read: reading.read, total: Math.max(total, reading.read) };
        },
        () => undefined,
      );
    }
    try {
      return await readColumns(d, expected, (read) => {
        reading = { read, total: Math.max(read, reading?.total ?? 0) };
      });
    } finally {
      reading = null;
    }
  };

  const refresh = async (thorough: boolean): Promise<ContactColumns> => {
    const d = await db();
    const fitted = await fittedAt();
    const tx = d.transaction(['contacts', 'interactions']);
    // Without an index, everything is read anyway: counting first would only delay it.
    const now = await readStamp(tx, fitted, !cols || !stamp ? 0 : thorough ? null : stamp.contacts);
    const rebuild =
      !cols ||
      !stamp ||
      now.fittedAt !== stamp.fittedAt ||
      now.newestTouch !== stamp.newestTouch ||
      now.contacts < stamp.contacts;
    if (rebuild) cols = await readAll(d, stamp?.contacts ?? 0);
    else if (cols && stamp && (now.newestEdit !== stamp.newestEdit || now.contacts !== stamp.contacts)) {
      const edited = await tx
        .objectStore('contacts')
        .index('updatedAt')
        .getAll(IDBKeyRange.lowerBound(stamp.newestEdit));
      cols = patch(cols, edited);
      // Added contacts carry a newer edit time; more rows than the count means some went.
      if (thorough && cols.size !== now.contacts) cols = await readAll(d, now.contacts);
    } else return cols ?? emptyColumns(0);
    await tx.done;
    stamp = { ...now, contacts: cols?.size ?? 0 };
    forget();
    return cols ?? emptyColumns(0);
  };

  /**
   * The index, fresh; `thorough` also counts the contacts to catch deletions. Checks run one at
   * a time so a burst of page requests builds it once.
   */
  const columns = (thorough = true): Promise<ContactColumns> => {
    const next = queue.then(
      () => refresh(thorough),
      () => refresh(thorough),
    );
    queue = next.catch(() => undefined);
    return next;
  };

  const rankFor = (c: ContactColumns, locale: string, key: ListSort['key']): SortRanks => {
    let r = ranks.get(locale);
    if (!r) {
      r = { names: textRanks(c.names, c.size, locale) };
      ranks.set(locale, r);
    }
    if (key === 'org') r.orgs ??= textRanks(c.orgNames, c.size, locale);
    return r;
  };

  const orderFor = (c: ContactColumns, sort: ListSort, locale: string): Uint32Array => {
    const key = `${sort.key}:${sort.dir}:${locale}`;
    let order = sorted.get(key);
    if (!order) {
      order = sortOrder(c, rankFor(c, locale, sort.key), sort);
      if (sorted.size >= SORTS_KEPT) sorted.delete(sorted.keys().next().value ?? '');
      sorted.set(key, order);
    }
    return order;
  };

  return {
    columns,
    /** How far the index has been read, while it is being built; null otherwise. */
    progress: (): BuildProgress | null => reading,
    /** Drops the index (after any check under way), to be rebuilt on the next request. */
    release(): Promise<void> {
      const done = queue.then(() => {
        cols = null;
        stamp = null;
        forget();
      });
      queue = done;
      return done;
    },
    /** One window of the filtered, sorted book. */
    async page(query: ListQuery): Promise<ListPage> {
      const c = await columns(query.thorough ?? false);
      const locale = query.locale ?? 'en';
      const key = JSON.stringify([query.filter, query.sort, locale]);
      if (lastFilter?.key !== key)
        lastFilter = { key, order: filterOrder(c, orderFor(c, query.sort, locale), query.filter) };
      const order = lastFilter.order;
      const end = Math.min(order.length, query.offset + query.limit);
      const rows: ContactRow[] = [];
      for (let k = query.offset; k < end; k++) rows.push(rowAt(c, order[k] ?? 0));
      return { total: order.length, offset: query.offset, rows, version };
    },
  };
}

export type ContactList = ReturnType<typeof createContactList>;

type ReadTx = IDBPTransaction<CrmSchema, ('contacts' | 'interactions')[], 'readonly'>;

async function readStamp(tx: ReadTx, fittedAt: number | undefined, counted: number | null): Promise<Stamp> {
  const contacts = tx.objectStore('contacts');
  const [edit, touch, count] = await Promise.all([
    contacts.index('updatedAt').openKeyCursor(null, 'prev'),
    tx.objectStore('interactions').index('at').openKeyCursor(null, 'prev'),
    counted ?? contacts.count(),
  ]);
  const newest = (key: unknown) => (typeof key === 'number' ? key : 0);
  return { newestEdit: newest(edit?.key), newestTouch: newest(touch?.key), fittedAt, contacts: count };
}

/**
 * Every contact, a batch at a time so the records never all sit in memory at once; the next
 * batch is asked for before this one is turned into columns, so reading and building overlap.
 * A transaction per batch lets edits through meanwhile: the stamp was read before, so the next
 * check patches in what changed during the read.
 */
async function readColumns(d: CrmDb, expected: number, onBatch: (read: number) => void): Promise<ContactColumns> {
  let cols = emptyColumns(expected);
  const read = (after: string | null) =>
    d.getAll('contacts', after === null ? null : IDBKeyRange.lowerBound(after, true), BATCH);
  let next = read(null);
  for (;;) {
    const batch = await next;
    const last = batch.at(-1);
    const more = batch.length === BATCH && last !== undefined;
    if (more) next = read(last.id);
    for (const c of batch) cols = appendRow(cols, c);
    onBatch(cols.size);
    if (!more) return trimColumns(cols);
  }
}

function patch(cols: ContactColumns, edited: readonly Contact[]): ContactColumns {
  const rowOf = rowFinder(cols, edited.length);
  let out = cols;
  for (const c of edited) {
    const i = rowOf(c.id);
    if (i === undefined) out = appendRow(out, c);
    else setRow(out, i, c);
  }
  return out;
}
