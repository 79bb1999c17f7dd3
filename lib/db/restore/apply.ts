import { atomically } from '../atomic';
import { DOORS, doorBatch } from '../doors';
import { forgetJob, stagedOf } from '../import/jobs';
import type { CrmDb } from '../open';
import { ALL_STORES, type StoreName } from '../schema';
import { type WriteProgress, writeInSlices } from '../write-in-slices';
import { gatherRestore, perStore } from './staged';

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
  const tx = db.transaction([...ALL_STORES, 'importJobs', 'importChunks', 'revisions'], 'readwrite');
  return atomically(tx, async () => {
    const [job, chunks] = await Promise.all([
      tx.objectStore('importJobs').get(jobId),
      stagedOf(tx.objectStore('importChunks'), jobId),
    ]);
    // Ids are unique per store (checked here), and every store is emptied first: `put` adds.
    const data = gatherRestore(job, chunks);
    await Promise.all(ALL_STORES.map((store) => DOORS[store].clear(tx)));
    // Each record keeps the updatedAt the backup gave it.
    await writeInSlices(
      ALL_STORES.map((store) => doorBatch(tx, store, data[store], null)),
      progress,
    );
    await forgetJob(tx, jobId);
    return perStore((store) => data[store].length);
  });
}
