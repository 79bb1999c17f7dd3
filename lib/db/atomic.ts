interface Tx {
  done: Promise<void>;
  abort(): void;
}

/**
 * Runs `work` inside `tx`, committing only if it succeeds. An exception in our own code does not
 * abort an IndexedDB transaction by itself: without this, the writes made before it would commit.
 */
export async function atomically<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failing request itself.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}
