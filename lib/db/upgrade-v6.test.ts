import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../schema/records';
import { touchesOf } from './interactions/touches';
import { createV1, DB_VERSION, openCrm } from './open';
import type { CrmSchema } from './schema';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23);

function interaction(k: number, contactIds: string[]): Interaction {
  const at = NOW - (k % 400) * DAY - k;
  return {
    id: `i${String(k).padStart(5, '0')}`,
    contactIds,
    timeline: contactIds.map((id) => [id, at]),
    channel: 'email',
    direction: k % 4 === 0 ? 'inbound' : 'outbound',
    at,
    sourceKey: `gmail:m${k}`,
    createdAt: at,
  };
}

describe('version 6: touch aggregates', () => {
  it('builds every contact’s aggregates from the interactions already in the book', async () => {
    globalThis.indexedDB = new IDBFactory();
    const old = await openDB<CrmSchema>('rapport', 1, { upgrade: (db) => createV1(db) });
    const written: Interaction[] = [];
    // More than one page of the upgrade's reads, a key account far beyond the window, shared threads.
    for (let k = 0; k < 12_000; k++) {
      const ids = k % 3 === 0 ? ['key'] : k % 3 === 1 ? [`c${k % 50}`] : ['key', `c${k % 7}`];
      written.push(interaction(k, ids));
    }
    const tx = old.transaction('interactions', 'readwrite');
    await Promise.all([...written.map((i) => tx.store.put(i)), tx.done]);
    old.close();

    const db = await openCrm();
    expect(db.version).toBe(DB_VERSION);
    const stored = new Map((await db.getAll('contactTouches')).map((t) => [t.contactId, t]));
    const expected = touchesOf(written);
    expect(stored.size).toBe(expected.size);
    expect(stored.get('key')?.count).toBe(4_000 + 4_000);
    for (const [id, t] of expected) expect(stored.get(id), id).toEqual(t);
    db.close();
  });

  it('starts a new book with an empty store', async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openCrm();
    expect(await db.count('contactTouches')).toBe(0);
    db.close();
  });
});
