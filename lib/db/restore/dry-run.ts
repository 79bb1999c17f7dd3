import { recordAsStored } from '../doors';
import { stagedOf } from '../import/jobs';
import { sameRecord } from '../import/same-record';
import type { CrmDb } from '../open';
import { ALL_STORES, type RecordOf, type StoreName } from '../schema';
import { gatherRestore, perStore, type RestoreData } from './staged';

export interface StoreChange {
  /** In the backup, not in the workspace. */
  added: number;
  /** In both, with different contents: the backup's version wins. */
  updated: number;
  /** In the workspace, not in the backup: restoring deletes it. */
  removed: number;
  unchanged: number;
}

export type RestorePreview = Record<StoreName, StoreChange>;

/** What restoring the staged backup would change in each store. Writes nothing. */
export async function previewRestore(db: CrmDb, jobId: string): Promise<RestorePreview> {
  const tx = db.transaction(['importJobs', 'importChunks', ...ALL_STORES]);
  const [job, chunks] = await Promise.all([
    tx.objectStore('importJobs').get(jobId),
    stagedOf(tx.objectStore('importChunks'), jobId),
  ]);
  const incoming = gatherRestore(job, chunks);
  const current = await Promise.all(ALL_STORES.map((store) => tx.objectStore(store).getAll()));
  await tx.done;
  return perStore((store) =>
    compareStore(incoming, store, (current[ALL_STORES.indexOf(store)] ?? []) as RecordOf<typeof store>[]),
  );
}

/** Both sides as the store's door would keep them: a backup from before a derived field existed still matches. */
function compareStore<S extends StoreName>(
  incoming: RestoreData,
  store: S,
  current: readonly RecordOf<S>[],
): StoreChange {
  const now = new Map(current.map((record) => [record.id, record]));
  const change: StoreChange = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  const kept = new Set<string>();
  for (const record of incoming[store]) {
    const before = now.get(record.id);
    kept.add(record.id);
    if (!before) change.added++;
    else if (sameRecord(recordAsStored(store, before), recordAsStored(store, record))) change.unchanged++;
    else change.updated++;
  }
  for (const id of now.keys()) if (!kept.has(id)) change.removed++;
  return change;
}
