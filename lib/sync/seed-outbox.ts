/**
 * On joining a team, records written before version 5 (or before sync) have no revision yet: give them
 * one, a page at a time in short transactions, so the first push sends the whole book.
 */
import { atomically } from '../db/atomic';
import type { CrmDb } from '../db/open';
import { revisionKey, stampLocalWrite } from '../db/revisions/put';
import { ALL_STORES } from '../schema/stores';

const PAGE = 200;

export async function seedOutbox(db: CrmDb): Promise<number> {
  let seeded = 0;
  for (const store of ALL_STORES) {
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const tx = db.transaction([store, 'revisions'], 'readwrite');
      const page = await atomically(tx, async () => {
        const records = await tx.objectStore(store).getAll(range, PAGE);
        for (const record of records) {
          if (await tx.objectStore('revisions').getKey(revisionKey(store, record.id))) continue;
          // Private records get no revision: they stay on this machine.
          if (await stampLocalWrite(tx, store, record.id, record)) seeded += 1;
        }
        return records;
      });
      if (page.length < PAGE) break;
      after = page[page.length - 1]?.id;
    }
  }
  return seeded;
}
