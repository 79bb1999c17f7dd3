/** Writes queued per slice: enough to keep the database busy, few enough to answer messages between. */
export const SLICE = 2000;

export interface WriteProgress {
  /** Called after each slice with the writes done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Stops before the next slice by throwing 'import-cancelled': the caller's transaction is aborted. */
  signal?: AbortSignal;
}

interface Store<T> {
  put(record: T): Promise<unknown>;
}

export interface Batch<T = unknown> {
  store: Store<T>;
  records: readonly T[];
}

/**
 * Puts every record of the batches inside one open transaction, a slice at a time: a slice is
 * queued at once (awaiting each put would cost a round trip per record) and the next one when its
 * last put is done. Requests in a transaction complete in order, so the transaction stays alive,
 * while the thread can answer a progress question or a cancel between slices.
 */
export async function writeInSlices(batches: readonly Batch[], { onProgress, signal }: WriteProgress = {}) {
  const total = batches.reduce((sum, batch) => sum + batch.records.length, 0);
  let done = 0;
  onProgress?.(done, total);
  for (const { store, records } of batches) {
    for (let start = 0; start < records.length; start += SLICE) {
      if (signal?.aborted) throw new Error('import-cancelled');
      const end = Math.min(records.length, start + SLICE);
      const requests: Promise<unknown>[] = [];
      try {
        for (let i = start; i < end; i++) requests.push(store.put(records[i]));
      } catch (error) {
        // The transaction aborts, so the puts already queued fail too: nobody else waits for them.
        Promise.all(requests).catch(() => undefined);
        throw error;
      }
      await Promise.all(requests);
      done += end - start;
      onProgress?.(done, total);
    }
  }
  if (signal?.aborted) throw new Error('import-cancelled');
}
