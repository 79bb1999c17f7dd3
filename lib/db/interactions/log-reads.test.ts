/**
 * A deterministic budget: how many records one log reads. The insight refresh of a contact reads its
 * aggregates, never its timeline, so the count does not grow with the contact's history.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { ValueModel } from '../../crm/insights';
import type { Interaction } from '../../schema/records';
import { createContact } from '../contacts/contacts';
import { putRecord } from '../doors';
import type { CrmDb } from '../open';
import { ALL_STORES } from '../schema';
import { logThread } from './interactions';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);
const ME = 'rep@mycompany.example';
const MODEL: ValueModel = { method: 'rfm', reason: 'not-enough-data', fittedAt: NOW };

type Reader = 'get' | 'getAll' | 'openCursor' | 'getAllRecords';
const READERS: Reader[] = ['get', 'getAll', 'openCursor', 'getAllRecords'];
const restores: (() => void)[] = [];

/** Counts every record handed back by a read request, by store. */
function countRecordsRead(): Map<string, number> {
  const read = new Map<string, number>();
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, unknown>[]) {
    for (const name of READERS) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const request = original.apply(this, args) as IDBRequest;
        const store = 'objectStore' in this ? this.objectStore.name : this.name;
        request.addEventListener('success', () => {
          const result: unknown = request.result;
          const records = Array.isArray(result) ? result.length : result === undefined || result === null ? 0 : 1;
          read.set(store, (read.get(store) ?? 0) + records);
        });
        return request;
      };
      restores.push(() => {
        proto[name] = original;
      });
    }
  }
  return read;
}

afterEach(() => {
  for (const restore of restores.splice(0)) restore();
});

/** A contact with `count` interactions over two years, a third of them from the customer. */
async function contactWithHistory(db: CrmDb, email: string, count: number): Promise<string> {
  const contact = await createContact(db, { name: 'Key Account', email, source: 'manual' }, NOW - 800 * DAY);
  const tx = db.transaction([...ALL_STORES, 'contactTouches', 'revisions'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (let k = 0; k < count; k++) {
    const at = NOW - 730 * DAY + Math.floor((k * 730 * DAY) / count);
    const interaction: Interaction = {
      id: `${email}-${k}`,
      contactIds: [contact.id],
      timeline: [[contact.id, at]],
      channel: 'email',
      direction: k % 3 === 0 ? 'inbound' : 'outbound',
      at,
      sourceKey: `gmail:${email}-${k}`,
      createdAt: at,
    };
    writes.push(putRecord(tx, 'interactions', interaction, null));
  }
  await Promise.all([...writes, tx.done]);
  return contact.id;
}

async function readsOfOneLog(db: CrmDb, email: string, message: string) {
  const read = countRecordsRead();
  const result = await logThread(
    db,
    {
      site: 'gmail',
      ownAddresses: [ME],
      people: [{ name: 'Key Account', email, role: 'from' }],
      messages: [{ id: message, fromEmail: email, toEmails: [ME], at: NOW - 60_000 }],
    },
    NOW,
    MODEL,
  );
  for (const restore of restores.splice(0)) restore();
  expect(result.interactionIds).toHaveLength(1);
  return read;
}

describe('one log', () => {
  it('reads as many records for a contact with 5,000 interactions as for one with 50', {
    timeout: 120_000,
  }, async () => {
    const db = await freshDb();
    await contactWithHistory(db, 'small@acme.example', 50);
    const big = await contactWithHistory(db, 'big@acme.example', 5_000);
    const small = await readsOfOneLog(db, 'small@acme.example', 'small-1');
    const large = await readsOfOneLog(db, 'big@acme.example', 'big-1');
    expect(Object.fromEntries(large)).toEqual(Object.fromEntries(small));
    expect(large.get('interactions') ?? 0).toBe(0);
    const total = [...large.values()].reduce((sum, n) => sum + n, 0);
    expect(total).toBeLessThanOrEqual(12);
    const after = await db.get('contacts', big);
    expect(after?.insights?.lastTouch).toBe(NOW - 60_000);
    expect(after?.insights?.lastActivity).toBe(NOW - 60_000);
  });
});
