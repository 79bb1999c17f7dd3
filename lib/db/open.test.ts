import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { contactWithEmail, contactWithSlug, organisationNamed } from './contacts/lookup';
import { contactSearchTokens } from './contacts/put';
import { createV1, createV2, createV3, DB_VERSION, openCrm } from './open';
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

describe('version 4: one identity rule-book', () => {
  const base = {
    phones: [],
    customerType: 'consumer' as const,
    directness: 'direct' as const,
    source: 'import:linkedin',
    tags: [],
    bad: false,
    neverLog: false,
    search: ['stale'],
    createdAt: 1,
    updatedAt: 7,
  };

  it('rewrites values stored under the old rules in a real version-3 database', async () => {
    globalThis.indexedDB = new IDBFactory();
    const v3 = await openDB<CrmSchema>('rapport', 3, {
      upgrade(db, _old, _new, tx) {
        createV1(db);
        createV2(db, tx);
        createV3(db);
      },
    });
    // What an import before version 4 stored: the profile URL without trailing slash.
    await v3.put('contacts', {
      ...base,
      id: 'ann',
      name: 'Ann Lee',
      emails: [],
      linkedin: 'https://www.linkedin.com/in/ann-lee-acme',
    });
    await v3.put('contacts', {
      ...base,
      id: 'mo',
      name: 'Mo Id',
      emails: [],
      linkedin: 'https://www.linkedin.com/in/ACoAAB1cDeFgHiJk/',
    });
    await v3.put('contacts', { ...base, id: 'marcus', name: 'Marcus Webb', emails: ['marcus.webb@gmail.com'] });
    const carl = { ...base, id: 'carl', name: 'Carl', emails: ['carl@acme.example'], linkedin: 'carl-ortiz' };
    await v3.put('contacts', carl);
    await v3.put('organisations', { id: 'o1', name: 'Acme Ltd', domains: [], createdAt: 1, updatedAt: 7 });
    v3.close();

    const db = await openCrm();
    expect(db.version).toBe(DB_VERSION);
    const ann = await db.get('contacts', 'ann');
    expect(ann).toMatchObject({ linkedin: 'ann-lee-acme', updatedAt: 7 });
    expect(ann?.search).toEqual(expect.arrayContaining(['ann', 'lee']));
    expect((await db.get('contacts', 'mo'))?.linkedin).toBe('ACoAAB1cDeFgHiJk');
    expect(await db.get('contacts', 'carl')).toEqual(carl);
    expect((await db.get('contacts', 'marcus'))?.emailKeys).toEqual(['marcuswebb@gmail.com']);
    expect((await db.get('organisations', 'o1'))?.nameKey).toBe('acme');
    db.close();

    const again = await openCrm();
    expect((await contactWithSlug(again, 'https://www.linkedin.com/in/ann-lee-acme/'))?.id).toBe('ann');
    expect((await contactWithSlug(again, 'https://www.linkedin.com/in/Ann-Lee-Acme?trk=x'))?.id).toBe('ann');
    expect((await contactWithEmail(again, 'MarcusWebb+crm@googlemail.com'))?.id).toBe('marcus');
    expect((await organisationNamed(again, 'ACME, Inc.')).organisation?.id).toBe('o1');
    again.close();
  });
});
