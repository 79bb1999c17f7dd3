/**
 * On joining a team, records written before version 5 (or before sync) have no revision yet: give them
 * one, a page at a time in short transactions, so the first push sends the whole book. Each page costs
 * three requests (its records, the revision keys of its id range, the puts issued together), not
 * three per record.
 */
import { atomically } from '../db/atomic';
import type { CrmDb } from '../db/open';
import { revisionKey, stampUnrevised } from '../db/revisions/put';
import { ALL_STORES } from '../schema/stores';

const PAGE = 500;

export async function seedOutbox(db: CrmDb): Promise<number> {
  let seeded = 0;
  for (const store of ALL_STORES) {
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const tx = db.transaction([store, 'revisions'], 'readwrite');
      const page = await atomically(tx, async () => {
        const records = await tx.objectStore(store).getAll(range, PAGE);
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
      if (page.length < PAGE) break;
      after = page[page.length - 1]?.id;
    }
  }
  return seeded;
}
