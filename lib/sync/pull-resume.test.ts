import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, type CouchServer, createDatabase, startCouchServer } from '../../tests/kit/couch-server';
import { contactRecord } from '../../tests/kit/records';
import { atomically } from '../db/atomic';
import { putContact } from '../db/contacts/put';
import { type CrmDb, openCrm } from '../db/open';
import { readCheckpoint } from '../db/revisions/checkpoint';
import type { Contact } from '../schema/records';
import type { TeamServer } from './couch';
import { replicationId, type SyncProgress, syncOnce, teamKey } from './replicate';
import type { TeamKey } from './team-key';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
}, 30_000);
afterAll(() => server?.stop());

const PASSPHRASE = 'correct horse battery staple';
// Three batches of 40 and a few more; several apply slices in one batch of the default size.
const BOOK = 125;
let n = 0;
let team: TeamServer;
let b: CrmDb;
let keyB: TeamKey;

const contact = (i: number): Contact =>
  contactRecord({ id: `c${String(i).padStart(4, '0')}`, name: `Person ${i}`, emails: [`p${i}@acme.example`] });

class Closed extends Error {}

beforeEach(async () => {
  n += 1;
  team = { url: server.url, database: `resume-${n}`, ...ADMIN };
  await createDatabase(server.url, team.database);
  const a = await openCrm(`resume-a-${n}`);
  const keyA = await teamKey(team, PASSPHRASE, true);
  const tx = a.transaction(['contacts', 'revisions'], 'readwrite');
  await atomically(tx, async () => {
    for (let i = 0; i < BOOK; i++) await putContact(tx, contact(i), 5);
  });
  await syncOnce(a, team, keyA);
  b = await openCrm(`resume-b-${n}`);
  keyB = await teamKey(team, PASSPHRASE);
});

/** Every contact is there once, each with the revision it was written with, none waiting to go back. */
async function expectWholeBook(db: CrmDb) {
  expect(await db.count('contacts')).toBe(BOOK);
  expect(await db.count('revisions')).toBe(BOOK);
  expect(await db.countFromIndex('revisions', 'pending')).toBe(0);
  expect(await db.get('contacts', 'c0007')).toMatchObject({ name: 'Person 7', emails: ['p7@acme.example'] });
}

describe('a first sync cut short resumes from its last checkpoint', () => {
  it('reports its progress after every batch, ending at the whole feed', async () => {
    const seen: SyncProgress[] = [];
    const report = await syncOnce(b, team, keyB, { batch: 40, onProgress: (p) => void seen.push(p) });
    expect(report.pulled).toBe(BOOK);
    // The feed also lists the team's setup document.
    expect(seen.map((p) => p.done)).toEqual([40, 80, 120, BOOK + 1]);
    expect(seen[0]?.total).toBe(BOOK + 1);
    expect(seen.at(-1)).toEqual({ done: BOOK + 1, total: BOOK + 1 });
    await expectWholeBook(b);
  });

  it('closed between batches: the next round starts at the checkpoint and applies every document once', async () => {
    let batches = 0;
    const closing = syncOnce(b, team, keyB, {
      batch: 40,
      onProgress: () => {
        batches += 1;
        if (batches === 2) throw new Closed();
      },
    });
    await expect(closing).rejects.toBeInstanceOf(Closed);
    const checkpoint = await readCheckpoint(b, await replicationId(b, team));
    expect(checkpoint?.pulledSince).not.toBe('0');
    // Two batches of 40 changes, one of them the team's setup document.
    expect(await b.count('contacts')).toBe(79);
    expect(await b.count('revisions')).toBe(79);

    const seen: SyncProgress[] = [];
    const resumed = await syncOnce(b, team, keyB, { batch: 40, onProgress: (p) => void seen.push(p) });
    expect(resumed.pulled).toBe(BOOK - 79);
    expect(seen[0]?.done).toBe(40);
    expect(seen.at(-1)?.done).toBe(BOOK + 1 - 80);
    await expectWholeBook(b);
  });

  it('stopped between fetching a batch and applying it: nothing of it is written, the next round applies it once', async () => {
    const stopped = syncOnce(b, team, keyB, {
      beforeApply: () => {
        throw new Closed();
      },
    });
    await expect(stopped).rejects.toBeInstanceOf(Closed);
    expect(await b.count('contacts')).toBe(0);
    expect(await b.count('revisions')).toBe(0);
    expect(await readCheckpoint(b, await replicationId(b, team))).toBeUndefined();

    expect(await syncOnce(b, team, keyB)).toMatchObject({ pulled: BOOK, rejected: [] });
    await expectWholeBook(b);
    expect(await syncOnce(b, team, keyB)).toEqual({ pulled: 0, pushed: 0, rejected: [] });
  });

  it('a batch larger than one apply transaction, cut after its first slice, resumes without duplicates', async () => {
    let slices = 0;
    const realTransaction = b.transaction.bind(b);
    // The worker stops while the second slice's transaction (every store, as each apply) is being opened.
    b.transaction = ((stores: never, mode?: IDBTransactionMode) => {
      if (mode === 'readwrite' && Array.isArray(stores) && (stores as string[]).length > 2) {
        slices += 1;
        if (slices === 2) throw new Closed();
      }
      return realTransaction(stores, mode);
    }) as typeof b.transaction;
    await expect(syncOnce(b, team, keyB)).rejects.toBeInstanceOf(Closed);
    b.transaction = realTransaction as typeof b.transaction;
    // The first slice is whole, with its revisions, and nothing of the second.
    const kept = await b.count('contacts');
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(BOOK);
    expect(await b.count('revisions')).toBe(kept);

    expect(await syncOnce(b, team, keyB)).toMatchObject({ pulled: BOOK - kept });
    await expectWholeBook(b);
  });
});
