import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/kit/db';
import { contactRecord } from '../../tests/kit/records';
import type { CrmDb } from '../db/open';
import { owedRevisions, oweRevisions, writeCheckpoint } from '../db/revisions/checkpoint';
import type { OwedRange } from '../db/revisions/records';
import { seedOutbox, stampOwed } from './seed-outbox';

let db: CrmDb;
const id = (n: number) => `k${String(n).padStart(4, '0')}`;

/** `count` contacts written without revisions, as an import writes its new ones. */
async function unrevised(count: number): Promise<void> {
  const tx = db.transaction('contacts', 'readwrite');
  for (let n = 0; n < count; n++) tx.store.put(contactRecord({ id: id(n), name: `Person ${n}` }));
  await tx.done;
}

async function owe(range: OwedRange): Promise<void> {
  const tx = db.transaction('syncCheckpoints', 'readwrite');
  await oweRevisions(tx, range);
  await tx.done;
}

const revisedIds = async () => (await db.getAll('revisions')).map((revision) => revision.id).sort();

beforeEach(async () => {
  db = await freshDb();
  await writeCheckpoint(db, { id: 'rapport-replica', pulledSince: 'replica', at: 1 });
});

describe('revisions owed by an import', () => {
  it('stamps exactly the contacts of the owed range, two full pages of them, and forgets the range', async () => {
    await unrevised(1_200);
    await owe({ store: 'contacts', first: id(100), last: id(1_099) });
    expect(await stampOwed(db)).toBe(1_000);
    expect(await revisedIds()).toEqual(Array.from({ length: 1_000 }, (_, k) => id(k + 100)));
    expect(await db.countFromIndex('revisions', 'pending')).toBe(1_000);
    expect(await owedRevisions(db)).toEqual([]);
    expect(await stampOwed(db)).toBe(0);
  });

  it('leaves a contact that has its revision already (edited since) as it is', async () => {
    await unrevised(10);
    await owe({ store: 'contacts', first: id(0), last: id(9) });
    await stampOwed(db);
    const before = await db.get('revisions', `contacts/${id(3)}`);
    await owe({ store: 'contacts', first: id(0), last: id(9) });
    expect(await stampOwed(db)).toBe(0);
    expect(await db.get('revisions', `contacts/${id(3)}`)).toEqual(before);
  });

  it('a first replication stamps the whole book and settles what was owed before it', async () => {
    await unrevised(30);
    await owe({ store: 'contacts', first: id(0), last: id(9) });
    expect(await seedOutbox(db)).toBe(30);
    expect(await owedRevisions(db)).toEqual([]);
  });
});
