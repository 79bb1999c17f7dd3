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

  it('reads a record once: the later walks only read the contacts the first did not meet', async () => {
    const book = await freshDb();
    for (let i = 0; i < 30; i++) {
      await createContact(book, { name: `Grace Lee ${i}`, email: `grace.lee${i}@acme.example`, source: 'manual' }, NOW);
    }
    await createContact(book, { name: 'G. Lee', email: 'grace.other@acme.example', source: 'manual' }, NOW);
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    expect(await namesakes(book, 'grace zed', 20)).toEqual([]);
    // The address walk meets 31 contacts; only the one without "grace" among its words is read again.
    expect(gets).toHaveBeenCalledTimes(1);
    gets.mockClear();
    const found = await namesakes(book, 'grace lee', 20);
    expect(found.map((c) => c.id)).toEqual((await searchContacts(book, 'grace lee', 20)).map((c) => c.id));
    expect(gets).not.toHaveBeenCalled();
  });
});
