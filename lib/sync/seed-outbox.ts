/**
 * On replicating with a team database that has not seen this book (no checkpoint it and the book agree
 * on), the whole book goes into the outbox: records written before version 5 (or before sync) get their
 * first revision, and revisions already pushed (to another team, or to this one before it lost our
 * checkpoint) are offered again. A page at a time in short transactions, each costing a few requests,
 * not a few per record.
 */
import { atomically } from '../db/atomic';
import { inPages, refitSlice } from '../db/in-pages';
import type { CrmDb } from '../db/open';
import { offerAgain, type Revision, revisionKey, stampUnrevised } from '../db/revisions/put';
import { ALL_STORES } from '../schema/stores';

const PAGE = 500;

/** How many revisions it put in the outbox, made or offered again. */
export async function seedOutbox(db: CrmDb): Promise<number> {
  return (await offerPushed(db)) + (await stampAllUnrevised(db));
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
  for (const store of ALL_STORES) {
    await inPages(
      PAGE,
      refitSlice(),
      (record: { id: string }) => record.id,
      (range, size) => {
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
  }
  return seeded;
}
