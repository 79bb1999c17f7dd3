import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminHeaders, type CouchServer } from '../../tests/kit/couch-server';
import { twoRepsEachTest } from '../../tests/kit/two-reps';
import { atomically } from '../db/atomic';
import { newContact } from '../db/contacts/contacts';
import { putContact } from '../db/contacts/put';
import { putDeal } from '../db/deals/put';
import { beginJob, stageChunk } from '../db/import/jobs';
import { setInteractionPrivate } from '../db/interactions/privacy';
import { addInteraction } from '../db/interactions/put';
import { addNote, setNotePrivate } from '../db/notes/notes';
import { putNote } from '../db/notes/put';
import type { CrmDb } from '../db/open';
import { putOrganisation } from '../db/organisations/put';
import { applyRestore } from '../db/restore/apply';
import { setWriter } from '../db/writer';
import { seedDemoWorkspace } from '../demo/seed';
import type { Contact, Deal, Organisation } from '../schema/records';
import type { TeamServer } from './couch';
import { syncOnce } from './replicate';
import type { TeamKey } from './team-key';

afterEach(() => setWriter(''));

const NOW = Date.UTC(2026, 11, 1);
let team: TeamServer;
let a: CrmDb;
let b: CrmDb;
let keyA: TeamKey;
let keyB: TeamKey;

const reps = twoRepsEachTest('who', 'team passphrase');
let server: CouchServer;
beforeEach(() => {
  ({ server, team, a, b, keyA, keyB } = reps);
});

const ann = newContact({ name: 'Ann Lee', email: 'ann@acme.example', source: 'manual' }, 'c1', NOW);
const bo = newContact({ name: 'Bo Chen', source: 'manual' }, 'c2', NOW);
const acme: Organisation = { id: 'o1', name: 'Acme', domains: [], createdAt: NOW, updatedAt: NOW };
const deal: Deal = { id: 'd1', contactId: 'c2', amount: 10, currency: 'EUR', date: NOW, status: 'won', createdAt: NOW };

async function save(db: CrmDb, contact: Contact, now: number | null = NOW) {
  const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
  return atomically(tx, () => putContact(tx, contact, now));
}

async function serverDocs(): Promise<string> {
  const url = `${server.url}/${team.database}/_all_docs?include_docs=true`;
  return (await fetch(url, { headers: adminHeaders })).text();
}

describe('private notes never leave the machine', () => {
  it('the server never receives a private note, and the teammate never sees it', async () => {
    await save(a, ann);
    const shared = await addNote(a, { contactId: 'c1', text: 'likes tea' }, NOW);
    const secret = await addNote(a, { contactId: 'c1', text: 'going through a divorce', private: true }, NOW);

    expect(await syncOnce(a, team, keyA)).toMatchObject({ pushed: 2 });
    const docs = await serverDocs();
    expect(docs).toContain(`notes/${shared.id}`);
    expect(docs).not.toContain(secret.id);

    await syncOnce(b, team, keyB);
    expect(await b.get('notes', shared.id)).toMatchObject({ text: 'likes tea' });
    expect(await b.get('notes', secret.id)).toBeUndefined();
    expect(await a.get('notes', secret.id)).toMatchObject({ private: true });
  });

  it('a note made private after it was shared is deleted for the team, kept here', async () => {
    await save(a, ann);
    const note = await addNote(a, { contactId: 'c1', text: 'prefers calls' }, NOW);
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    expect(await b.get('notes', note.id)).toBeDefined();

    await setNotePrivate(a, note.id, true);
    expect(await syncOnce(a, team, keyA)).toMatchObject({ pushed: 1 });
    await syncOnce(b, team, keyB);
    expect(await b.get('notes', note.id)).toBeUndefined();
    expect(await a.get('notes', note.id)).toMatchObject({ text: 'prefers calls', private: true });
    expect(await serverDocs()).not.toContain('prefers');

    // Shared again: it comes back for the team.
    await setNotePrivate(a, note.id, false);
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    expect(await b.get('notes', note.id)).toMatchObject({ text: 'prefers calls' });
  });
  it("a teammate's edit of a note made private here meanwhile never overwrites it", async () => {
    await save(a, ann);
    const note = await addNote(a, { contactId: 'c1', text: 'prefers calls' }, NOW);
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    const theirs = await b.get('notes', note.id);
    if (!theirs) throw new Error('the note reached the teammate');
    const tx = b.transaction(['notes', 'revisions'], 'readwrite');
    await atomically(tx, () => putNote(tx, { ...theirs, text: 'prefers calls after 4pm' }));
    await syncOnce(b, team, keyB);

    await setNotePrivate(a, note.id, true);
    await syncOnce(a, team, keyA);
    expect(await a.get('notes', note.id)).toMatchObject({ text: 'prefers calls', private: true });
    expect(await a.countFromIndex('revisions', 'pending')).toBe(0);
  });
});

describe('private interactions never leave the machine', () => {
  it('a logged call marked private stays home; shared again, it reaches the teammate', async () => {
    await save(a, ann);
    const tx = a.transaction(['interactions', 'contactTouches', 'revisions'], 'readwrite');
    const call = {
      id: 'i1',
      contactIds: ['c1'],
      timeline: [['c1', NOW] as [string, number]],
      channel: 'call' as const,
      direction: 'outbound' as const,
      at: NOW,
      subject: 'talked about the merger',
      createdAt: NOW,
    };
    await atomically(tx, () => addInteraction(tx, { ...call, private: true }));
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    expect(await serverDocs()).not.toContain('interactions/i1');
    expect(await b.get('interactions', 'i1')).toBeUndefined();

    await setInteractionPrivate(a, 'i1', false);
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    expect(await b.get('interactions', 'i1')).toMatchObject({ subject: 'talked about the merger' });
    expect((await b.get('interactions', 'i1'))?.private).toBeUndefined();
  });
});

describe('who created and changed a record', () => {
  it('each door stamps the writer; the teammate keeps the names it receives', async () => {
    setWriter('ann');
    await save(a, bo);
    expect(await a.get('contacts', 'c2')).toMatchObject({ createdBy: 'ann', changedBy: 'ann' });
    await syncOnce(a, team, keyA);

    setWriter('bo');
    await syncOnce(b, team, keyB);
    expect(await b.get('contacts', 'c2')).toMatchObject({ createdBy: 'ann', changedBy: 'ann' });
    const received = await b.get('contacts', 'c2');
    if (!received) throw new Error('not received');
    await save(b, { ...received, owner: 'bo' }, NOW + 1);
    expect(await b.get('contacts', 'c2')).toMatchObject({ createdBy: 'ann', changedBy: 'bo', owner: 'bo' });
    // Derived writes (insights, a restore) are no edit: nobody is stamped.
    setWriter('cy');
    await save(b, { ...received, owner: 'bo' }, null);
    expect(await b.get('contacts', 'c2')).toMatchObject({ changedBy: 'ann' });
    await save(b, { ...received, owner: 'bo' }, NOW + 2);

    setWriter('ann');
    await syncOnce(b, team, keyB);
    await syncOnce(a, team, keyA);
    expect(await a.get('contacts', 'c2')).toMatchObject({ createdBy: 'ann', changedBy: 'cy', owner: 'bo' });
  });
});

describe('replacing the book deletes for the team too', () => {
  async function seedA() {
    await save(a, ann);
    await save(a, bo);
    const tx = a.transaction(['organisations', 'deals', 'revisions'], 'readwrite');
    await atomically(tx, async () => {
      await putOrganisation(tx, acme, NOW);
      await putDeal(tx, deal);
    });
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    expect(await b.count('contacts')).toBe(2);
    expect(await b.count('deals')).toBe(1);
  }

  it('after a restore in A, B sees the records the backup lacks deleted and the changed ones changed', async () => {
    await seedA();
    const jobId = await beginJob(a, 'restore', NOW, { contacts: 1 });
    await stageChunk(a, jobId, 0, { store: 'contacts', records: [{ ...ann, title: 'CFO' }] }, NOW);
    await applyRestore(a, jobId);

    expect(await syncOnce(a, team, keyA)).toMatchObject({ pushed: 4 });
    await syncOnce(b, team, keyB);
    expect(await b.getAll('contacts')).toEqual([expect.objectContaining({ id: 'c1', title: 'CFO' })]);
    expect(await b.count('organisations')).toBe(0);
    expect(await b.count('deals')).toBe(0);
  });

  it('replacing the book with the demo deletes the old records for the team', async () => {
    await seedA();
    await seedDemoWorkspace(a, { now: NOW, replace: true, contacts: 5 });
    await syncOnce(a, team, keyA);
    await syncOnce(b, team, keyB);
    expect(await b.get('contacts', 'c1')).toBeUndefined();
    expect(await b.get('deals', 'd1')).toBeUndefined();
    expect(await b.count('contacts')).toBe(await a.count('contacts'));
  });
});
