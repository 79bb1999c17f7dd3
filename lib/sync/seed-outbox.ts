/**
 * On replicating with a team database that has not seen this book (no checkpoint it and the book agree
 * on), the whole book goes into the outbox: records written before version 5 (or before sync) get their
 * first revision, and revisions already pushed (to another team, or to this one before it lost our
 * checkpoint) are offered again. A page at a time in short transactions, each costing a few requests,
 * not a few per record. The same walk, over a key range, stamps the contacts an import left without a
 * revision (stampOwed).
 */
import { atomically } from '../db/atomic';
import { inPages, refitSlice } from '../db/in-pages';
import type { CrmDb } from '../db/open';
import { owedRevisions, settleOwed } from '../db/revisions/checkpoint';
import { offerAgain, type Revision, revisionKey, stampUnrevised } from '../db/revisions/put';
import { ALL_STORES, type StoreName } from '../schema/stores';

const PAGE = 500;

/** How many revisions it put in the outbox, made or offered again. */
export async function seedOutbox(db: CrmDb): Promise<number> {
  // Ranges owed before the walk are covered by it; one owed meanwhile is left to stampOwed.
  const owed = await owedRevisions(db);
  const seeded = (await offerPushed(db)) + (await stampAllUnrevised(db));
  await settleOwed(db, owed);
  return seeded;
}

/**
 * The first revisions owed to records written without one (a large import's new contacts, by key range): those
 * of the range still without a revision get it, a page at a time, before the round pushes. How many it made.
 */
export async function stampOwed(db: CrmDb): Promise<number> {
  const owed = await owedRevisions(db);
  let stamped = 0;
  for (const { store, first, last } of owed) stamped += await stampUnrevisedIn(db, store, { first, last });
  await settleOwed(db, owed);
  return stamped;
}

async function offerPushed(db: CrmDb): Promise<number> {
  // A book joining its first team has pushed nothing: every revision it has is waiting already.
  if ((await db.count('revisions')) === (await db.countFromIndex('revisions', 'pending'))) return 0;
  let offered = 0;
  await inPages(
    PAGE,
    refitSlice(),
    (revision: Revision) => revision.key,
    (range, size) => {
      const tx = db.transaction('revisions', 'readwrite');
      return atomically(tx, async () => {
        const revisions = await tx.store.getAll(range, size);
        offered += await offerAgain(tx, revisions);
        return revisions;
      });
    },
  );
  return offered;
}

async function stampAllUnrevised(db: CrmDb): Promise<number> {
  let seeded = 0;
  for (const store of ALL_STORES) seeded += await stampUnrevisedIn(db, store);
  return seeded;
}

/** Every record of `store` (of the ids from `first` to `last`, if given) without a revision gets its first. */
async function stampUnrevisedIn(db: CrmDb, store: StoreName, ids?: { first: string; last: string }): Promise<number> {
  let seeded = 0;
  await inPages(
    PAGE,
    refitSlice(),
    (record: { id: string }) => record.id,
    (after, size) => {
      const range = ids ? pageWithin(after, ids) : after;
      if (range === 'past') return Promise.resolve([]);
      const tx = db.transaction([store, 'revisions'], 'readwrite');
      return atomically(tx, async () => {
        const records = await tx.objectStore(store).getAll(range, size);
        const first = records[0];
        const last = records.at(-1);
        if (!first || !last) return records;
        // Revision keys sort as the ids do (one prefix per store): the page's are one key range.
        const known = await tx
          .objectStore('revisions')
          .getAllKeys(IDBKeyRange.bound(revisionKey(store, first.id), revisionKey(store, last.id)));
        seeded += await stampUnrevised(tx, store, records, new Set(known.map(String)));
        return records;
      });
    },
  );
  return seeded;
}

/** The next page's keys inside `first`…`last`: after the last page's end, or from `first`; 'past' once beyond. */
function pageWithin(after: IDBKeyRange | null, { first, last }: { first: string; last: string }) {
  const from = after ? String(after.lower) : first;
  if (from > last || (after && from === last)) return 'past';
  return IDBKeyRange.bound(from, last, after !== null, false);
}
