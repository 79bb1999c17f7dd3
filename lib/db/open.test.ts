import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { contactSearchTokens } from './contacts/put';
import { createV1, DB_VERSION, openCrm } from './open';
import type { CrmSchema } from './schema';

describe('database upgrades', () => {
  it('upgrades a real version-1 database to the current version, keeping every record', async () => {
    globalThis.indexedDB = new IDBFactory();
    const v1 = await openDB<CrmSchema>('rapport', 1, { upgrade: (db) => createV1(db) });
    const contact = {
      id: 'c1',
      name: 'Ann Lee',
      emails: ['ann@acme.example'],
      phones: [],
      customerType: 'consumer' as const,
      directness: 'direct' as const,
      source: 'manual',
      tags: [],
      bad: false,
      neverLog: false,
      search: contactSearchTokens({ name: 'Ann Lee', emails: ['ann@acme.example'] }),
      createdAt: 1,
      updatedAt: 1,
      nextStep: { due: 5000, text: 'Send the quote' },
    };
    await v1.put('contacts', contact);
    await v1.put('interactions', {
      id: 'i1',
      contactIds: ['c1'],
      timeline: [['c1', 10]],
      channel: 'email',
      direction: 'inbound',
      at: 10,
      sourceKey: 'gmail:m1',
      createdAt: 10,
    });
    await v1.put('notes', { id: 'n1', contactId: 'c1', text: 'likes tea', createdAt: 2 });
    v1.close();

    const db = await openCrm();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('contacts', 'c1')).toEqual(contact);
    expect(await db.getFromIndex('interactions', 'sourceKey', 'gmail:m1')).toMatchObject({ id: 'i1' });
    expect(await db.count('notes')).toBe(1);
    expect(await db.getAllKeysFromIndex('contacts', 'nextDue', IDBKeyRange.upperBound(6000))).toEqual(['c1']);
    expect(await db.count('complaints')).toBe(0);
    db.close();
  });
});
