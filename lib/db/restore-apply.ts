import { atomically } from './atomic';
import { chunkRange } from './import-jobs';
import type { CrmDb } from './open';
import { gatherRestore, perStore } from './restore-staged';
import { ALL_STORES, type StoreName } from './schema';

/**
 * Replaces the whole workspace with the staged backup in ONE transaction (with the staging rows
 * and the journal entry): if any write fails, the workspace stays exactly as it was.
 */
export async function applyRestore(db: CrmDb, jobId: string): Promise<Record<StoreName, number>> {
  const tx = db.transaction(['importJobs', 'importChunks', ...ALL_STORES], 'readwrite');
  return atomically(tx, async () => {
    const [job, chunks] = await Promise.all([
      tx.objectStore('importJobs').get(jobId),
      tx.objectStore('importChunks').getAll(chunkRange(jobId)),
    ]);
    const data = gatherRestore(job, chunks);
    await Promise.all(ALL_STORES.map((store) => tx.objectStore(store).clear()));
    const requests: Promise<unknown>[] = [];
    for (const record of data.contacts) requests.push(tx.objectStore('contacts').add(record));
    for (const record of data.organisations) requests.push(tx.objectStore('organisations').add(record));
    for (const record of data.interactions) requests.push(tx.objectStore('interactions').add(record));
    for (const record of data.deals) requests.push(tx.objectStore('deals').add(record));
    for (const record of data.notes) requests.push(tx.objectStore('notes').add(record));
    for (const record of data.complaints) requests.push(tx.objectStore('complaints').add(record));
    for (const record of data.feedback) requests.push(tx.objectStore('feedback').add(record));
    requests.push(tx.objectStore('importChunks').delete(chunkRange(jobId)), tx.objectStore('importJobs').delete(jobId));
    await Promise.all(requests);
    return perStore((store) => data[store].length);
  });
}
