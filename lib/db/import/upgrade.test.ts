import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { newContact } from '../contacts/contacts';
import { createV1, createV2, DB_VERSION, openCrm } from '../open';
import type { CrmSchema } from '../schema';

const NOW = Date.UTC(2026, 10, 23);
const ann = newContact({ name: 'Ann Lee', email: 'ann@acme.example', source: 'manual' }, 'c1', NOW);

describe('database version 3 (import journal)', () => {
  it('upgrades a real version-1 database, keeping its records and adding the staging stores', async () => {
    globalThis.indexedDB = new IDBFactory();
    const v1 = await openDB<CrmSchema>('rapport', 1, { upgrade: (db) => createV1(db) });
    await v1.put('contacts', ann);
    v1.close();

    const db = await openCrm();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('contacts', 'c1')).toEqual(ann);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['complaints', 'importJobs', 'importChunks']));
    db.close();
  });

  it('upgrades a real version-2 database, keeping complaints and feedback', async () => {
    globalThis.indexedDB = new IDBFactory();
    const v2 = await openDB<CrmSchema>('rapport', 2, {
      upgrade(db, _old, _new, tx) {
        createV1(db);
        createV2(db, tx);
      },
    });
    await v2.put('contacts', ann);
    await v2.put('feedback', { id: 'f1', contactId: 'c1', at: NOW, kind: 'nps', score: 9 });
    v2.close();

    const db = await openCrm();
    expect(await db.get('feedback', 'f1')).toMatchObject({ score: 9 });
    expect(await db.count('contacts')).toBe(1);
    await db.add('importJobs', { id: 'j1', kind: 'import', createdAt: NOW, updatedAt: NOW });
    await db.add('importChunks', { jobId: 'j1', seq: 0, store: 'drafts', records: [] });
    expect(await db.getAllKeysFromIndex('importJobs', 'updatedAt')).toEqual(['j1']);
    expect(await db.getAllKeys('importChunks')).toEqual([['j1', 0]]);
    db.close();
  });
});
