import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { CrmDb } from '../open';
import { createContact, searchContacts } from './contacts';
import { namesakes } from './namesakes';

const NOW = Date.UTC(2026, 10, 23, 9);
const FIRST = ['Grace', 'Gracie', 'Graham', 'Seán', 'Ann-Marie', 'Ann'];
const LAST = ['Green', 'Gray', "O'Brien", 'Lee', 'Greenwood'];

let db: CrmDb;
beforeAll(async () => {
  db = await freshDb();
  // Many people sharing first names, last names and prefixes of both; some without an address, some whose
  // address alone carries a word of their name.
  for (let i = 0; i < 90; i++) {
    const first = FIRST[i % FIRST.length] ?? 'Grace';
    const last = LAST[(i * 7) % LAST.length] ?? 'Green';
    const email =
      i % 5 === 0
        ? undefined
        : i % 7 === 0
          ? `${last.toLowerCase().replace(/\W/g, '')}.${i}@acme.example`
          : `p${i}@acme.example`;
    await createContact(
      db,
      {
        name: i % 7 === 0 ? first : `${first} ${last}`,
        ...(email ? { email } : {}),
        orgName: `Org ${i % 3}`,
        source: 'manual',
      },
      NOW + i,
    );
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the contacts a name finds', () => {
  const queries = [
    'grace',
    'grace green',
    'Gra',
    'green',
    "o'brien",
    'sean lee',
    'ann-marie gray',
    'p1',
    'green.',
    'nobody',
    '  ',
  ];
  it.each(queries)('finds exactly what the search finds, in its order, for "%s"', async (query) => {
    for (const limit of [1, 5, 20, 100]) {
      const ids = (found: { id: string }[]) => found.map((c) => c.id);
      expect(ids(await namesakes(db, query, limit))).toEqual(ids(await searchContacts(db, query, limit)));
    }
  });

  it('reads no cursor and only the records it needs, in a few waves', async () => {
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    const found = await namesakes(db, 'gra', 3);
    expect(found).toHaveLength(3);
    expect(cursors).not.toHaveBeenCalled();
    // One first wave of records, not the whole name's entries.
    expect(gets.mock.calls.length).toBeLessThanOrEqual(16);
    expect((await searchContacts(db, 'gra', 100)).length).toBeGreaterThan(16);
  });
});
