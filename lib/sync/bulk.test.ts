import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adminHeaders, type CouchServer } from '../../tests/kit/couch-server';
import { contactRecord } from '../../tests/kit/records';
import { twoRepsEachTest } from '../../tests/kit/two-reps';
import { atomically } from '../db/atomic';
import { putContact } from '../db/contacts/put';
import { type CrmDb, openCrm } from '../db/open';
import { outboxFloor } from '../db/revisions/outbox-floor';
import type { TeamServer } from './couch';
import { PUSH_BATCH, pushAll } from './push';
import { syncOnce } from './replicate';
import { seedOutbox } from './seed-outbox';
import type { TeamKey } from './team-key';

let team: TeamServer;
let a: CrmDb;
let b: CrmDb;
let keyA: TeamKey;
let keyB: TeamKey;

const reps = twoRepsEachTest('bulk', 'bulk passphrase');
let server: CouchServer;
beforeEach(() => {
  ({ server, team, a, b, keyA, keyB } = reps);
});

/** A book written before sync: records with no revision (straight into the stores, as version 4 left them). */
async function unrevisedBook(db: CrmDb, count: number): Promise<void> {
  const tx = db.transaction(['contacts', 'notes'], 'readwrite');
  for (let i = 0; i < count; i++)
    void tx.objectStore('contacts').put(contactRecord({ id: `c${String(i).padStart(5, '0')}`, name: `Person ${i}` }));
  void tx.objectStore('notes').put({ id: 'n-private', contactId: 'c00000', text: 'mine', createdAt: 1, private: true });
  void tx.objectStore('notes').put({ id: 'n-shared', contactId: 'c00000', text: 'ours', createdAt: 1 });
  await tx.done;
}

describe('the first push and pull of a whole book', () => {
  it('stamps every record without a revision once, page by page, keeping revised and private ones as they are', async () => {
    await unrevisedBook(a, 1_234);
    const tx = a.transaction(['contacts', 'revisions'], 'readwrite');
    await atomically(tx, () => putContact(tx, contactRecord({ id: 'c00700', name: 'Edited' }), 5));
    const edited = await a.get('revisions', 'contacts/c00700');

    expect(await seedOutbox(a)).toBe(1_234 - 1 + 1);
    expect(await a.count('revisions')).toBe(1_234 + 1);
    expect(await a.get('revisions', 'contacts/c00700')).toEqual(edited);
    expect(await a.get('revisions', 'notes/n-private')).toBeUndefined();
    const first = await a.get('revisions', 'contacts/c01233');
    expect(first).toMatchObject({
      store: 'contacts',
      id: 'c01233',
      pending: expect.any(Number),
      history: [first?.rev.slice(2)],
    });
    expect(first?.rev).toMatch(/^1-[0-9a-f]{32}$/);
    expect(first?.fields.name?.[1]).toBeDefined();
    expect(first?.fields.search).toBeUndefined();
    expect(await seedOutbox(a)).toBe(0);
  });

  it('reads each waiting revision about once: after a full batch the outbox is read on from its place, not again from its start', async () => {
    const total = 3 * PUSH_BATCH + 30;
    await unrevisedBook(a, total);
    await seedOutbox(a);
    const getAll = IDBIndex.prototype.getAll;
    let read = 0;
    IDBIndex.prototype.getAll = function (this: IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
      const request = getAll.apply(this, args);
      if (this.name === 'pending') request.addEventListener('success', () => (read += request.result.length));
      return request;
    };
    try {
      expect(await pushAll(a, team, keyA)).toBe(total + 1);
    } finally {
      IDBIndex.prototype.getAll = getAll;
    }
    // Each batch once, and the last short one again while it travels (it is still waiting then).
    expect(read).toBe(total + 1 + 31);
    expect(await a.countFromIndex('revisions', 'pending')).toBe(0);
  }, 60_000);

  it('sends every revision once while the next batch is sealed during the last one; an edit made meanwhile follows', async () => {
    const total = 2 * PUSH_BATCH + 30;
    await unrevisedBook(a, total);
    const realFetch = globalThis.fetch;
    const sent: string[] = [];
    let editedInFlight = false;
    globalThis.fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/_bulk_docs')) {
        const docs = (JSON.parse(String(init?.body)) as { docs: { _id: string; _rev: string }[] }).docs;
        sent.push(...docs.map((d) => `${d._id} ${d._rev}`));
        if (!editedInFlight) {
          editedInFlight = true;
          // A rep edits a contact of the batch on the wire: its newer revision must stay in the outbox.
          const tx = a.transaction(['contacts', 'revisions'], 'readwrite');
          await atomically(tx, () => putContact(tx, contactRecord({ id: 'c00003', name: 'Renamed' }), 9));
        }
      }
      return realFetch(input, init);
    });
    let pushed = 0;
    try {
      // The edit goes in this round's last batch or in the next round, never lost nor sent twice.
      pushed += (await syncOnce(a, team, keyA)).pushed;
      pushed += (await syncOnce(a, team, keyA)).pushed;
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(pushed).toBe(total + 2);
    expect(new Set(sent).size).toBe(sent.length);
    expect(sent.length).toBe(total + 2);
    expect(await a.countFromIndex('revisions', 'pending')).toBe(0);

    expect(await syncOnce(b, team, keyB)).toMatchObject({ pulled: total + 1, rejected: [] });
    expect(await b.count('contacts')).toBe(total);
    expect(await b.get('contacts', 'c00003')).toMatchObject({ name: 'Renamed' });
    expect(await b.get('notes', 'n-private')).toBeUndefined();
    // Applied as the team's: nothing of it waits to be sent back.
    expect(await b.countFromIndex('revisions', 'pending')).toBe(0);
    const all = await (await fetch(`${server.url}/${team.database}/_all_docs`, { headers: adminHeaders })).json();
    expect(all.total_rows).toBe(total + 2);
  }, 60_000);

  it("reads its own pushed book back in a few long pages, and still applies the teammate's change after it", async () => {
    const total = 2 * PUSH_BATCH + 500;
    await unrevisedBook(a, total);
    expect((await syncOnce(a, team, keyA)).pushed).toBe(total + 1);
    const tx = b.transaction(['contacts', 'revisions'], 'readwrite');
    await atomically(tx, () => putContact(tx, contactRecord({ id: 'b-new', name: 'From B' }), 7));
    expect(await syncOnce(b, team, keyB)).toMatchObject({ pulled: total + 1, pushed: 1 });

    const realFetch = globalThis.fetch;
    const asked: string[] = [];
    globalThis.fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname.split('/').slice(2).join('/')}`);
      return realFetch(input, init);
    });
    try {
      expect(await syncOnce(a, team, keyA)).toEqual({ pulled: 1, pushed: 0, rejected: [] });
    } finally {
      globalThis.fetch = realFetch;
    }
    // total + 2 changes after the checkpoint: pages of 250, 1,000 and 2,000, not eleven of 250.
    expect(asked.filter((a) => a === 'GET _changes')).toHaveLength(3);
    expect(asked.filter((a) => a.startsWith('PUT _local/')).length).toBeLessThanOrEqual(2);
    expect(await a.get('contacts', 'b-new')).toMatchObject({ name: 'From B' });
  }, 60_000);
});

describe("the outbox's floor", () => {
  /** The lower bound of every read of the `pending` index meanwhile (-Infinity for a read from its start). */
  async function pendingReadsDuring(work: () => Promise<unknown>): Promise<number[]> {
    const bounds: number[] = [];
    const watch = <K extends 'getAll' | 'getKey'>(name: K) => {
      const real = IDBIndex.prototype[name] as (this: IDBIndex, ...args: unknown[]) => IDBRequest;
      const spy = vi.spyOn(IDBIndex.prototype, name).mockImplementation(function (this: IDBIndex, ...args: unknown[]) {
        const query = args[0];
        if (this.name === 'pending') bounds.push(query instanceof IDBKeyRange ? Number(query.lower) : -Infinity);
        return real.apply(this, args);
      } as never);
      return spy;
    };
    const spies = [watch('getAll'), watch('getKey')];
    try {
      await work();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    return bounds;
  }

  it('is read from above what went out, once the whole book is pushed, and outlives the book being opened again', async () => {
    await unrevisedBook(a, 300);
    const sent = await pendingReadsDuring(() => syncOnce(a, team, keyA));
    expect(sent[0]).toBe(0);
    const floor = await outboxFloor(a);
    expect(floor).toBeGreaterThan(0);
    const tx = a.transaction(['contacts', 'revisions'], 'readwrite');
    await atomically(tx, () => putContact(tx, contactRecord({ id: 'later', name: 'Later' }), 9));
    const later = await a.get('revisions', 'contacts/later');
    expect(later?.pending).toBeGreaterThanOrEqual(floor);

    const reads = await pendingReadsDuring(async () => expect((await syncOnce(a, team, keyA)).pushed).toBe(1));
    expect(reads.length).toBeGreaterThan(0);
    expect(Math.min(...reads)).toBeGreaterThanOrEqual(floor);
    expect(await outboxFloor(a)).toBeGreaterThanOrEqual(later?.pending ?? Infinity);
    const again = await openCrm(a.name);
    expect(await outboxFloor(again)).toBe(await outboxFloor(a));
    again.close();
  }, 60_000);
});
