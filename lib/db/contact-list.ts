import type { IDBPTransaction } from 'idb';
import type { Contact } from '../schema/records';
import { appendRow, type ContactColumns, type ContactRow, emptyColumns, rowAt, setRow } from './contact-columns';
import { filterOrder, type ListFilter, type ListSort, type SortRanks, sortOrder, textRanks } from './contact-query';
import type { CrmDb } from './open';
import type { CrmSchema } from './schema';

export interface ListQuery {
  filter: ListFilter;
  sort: ListSort;
  offset: number;
  limit: number;
  /** Collation of names; Chinese sorts by pinyin. */
  locale?: string;
  /** Check the book for every kind of change first (a new query; not needed while scrolling). */
  thorough?: boolean;
}

export interface ListPage {
  total: number;
  offset: number;
  rows: ContactRow[];
  /** Changes whenever the book changed: pages of different versions do not belong together. */
  version: number;
}

/**
 * What says the book changed. Cheap, read for every request: the newest contact edit (one step
 * on the 'updatedAt' index) and when the value model was last fitted (a recompute rewrites every
 * contact's insights). Costly, because IndexedDB counts by walking the store: the contact count
 * (deletions) and the interaction count (logging refreshes insights without an edit), read when
 * a client starts a new query and at most every FULL_CHECK_MS while it scrolls.
 */
interface Stamp {
  newestEdit: number;
  fittedAt: number | undefined;
  contacts: number;
  interactions: number;
}

const FULL_CHECK_MS = 10_000;
const BATCH = 2000;
const SORTS_KEPT = 4;

/**
 * The contacts table's index, kept in the background's memory: ids and sort keys of the whole
 * book as columns, sorted orders cached per key, the last filter's result cached. Rebuilt lazily
 * when the stamp says the book changed; edits are patched in place rather than reread.
 */
export function createContactList(db: () => Promise<CrmDb>, fittedAt: () => Promise<number | undefined>) {
  let cols: ContactColumns | null = null;
  let stamp: Stamp | null = null;
  let checkedAt = 0;
  let version = 0;
  let ranks = new Map<string, SortRanks>();
  let sorted = new Map<string, Uint32Array>();
  let lastFilter: { key: string; order: Uint32Array } | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const forget = () => {
    version++;
    ranks = new Map();
    sorted = new Map();
    lastFilter = null;
  };

  const refresh = async (thorough: boolean): Promise<ContactColumns> => {
    const d = await db();
    const fitted = await fittedAt();
    const tx = d.transaction(['contacts', 'interactions']);
    const full = thorough || !stamp || Date.now() - checkedAt > FULL_CHECK_MS;
    const now = await readStamp(tx, fitted, full ? null : stamp);
    if (full) checkedAt = Date.now();
    const rebuild =
      !cols ||
      !stamp ||
      now.fittedAt !== stamp.fittedAt ||
      now.interactions !== stamp.interactions ||
      now.contacts < stamp.contacts;
    if (rebuild) cols = await readAll(tx);
    else if (cols && stamp && (now.newestEdit !== stamp.newestEdit || now.contacts !== stamp.contacts)) {
      const edited = await tx
        .objectStore('contacts')
        .index('updatedAt')
        .getAll(IDBKeyRange.lowerBound(stamp.newestEdit));
      cols = patch(cols, edited);
      // Added contacts carry a newer edit time; more rows than the count means some went.
      if (full && cols.size !== now.contacts) cols = await readAll(tx);
    } else return cols ?? emptyColumns(0);
    await tx.done;
    stamp = { ...now, contacts: full ? now.contacts : (cols?.size ?? 0) };
    forget();
    return cols ?? emptyColumns(0);
  };

  /**
   * The index, fresh; `thorough` also catches deletions and logs at once. Checks run one at a
   * time so a burst of page requests builds it once.
   */
  const columns = (thorough = true): Promise<ContactColumns> => {
    const next = queue.then(
      () => refresh(thorough),
      () => refresh(thorough),
    );
    queue = next.catch(() => undefined);
    return next;
  };

  const rankFor = (c: ContactColumns, locale: string): SortRanks => {
    let r = ranks.get(locale);
    if (!r) {
      r = { names: textRanks(c.names, c.size, locale), orgs: textRanks(c.orgNames, c.size, locale) };
      ranks.set(locale, r);
    }
    return r;
  };

  const orderFor = (c: ContactColumns, sort: ListSort, locale: string): Uint32Array => {
    const key = `${sort.key}:${sort.dir}:${locale}`;
    let order = sorted.get(key);
    if (!order) {
      order = sortOrder(c, rankFor(c, locale), sort);
      if (sorted.size >= SORTS_KEPT) sorted.delete(sorted.keys().next().value ?? '');
      sorted.set(key, order);
    }
    return order;
  };

  return {
    columns,
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

async function readStamp(tx: ReadTx, fittedAt: number | undefined, counted: Stamp | null): Promise<Stamp> {
  const contacts = tx.objectStore('contacts');
  const [newest, count, interactions] = await Promise.all([
    contacts.index('updatedAt').openKeyCursor(null, 'prev'),
    counted ? counted.contacts : contacts.count(),
    counted ? counted.interactions : tx.objectStore('interactions').count(),
  ]);
  const newestEdit = typeof newest?.key === 'number' ? newest.key : 0;
  return { newestEdit, fittedAt, contacts: count, interactions };
}

/** Every contact, a batch at a time so the records never all sit in memory at once. */
async function readAll(tx: ReadTx): Promise<ContactColumns> {
  let cols = emptyColumns(BATCH);
  const store = tx.objectStore('contacts');
  let after: string | undefined;
  for (;;) {
    const batch = await store.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), BATCH);
    for (const c of batch) cols = appendRow(cols, c);
    const last = batch.at(-1);
    if (batch.length < BATCH || !last) return cols;
    after = last.id;
  }
}

function patch(cols: ContactColumns, edited: readonly Contact[]): ContactColumns {
  let out = cols;
  for (const c of edited) {
    const i = out.byId.get(c.id);
    if (i === undefined) out = appendRow(out, c);
    else setRow(out, i, c);
  }
  return out;
}
