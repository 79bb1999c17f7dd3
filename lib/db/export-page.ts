import { recordAsStored } from './doors';
import type { CrmDb } from './open';
import type { RecordOf, StoreName } from './schema';

/** One page of a store in id order; `next` is where the following page starts, absent at the end. */
export type StorePage = { [S in StoreName]: { store: S; records: RecordOf<S>[]; next?: string } }[StoreName];

/** Runtime messages are serialised as JSON: keep each page well under a few megabytes. */
export const MAX_PAGE_CHARS = 1_000_000;

/**
 * Records of `store` after id `after`, at most `limit` of them and about MAX_PAGE_CHARS of JSON
 * (always at least one), so exporting 100,000 contacts never builds one huge message.
 */
export async function exportPage<S extends StoreName>(
  db: CrmDb,
  store: S,
  after: string | undefined,
  limit: number,
  maxChars = MAX_PAGE_CHARS,
): Promise<Extract<StorePage, { store: S }>> {
  const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
  const stored: RecordOf<S>[] = await db.getAll(store, range, limit);
  // A contact whose words are on the shelves leaves with them in `search`, as its schema has it.
  const found = store === 'contacts' ? stored.map((record) => recordAsStored(store, record)) : stored;
  let chars = 0;
  let kept = 0;
  while (kept < found.length) {
    chars += JSON.stringify(found[kept]).length;
    if (kept > 0 && chars > maxChars) break;
    kept++;
  }
  const records = found.slice(0, kept);
  const last = records[records.length - 1];
  const more = kept < found.length || found.length === limit;
  // One cast, where TypeScript cannot follow that `store: S` picks the matching union member.
  return { store, records, ...(more && last ? { next: last.id } : {}) } as Extract<StorePage, { store: S }>;
}
