/**
 * Deterministic budgets: what one edit of a contact and the sync round that sends it read does not
 * grow with the book. The same edit and round in a book and in one ten times its size read the same
 * records and ask the team server the same requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type CouchServer, createDatabase, startCouchServer } from '../../tests/kit/couch-server';
import { handlerTestKit } from '../../tests/kit/handlers';
import { contactRecord } from '../../tests/kit/records';
import { countRecordsRead } from '../../tests/kit/records-read';
import type { Sender } from '../protocol';
import { syncOnce, teamKey } from './replicate';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
}, 30_000);
afterAll(() => server?.stop());

const SENDER: Sender = { id: 'test', url: 'chrome-extension://test/popup.html' };

/** A book of `size` contacts that joined a team and pushed (and read back) all of it. */
async function syncedBook(size: number, database: string) {
  const { db, handlers } = await handlerTestKit();
  const tx = db.transaction('contacts', 'readwrite');
  for (let i = 0; i < size; i++) {
    const id = `c${String(i).padStart(6, '0')}`;
    void tx.store.put(contactRecord({ id, name: `Person ${i}`, emails: [`p${i}@acme.example`], search: ['person'] }));
  }
  await tx.done;
  const team = { url: server.url, database, ...ADMIN };
  await createDatabase(server.url, database);
  const key = await teamKey(team, 'edit reads passphrase', true);
  await syncOnce(db, team, key);
  await syncOnce(db, team, key);
  return { db, handlers, team, key };
}

/** The records read by one `contacts.update` and by the round that pushes it, and the requests it made. */
async function costOfOneEdit(size: number, database: string) {
  const { db, handlers, team, key } = await syncedBook(size, database);
  const realFetch = globalThis.fetch;
  const asked: string[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input).replace(`${server.url}/${database}`, '').split('?')[0] ?? '';
    // Each book has its own replication id: its checkpoint's name differs, not the request.
    asked.push(`${init?.method ?? 'GET'} ${path.replace(/^\/_local\/.*/, '/_local/<checkpoint>')}`);
    return realFetch(input, init);
  }) as typeof fetch;
  try {
    let reads = countRecordsRead();
    const after = await handlers['contacts.update']({ id: 'c000001', patch: { ownerNotes: 'call back' } }, SENDER);
    const edit = reads.byStore();
    reads.stop();
    expect(after.ownerNotes).toBe('call back');

    reads = countRecordsRead();
    // What the live sync asks before it pushes (lib/sync/live.ts hasOutbox), then the round itself.
    const waiting = await db.countFromIndex('revisions', 'pending');
    const report = await syncOnce(db, team, key);
    const round = reads.byStore();
    reads.stop();
    expect(waiting).toBe(1);
    expect(report).toEqual({ pulled: 0, pushed: 1, rejected: [] });
    return { edit, round, asked };
  } finally {
    globalThis.fetch = realFetch;
  }
}

describe('the cost of one edit', () => {
  it('reads the same records, and asks the server the same, in a book ten times larger', {
    timeout: 120_000,
  }, async () => {
    const small = await costOfOneEdit(200, 'edit-reads-small');
    const large = await costOfOneEdit(2_000, 'edit-reads-large');
    expect(large).toEqual(small);
    // The edit reads the contact and its revision; the round its revision and its record, the outbox, the checkpoints.
    expect(small.edit).toEqual({ contacts: 1, revisions: 1 });
    const total = Object.values(small.round).reduce((sum, n) => sum + n, 0);
    expect(total).toBeLessThanOrEqual(10);
  });
});
