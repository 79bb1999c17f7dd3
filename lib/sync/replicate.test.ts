import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adminHeaders, type CouchServer, createDatabase } from '../../tests/kit/couch-server';
import { draft, sequentialIds } from '../../tests/kit/import-drafts';
import { contactRecord } from '../../tests/kit/records';
import { twoRepsEachTest } from '../../tests/kit/two-reps';
import { atomically } from '../db/atomic';
import { putContact } from '../db/contacts/put';
import { removeRecord } from '../db/doors';
import { commitImport } from '../db/import/commit';
import { beginJob, stageChunk } from '../db/import/jobs';
import { putInteraction } from '../db/interactions/put';
import { putNote } from '../db/notes/put';
import { type CrmDb, openCrm } from '../db/open';
import { owedRevisions } from '../db/revisions/checkpoint';
import type { Contact, Interaction } from '../schema/records';
import type { TeamServer } from './couch';
import { PUSH_BATCH, pushAll } from './push';
import { replicationId, syncOnce, teamKey } from './replicate';
import type { TeamKey } from './team-key';

const PASSPHRASE = 'correct horse battery staple';
let team: TeamServer;
let a: CrmDb;
let b: CrmDb;
let keyA: TeamKey;
let keyB: TeamKey;

const contact = (id: string, over: Partial<Contact> = {}): Contact =>
  contactRecord({ id, name: 'Ann Lee', emails: ['ann@acme.example'], ...over });

async function saveContact(db: CrmDb, c: Contact, now = Date.now()) {
  const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
  await atomically(tx, () => putContact(tx, c, now));
}

/** Contact c1, made by rep A and pulled by rep B: as A has it. */
async function sharedContact(): Promise<Contact> {
  await saveContact(a, contact('c1'));
  await syncOnce(a, team, keyA);
  await syncOnce(b, team, keyB);
  const base = await a.get('contacts', 'c1');
  if (!base) throw new Error('missing');
  return base;
}

const reps = twoRepsEachTest('team', PASSPHRASE);
let server: CouchServer;
beforeEach(() => {
  ({ server, team, a, b, keyA, keyB } = reps);
});

describe('team sync against a real CouchDB-protocol server', () => {
  it('a contact and a note made by one rep reach the other', async () => {
    await saveContact(a, contact('c1'));
    const tx = a.transaction(['notes', 'revisions'], 'readwrite');
    await atomically(tx, () => putNote(tx, { id: 'n1', contactId: 'c1', text: 'likes green tea', createdAt: 2 }));

    expect(await syncOnce(a, team, keyA)).toMatchObject({ pushed: 2 });
    expect(await syncOnce(b, team, keyB)).toMatchObject({ pulled: 2, rejected: [] });

    expect(await b.get('contacts', 'c1')).toMatchObject({ name: 'Ann Lee', emails: ['ann@acme.example'] });
    expect((await b.get('contacts', 'c1'))?.search).toContain('ann');
    expect(await b.get('notes', 'n1')).toMatchObject({ text: 'likes green tea' });
    // What came from the team is not sent back.
    expect(await b.countFromIndex('revisions', 'pending')).toBe(0);
    expect(await syncOnce(b, team, keyB)).toEqual({ pulled: 0, pushed: 0, rejected: [] });
  });

  it('each rep keeps its own checkpoint, so a round reads only what is new', async () => {
    await saveContact(a, contact('c1'));
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    const [idA, idB] = [await replicationId(a, team), await replicationId(b, team)];
    expect(idA).not.toBe(idB);
    expect(await replicationId(a, team)).toBe(idA);
    for (const id of [idA, idB]) {
      const local = await fetch(`${server.url}/${team.database}/_local/${id}`, { headers: adminHeaders });
      expect(local.status).toBe(200);
    }
    // B's checkpoint moved on; A's still agrees with its own, so A does not read the feed from the start.
    await saveContact(b, contact('c2', { name: 'Bo Chen' }));
    await syncOnce(b, team, keyB);
    const realFetch = globalThis.fetch;
    const asked: string[] = [];
    globalThis.fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(String(input));
      return realFetch(input, init);
    });
    try {
      expect(await syncOnce(a, team, keyA)).toMatchObject({ pulled: 1 });
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(asked.find((url) => url.includes('/_changes'))).not.toContain('since=0&');
  });

  it('stores no plaintext names, addresses or notes on the server', async () => {
    await saveContact(a, contact('c1', { name: 'Zhang Wei', emails: ['wei@secret.example'] }));
    const tx = a.transaction(['notes', 'revisions'], 'readwrite');
    await atomically(tx, () => putNote(tx, { id: 'n1', contactId: 'c1', text: 'budget 125000', createdAt: 2 }));
    await syncOnce(a, team, keyA);
    const all = await (
      await fetch(`${server.url}/${team.database}/_all_docs?include_docs=true`, { headers: adminHeaders })
    ).text();
    expect(all).toContain('contacts/c1');
    for (const secret of ['Zhang', 'wei@secret', 'budget', '125000']) expect(all).not.toContain(secret);
  });

  it('a wrong passphrase is found before anything is read', async () => {
    await expect(teamKey(team, 'not the passphrase')).rejects.toMatchObject({ reason: 'wrong-passphrase' });
  });

  it('a tampered or foreign document is rejected and reported, never applied', async () => {
    await saveContact(a, contact('c1'));
    await saveContact(a, contact('c2', { name: 'Bo Chen' }));
    await syncOnce(a, team, keyA);
    const docUrl = `${server.url}/${team.database}/contacts%2Fc2`;
    const doc = await (await fetch(docUrl, { headers: adminHeaders })).json();
    // The body of c2 moved under c1's id does not open: the id is bound to the ciphertext.
    const c1 = await (await fetch(`${server.url}/${team.database}/contacts%2Fc1`, { headers: adminHeaders })).json();
    const { _revisions, ...moved } = doc;
    const put = await fetch(`${server.url}/${team.database}/contacts%2Fc1`, {
      method: 'PUT',
      body: JSON.stringify({ ...moved, _id: 'contacts/c1', _rev: c1._rev }),
      headers: adminHeaders,
    });
    expect(put.status).toBe(201);
    const report = await syncOnce(b, team, keyB);
    expect(report.rejected).toEqual(['contacts/c1']);
    expect(await b.get('contacts', 'c1')).toBeUndefined();
    expect(await b.get('contacts', 'c2')).toMatchObject({ name: 'Bo Chen' });
  });

  it('concurrent offline edits of different fields are both kept; the same field goes to the later edit', async () => {
    const base = await sharedContact();
    await saveContact(a, { ...base, title: 'CFO', notes: 'first' } as Contact, 100);
    await new Promise((r) => setTimeout(r, 5));
    const onB = await b.get('contacts', 'c1');
    if (!onB) throw new Error('missing');
    await saveContact(b, { ...onB, phones: ['+1 555 0100'], notes: 'second' } as Contact, 200);

    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);

    for (const db of [a, b]) {
      expect(await db.get('contacts', 'c1')).toMatchObject({ title: 'CFO', phones: ['+1 555 0100'], notes: 'second' });
    }
    const revA = await a.get('revisions', 'contacts/c1');
    const revB = await b.get('revisions', 'contacts/c1');
    expect(revA?.rev).toBe(revB?.rev);
    expect(await a.countFromIndex('revisions', 'pending')).toBe(0);
    expect(await b.countFromIndex('revisions', 'pending')).toBe(0);
    // One live revision left on the server: the losing branch was deleted.
    const leaves = await (
      await fetch(`${server.url}/${team.database}/contacts%2Fc1?conflicts=true`, { headers: adminHeaders })
    ).json();
    expect(leaves._conflicts).toBeUndefined();
  });

  it('a rep whose losing edit the other rep already merged takes the merge, not the closed branch as a deletion', async () => {
    const base = await sharedContact();
    // A's branch is a generation longer, so it wins; B's edit is the later one.
    await saveContact(a, { ...base, title: 'CFO' } as Contact, 100);
    await saveContact(a, { ...base, title: 'CFO', notes: 'first' } as Contact, 110);
    await new Promise((r) => setTimeout(r, 5));
    await saveContact(b, { ...base, notes: 'second' } as Contact, 200);
    // Both push before either pulls: the server holds both branches.
    await pushAll(a, team, keyA);
    await pushAll(b, team, keyB);
    // A merges, closes B's branch with a tombstone and pushes the merge; B then reads both at once.
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    await syncOnce(a, team, keyA);

    for (const db of [a, b]) expect(await db.get('contacts', 'c1')).toMatchObject({ title: 'CFO', notes: 'second' });
    expect((await a.get('revisions', 'contacts/c1'))?.rev).toBe((await b.get('revisions', 'contacts/c1'))?.rev);
    expect(await b.countFromIndex('revisions', 'pending')).toBe(0);
  });

  it('a deletion wins over edits made before it and loses to edits made after it', async () => {
    for (const id of ['c1', 'c2']) await saveContact(a, contact(id));
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    const [c1, c2] = [await b.get('contacts', 'c1'), await b.get('contacts', 'c2')];
    if (!c1 || !c2) throw new Error('missing');
    await saveContact(b, { ...c1, title: 'edited before the deletion' } as Contact, 100);
    await new Promise((r) => setTimeout(r, 5));
    for (const id of ['c1', 'c2']) {
      const tx = a.transaction(['contacts', 'revisions'], 'readwrite');
      await atomically(tx, () => removeRecord(tx as never, 'contacts', id));
    }
    await new Promise((r) => setTimeout(r, 5));
    await saveContact(b, { ...c2, title: 'edited after the deletion' } as Contact, 200);

    for (let round = 0; round < 2; round++)
      for (const [db, key] of [
        [a, keyA],
        [b, keyB],
      ] as const) {
        await syncOnce(db, team, key);
      }

    for (const db of [a, b]) {
      expect(await db.get('contacts', 'c1')).toBeUndefined();
      expect(await db.get('contacts', 'c2')).toMatchObject({ title: 'edited after the deletion' });
    }
  });

  it('an edit waiting to be pushed whose record is gone goes as its deletion, and the teammate deletes it', async () => {
    const base = await sharedContact();
    await saveContact(a, { ...base, title: 'CFO' } as Contact, 100);
    // Gone without its door, so without a tombstone: only the edit's revision waits in the outbox.
    await a.delete('contacts', 'c1');
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    expect(await b.get('contacts', 'c1')).toBeUndefined();
  });

  it('a connection lost in the middle of a sync loses and duplicates nothing', async () => {
    const tx = a.transaction(['contacts', 'revisions'], 'readwrite');
    await atomically(tx, async () => {
      for (let i = 0; i < PUSH_BATCH + 70; i++) await putContact(tx, contact(`c${i}`, { name: `Person ${i}` }), 5);
    });
    const realFetch = globalThis.fetch;
    let calls = 0;
    let bulkDocs = 0;
    // The server goes away right after it has taken the first batch.
    const flaky = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      calls += 1;
      if (bulkDocs >= 1) throw new TypeError('fetch failed');
      if (String(input).endsWith('/_bulk_docs')) bulkDocs += 1;
      return realFetch(input, init);
    });
    globalThis.fetch = flaky;
    try {
      await expect(syncOnce(a, team, keyA)).rejects.toMatchObject({ reason: 'unreachable' });
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(calls).toBeGreaterThan(0);
    expect(await a.countFromIndex('revisions', 'pending')).toBe(70);

    expect(await syncOnce(a, team, keyA)).toMatchObject({ pushed: 70 });
    expect(await syncOnce(b, team, keyB)).toMatchObject({ pulled: PUSH_BATCH + 70, rejected: [] });
    expect(await b.count('contacts')).toBe(PUSH_BATCH + 70);
    const all = await (await fetch(`${server.url}/${team.database}/_all_docs`, { headers: adminHeaders })).json();
    expect(all.total_rows).toBe(PUSH_BATCH + 71);
    expect(await syncOnce(a, team, keyA)).toEqual({ pulled: 0, pushed: 0, rejected: [] });
  });

  it('a server that refuses large requests (413) gets smaller batches; one record too large stops with that reason', async () => {
    const tx = a.transaction(['contacts', 'revisions'], 'readwrite');
    await atomically(tx, async () => {
      for (let i = 0; i < 40; i++) await putContact(tx, contact(`c${i}`, { name: `Person ${i}` }), 5);
    });
    const realFetch = globalThis.fetch;
    let maxDocs = 8;
    const sizes: number[] = [];
    globalThis.fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/_bulk_docs')) {
        const docs = (JSON.parse(String(init?.body)) as { docs: unknown[] }).docs.length;
        sizes.push(docs);
        if (docs > maxDocs) return new Response('{"error":"too_large"}', { status: 413 });
      }
      return realFetch(input, init);
    });
    try {
      expect(await syncOnce(a, team, keyA)).toMatchObject({ pushed: 40 });
      expect(sizes[0]).toBe(40);
      expect(sizes.at(-1)).toBeLessThanOrEqual(8);

      await saveContact(a, contact('big', { name: 'Too Big' }), 6);
      maxDocs = 0;
      await expect(syncOnce(a, team, keyA)).rejects.toMatchObject({ reason: 'too-large' });
      expect(await a.countFromIndex('revisions', 'pending')).toBe(1);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(await syncOnce(a, team, keyA)).toMatchObject({ pushed: 1 });
    expect(await syncOnce(b, team, keyB)).toMatchObject({ pulled: 41, rejected: [] });
  });

  it('a database that has not seen the book yet gets all of it: another team, or one recreated empty', async () => {
    await saveContact(a, contact('c1'));
    const tx = a.transaction(['notes', 'revisions'], 'readwrite');
    await atomically(tx, () => putNote(tx, { id: 'n1', contactId: 'c1', text: 'likes green tea', createdAt: 2 }));
    await syncOnce(b, team, keyB);
    await saveContact(b, contact('c2', { name: 'Bo Chen', emails: ['bo@acme.example'] }));
    await syncOnce(b, team, keyB);
    expect(await syncOnce(a, team, keyA)).toMatchObject({ pulled: 1, pushed: 2 });

    const other: TeamServer = { ...team, database: `${team.database}-other` };
    await createDatabase(server.url, other.database);
    const otherKey = await teamKey(other, PASSPHRASE, true);
    // What it made and what it pulled from its first team, each once.
    expect(await syncOnce(a, other, otherKey)).toMatchObject({ pushed: 3 });
    expect(await syncOnce(a, other, otherKey)).toEqual({ pulled: 0, pushed: 0, rejected: [] });
    expect(await syncOnce(a, team, keyA)).toEqual({ pulled: 0, pushed: 0, rejected: [] });

    // The first team's database lost and made again, empty: the next round gives it the book again.
    await fetch(`${server.url}/${team.database}`, { method: 'DELETE', headers: adminHeaders });
    await createDatabase(server.url, team.database);
    const remade = await teamKey(team, PASSPHRASE, true);
    expect(await syncOnce(a, team, remade)).toMatchObject({ pushed: 3 });
    const c = await openCrm(`${team.database}-c`);
    expect(await syncOnce(c, team, remade)).toMatchObject({ pulled: 3, rejected: [] });
    expect(await c.get('contacts', 'c2')).toMatchObject({ name: 'Bo Chen' });
    expect(await c.get('notes', 'n1')).toMatchObject({ text: 'likes green tea' });
  });

  it('an import into a book that has never replicated reaches the team, chunks written while it first syncs too', async () => {
    const rows = (from: number) =>
      Array.from({ length: 300 }, (_, k) => draft(k + 2, { emails: [`p${from + k}@c${k % 7}.example`] }));
    const importInto = async (db: CrmDb, from: number, onProgress?: (done: number) => Promise<void>) => {
      const jobId = await beginJob(db, 'import', 1);
      await stageChunk(db, jobId, 0, { store: 'drafts', records: rows(from) }, 1);
      const choices = { existing: 'merge', inFile: 'merge' } as const;
      return commitImport(db, jobId, choices, { now: 2, newId: sequentialIds(`i${from}`) }, { onProgress });
    };
    // The new contacts get no revision: nothing in the book replicates yet.
    expect(await importInto(a, 0)).toMatchObject({ created: 300 });
    expect(await a.count('revisions')).toBe(0);
    let synced: Promise<unknown> | undefined;
    await importInto(a, 1000, async (done) => {
      // The team is joined while the second import commits: its first round offers what is already there.
      if (done > 0 && !synced) synced = syncOnce(a, team, keyA);
    });
    await synced;
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    expect(await b.count('contacts')).toBe(600);
    expect((await b.getAllKeys('contacts')).sort()).toEqual((await a.getAllKeys('contacts')).sort());
  });

  it('an import into a book that replicates reaches the team in the next round, which stamps its new contacts', async () => {
    await saveContact(a, contact('c1'));
    await syncOnce(a, team, keyA);
    const jobId = await beginJob(a, 'import', 1);
    const rows = Array.from({ length: 300 }, (_, k) => draft(k + 2, { emails: [`p${k}@c${k % 7}.example`] }));
    await stageChunk(a, jobId, 0, { store: 'drafts', records: rows }, 1);
    const clock = { now: 2, newId: sequentialIds('imp') };
    expect(await commitImport(a, jobId, { existing: 'merge', inFile: 'merge' }, clock)).toMatchObject({ created: 300 });
    // The import wrote no revision for its new contacts: the team could have seen them before it was final.
    expect(await a.count('revisions')).toBe(1);
    expect(await owedRevisions(a)).toHaveLength(1);
    // One of them edited before the round: stamped by its edit, and sent once, with it.
    const edited = await a.get('contacts', 'imp-7');
    if (!edited) throw new Error('missing');
    await saveContact(a, { ...edited, title: 'Buyer' });

    expect(await syncOnce(a, team, keyA)).toMatchObject({ pushed: 300 });
    expect(await owedRevisions(a)).toEqual([]);
    expect(await a.countFromIndex('revisions', 'pending')).toBe(0);
    expect(await syncOnce(a, team, keyA)).toEqual({ pulled: 0, pushed: 0, rejected: [] });
    expect(await syncOnce(b, team, keyB)).toMatchObject({ pulled: 301, rejected: [] });
    expect(await b.get('contacts', 'imp-7')).toMatchObject({ title: 'Buyer' });
  });

  it("pulled interactions keep the teammate's touch aggregates as the logging rep's, through an edit that moves one", async () => {
    const at = Date.UTC(2026, 10, 2);
    const call = (id: string, contactIds: string[], day: number): Interaction => ({
      id,
      contactIds,
      timeline: [],
      channel: 'call',
      direction: day % 2 ? 'inbound' : 'outbound',
      at: at + day * 86_400_000,
      createdAt: at,
    });
    const log = async (interactions: Interaction[]) => {
      const tx = a.transaction(['interactions', 'contactTouches', 'revisions'], 'readwrite');
      await atomically(tx, () => Promise.all(interactions.map((i) => putInteraction(tx, i))));
    };
    await log([call('i1', ['c1'], 1), call('i2', ['c1', 'c2'], 2), call('i3', ['c2'], 3), call('i4', ['c1'], 4)]);
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    for (const id of ['c1', 'c2']) {
      expect(await b.get('contactTouches', id)).toEqual(await a.get('contactTouches', id));
    }
    expect((await b.get('contactTouches', 'c1'))?.count).toBe(3);

    await log([call('i2', ['c2'], 2), call('i5', ['c3'], 5)]);
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    for (const id of ['c1', 'c2', 'c3']) {
      expect(await b.get('contactTouches', id)).toEqual(await a.get('contactTouches', id));
    }
    expect((await b.get('contactTouches', 'c1'))?.count).toBe(2);
  });
});
