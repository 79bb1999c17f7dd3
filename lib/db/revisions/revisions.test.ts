import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { contactRecord } from '../../../tests/kit/records';
import type { Contact } from '../../schema/records';
import { atomically } from '../atomic';
import { deleteContact, putContact } from '../contacts/put';
import { putNote } from '../notes/put';
import { createV1, createV2, createV3, DB_VERSION, openCrm } from '../open';
import type { CrmSchema } from '../schema';
import { applyingReplicated } from './put';

const ann: Contact = contactRecord({ id: 'c1', name: 'Ann Lee', emails: ['ann@acme.example'], search: ['ann', 'lee'] });

describe('revisions: the outbox written by every door', () => {
  it('upgrades a real version-4 database: records untouched, the revisions and checkpoint stores added', async () => {
    globalThis.indexedDB = new IDBFactory();
    const v4 = await openDB<CrmSchema>('rapport', 4, {
      upgrade(db, _old, _new, tx) {
        createV1(db);
        createV2(db, tx);
        createV3(db);
        tx.objectStore('organisations').createIndex('nameKey', 'nameKey');
        tx.objectStore('contacts').createIndex('emailKeys', 'emailKeys', { multiEntry: true });
        tx.objectStore('contacts').createIndex('linkedinAliases', 'linkedinAliases', { multiEntry: true });
      },
    });
    await v4.put('contacts', ann);
    v4.close();

    const db = await openCrm();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('contacts', 'c1')).toEqual(ann);
    expect(await db.count('revisions')).toBe(0);
    expect(await db.count('syncCheckpoints')).toBe(0);
    db.close();
  });

  it('a write stamps a new revision into the outbox in its own transaction; an unchanged save is no edit', async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openCrm();
    const save = async (c: Contact, now: number) => {
      const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
      await atomically(tx, () => putContact(tx, c, now));
    };
    await save(ann, 5);
    const first = await db.get('revisions', 'contacts/c1');
    expect(first).toMatchObject({ store: 'contacts', id: 'c1', pending: expect.any(Number) });
    expect(first?.rev).toMatch(/^1-[0-9a-f]{32}$/);
    await save(ann, 5);
    expect((await db.get('revisions', 'contacts/c1'))?.rev).toBe(first?.rev);

    await save({ ...ann, title: 'CFO' }, 6);
    const second = await db.get('revisions', 'contacts/c1');
    expect(second?.rev).toMatch(/^2-/);
    expect(second?.history.slice(1)).toEqual(first?.history);
    expect(second?.fields.title?.[0]).toBeDefined();
    expect(second?.fields.name).toEqual(first?.fields.name);
    expect(second?.fields.search).toBeUndefined();

    const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
    await atomically(tx, () => deleteContact(tx, 'c1'));
    expect(await db.get('revisions', 'contacts/c1')).toMatchObject({ deleted: true, pending: expect.any(Number) });
    expect((await db.get('revisions', 'contacts/c1'))?.rev).toMatch(/^3-/);
  });

  it('a write that fails leaves no revision behind: record and outbox entry share one transaction', async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openCrm();
    const tx = db.transaction(['notes', 'revisions'], 'readwrite');
    await expect(
      atomically(tx, async () => {
        await putNote(tx, { id: 'n1', contactId: 'c1', text: 'x', createdAt: 1 });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await db.count('notes')).toBe(0);
    expect(await db.count('revisions')).toBe(0);
  });

  it("a door's write in a transaction applying the team's documents stamps nothing of its own", async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openCrm();
    const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
    applyingReplicated(tx);
    await atomically(tx, () => putContact(tx, ann, null));
    expect(await db.get('contacts', 'c1')).toMatchObject({ name: 'Ann Lee' });
    expect(await db.count('revisions')).toBe(0);
    const local = db.transaction(['contacts', 'revisions'], 'readwrite');
    await atomically(local, () => putContact(local, ann, null));
    expect(await db.get('revisions', 'contacts/c1')).toMatchObject({ pending: expect.any(Number) });
  });
});
