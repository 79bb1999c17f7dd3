import { atomically } from '../atomic';
import { unshelved } from '../contacts/shelved';
import { doorBatch, replaceWorkspace } from '../doors';
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
  const tx = db.transaction(
    [...ALL_STORES, 'contactTouches', 'importJobs', 'importChunks', 'revisions', 'wordShelves'],
    'readwrite',
  );
  return atomically(tx, async () => {
    const [job, chunks] = await Promise.all([
      tx.objectStore('importJobs').get(jobId),
      stagedOf(tx.objectStore('importChunks'), jobId),
    ]);
    // Ids are unique per store (checked here), and every store is emptied first: `put` adds.
    const data = gatherRestore(job, chunks);
    // The shelves are emptied with the book: every restored contact's words go into the index.
    data.contacts = data.contacts.map(unshelved);
    // Each record keeps the updatedAt the backup gave it; records the backup lacks are deleted for the team too.
    await replaceWorkspace(
      tx,
      () =>
        writeInSlices(
          ALL_STORES.map((store) => doorBatch(tx, store, data[store], null)),
          progress,
        ),
      (store) => new Set(data[store].map((record) => record.id)),
    );
    await forgetJob(tx, jobId);
    return perStore((store) => data[store].length);
  });
}
