/** Writes queued per slice: enough to keep the database busy, few enough to answer messages between. */
export const SLICE = 2000;

export interface WriteProgress {
  /** Called after each slice with the writes done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Stops before the next slice by throwing 'import-cancelled': the caller's transaction is aborted. */
  signal?: AbortSignal;
}

/** `write` is a method, so a batch of contacts is a Batch<unknown> too. */
export interface Batch<T> {
  records: readonly T[];
  /** The store's write door for one record (lib/db/<aggregate>/put.ts): no extra read per record. */
  write(record: T): Promise<unknown>;
}

/**
 * Writes every record of the batches inside one open transaction, a slice at a time: a slice is
 * queued at once (awaiting each write would cost a round trip per record) and the next one when its
 * last write is done. Requests in a transaction complete in order, so the transaction stays alive,
 * while the thread can answer a progress question or a cancel between slices.
 */
export async function writeInSlices(batches: readonly Batch<unknown>[], { onProgress, signal }: WriteProgress = {}) {
  const total = batches.reduce((sum, batch) => sum + batch.records.length, 0);
  let done = 0;
  onProgress?.(done, total);
  for (const { write, records } of batches) {
    for (let start = 0; start < records.length; start += SLICE) {
      if (signal?.aborted) throw new Error('import-cancelled');
      const end = Math.min(records.length, start + SLICE);
      const requests: Promise<unknown>[] = [];
      try {
        for (let i = start; i < end; i++) requests.push(write(records[i]));
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
