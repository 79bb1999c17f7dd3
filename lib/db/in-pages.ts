import { TimeSlice } from './time-slice';

/**
 * Walks a store in pages of `size` records by key, each page read (and handled) by `readPage` in a
 * transaction of its own that ends before the next opens: a lookup or a log waits for one short page,
 * never for the walk. Between pages the thread answers queued messages once `slice` is due.
 */
export async function inPages<T>(
  size: number,
  slice: TimeSlice,
  keyOf: (record: T) => string,
  readPage: (after: IDBKeyRange | null, size: number) => Promise<readonly T[]>,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const page = await readPage(after === undefined ? null : IDBKeyRange.lowerBound(after, true), size);
    const last = page[page.length - 1];
    if (page.length < size || last === undefined) return;
    after = keyOf(last);
    if (slice.due()) await slice.pause();
  }
}

/** How long the full recompute runs between answers to other messages. */
export const REFIT_SLICE_MS = 8;

export const refitSlice = () => new TimeSlice(REFIT_SLICE_MS);
