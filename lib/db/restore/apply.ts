import { atomically } from '../atomic';
import { chunkRange } from '../import/jobs';
import type { CrmDb } from '../open';
import { gatherRestore, perStore } from './staged';
import { ALL_STORES, type StoreName } from '../schema';
import { type WriteProgress, writeInSlices } from '../write-in-slices';

/**
 * Replaces the whole workspace with the staged backup in ONE transaction (with the staging rows
 * and the journal entry): if any write fails or the restore is cancelled, the workspace stays
 * exactly as it was.
 */
export async function applyRestore(
  db: CrmDb,
  jobId: string,
  progress: WriteProgress = {},
): Promise<Record<StoreName, number>> {
  const tx = db.transaction(['importJobs', 'importChunks', ...ALL_STORES], 'readwrite');
  return atomically(tx, async () => {
    const [job, chunks] = await Promise.all([
      tx.objectStore('importJobs').get(jobId),
      tx.objectStore('importChunks').getAll(chunkRange(jobId)),
    ]);
    // Ids are unique per store (checked here), and every store is emptied first: `put` adds.
    const data = gatherRestore(job, chunks);
    await Promise.all(ALL_STORES.map((store) => tx.objectStore(store).clear()));
    await writeInSlices(
      ALL_STORES.map((store) => ({ store: tx.objectStore(store), records: data[store] })),
      progress,
    );
    await Promise.all([
      tx.objectStore('importChunks').delete(chunkRange(jobId)),
      tx.objectStore('importJobs').delete(jobId),
    ]);
    return perStore((store) => data[store].length);
  });
}
