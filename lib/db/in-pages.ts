import type { Contact } from '../schema/records';
import type { CrmDb } from './open';
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

const CONTACT_PAGE = 500;

/**
 * Every contact, a page at a time (inPages), each page handed to `visit` and then let go: a list drawn
 * from the whole book keeps what it needs of each page, never 100,000 contacts at once.
 */
export function eachContactPage(db: CrmDb, visit: (page: readonly Contact[]) => void): Promise<void> {
  return inPages(CONTACT_PAGE, refitSlice(), contactId, async (range, size) => {
    const page = await db.getAll('contacts', range, size);
    visit(page);
    return page;
  });
}

const contactId = (contact: Contact) => contact.id;
