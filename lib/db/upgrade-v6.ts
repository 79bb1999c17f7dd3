/**
 * Version 6: each contact's touch aggregates (lib/db/interactions/touches.ts), so that logging never
 * re-reads a big account's whole timeline. The store is created and filled from the interactions
 * already in the book, in pages, within the upgrade: a failure aborts it and leaves version 5 whole.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Interaction } from '../schema/records';
import { entriesOf, foldTouches, type TouchEntry } from './interactions/touches';
import { saveTouches } from './interactions/touches-door';
import type { CrmSchema } from './schema';

/** Interactions read per request while filling the store. */
const READ_PAGE = 5_000;

export async function upgradeV6(
  db: IDBPDatabase<CrmSchema>,
  tx: IDBPTransaction<CrmSchema, StoreNames<CrmSchema>[], 'versionchange'>,
): Promise<void> {
  // Synchronous, before the first await: later steps of the same upgrade may write interactions.
  db.createObjectStore('contactTouches', { keyPath: 'contactId' });
  const entries = new Map<string, TouchEntry[]>();
  const store = tx.objectStore('interactions');
  let after: string | undefined;
  for (;;) {
    const page: Interaction[] = await store.getAll(
      after === undefined ? null : IDBKeyRange.lowerBound(after, true),
      READ_PAGE,
    );
    for (const interaction of page) {
      for (const [id, entry] of entriesOf(interaction)) {
        const list = entries.get(id);
        if (list) list.push(entry);
        else entries.set(id, [entry]);
      }
    }
    if (page.length < READ_PAGE) break;
    after = page[page.length - 1]?.id;
  }
  await Promise.all([...entries].map(([id, list]) => saveTouches(tx, foldTouches(id, list))));
}
