import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CrmDb } from '@/lib/db/open';
import { handlerTestKit } from '@/tests/kit/handlers';

let db: CrmDb;
let handlers: Awaited<ReturnType<typeof handlerTestKit>>['handlers'];

beforeEach(async () => {
  fakeBrowser.reset();
  ({ db, handlers } = await handlerTestKit({ ownAddresses: async () => ['ann@example.com'] }));
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The scopes of the transactions opened from now on, and when each card read answered, in order. */
function watchReads(): string[] {
  const events: string[] = [];
  const open = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args) {
    const [scope] = args;
    events.push(`transaction ${[scope].flat().join(',')}`);
    return open.apply(this, args);
  });
  const getAll = IDBIndex.prototype.getAll;
  vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex, ...args) {
    const request = getAll.apply(this, args);
    const store = this.objectStore.name;
    request.addEventListener('success', () => events.push(`${store} read`));
    return request;
  });
  return events;
}

describe('looking up the people of a page', () => {
  it('answers each person as when asked alone: card and never-log reason; then the probable same person', async () => {
    const carl = await handlers['contacts.save']({
      name: 'Carl Ortiz',
      linkedin: 'carl-ortiz-4a5b6c',
      company: 'Customer Example Ltd',
      source: 'linkedin',
    });
    const dee = await handlers['contacts.save']({ name: 'Dee Park', email: 'dee@customer.example', source: 'manual' });
    const people = [
      { name: 'Dee Park', email: 'dee@customer.example' },
      { name: 'Carl Ortiz', email: 'carl@customer.example' },
      { name: 'Ann', email: 'ann@example.com' },
      { name: 'Nobody Known', email: 'nobody@customer.example' },
    ];
    const together = await handlers['contacts.lookup']({ account: null, people });
    const alone = await Promise.all(
      people.map(async (p) => (await handlers['contacts.lookup']({ account: null, people: [p] }))[0]),
    );
    expect(together).toEqual(alone);
    expect(together.map((f) => f.card?.contact.id ?? null)).toEqual([dee.contact.id, null, null, null]);
    expect(together.map((f) => f.neverLog)).toEqual([null, null, 'own', null]);
    // The sidebar asks who the unsaved are probably the same as once their lookup has answered.
    const offers = await handlers['contacts.sameAs']({ people: [people[1], people[3]].flatMap((p) => p ?? []) });
    expect(offers.map((o) => o?.id ?? null)).toEqual([carl.contact.id, null]);
  });

  it('reads a known person in one transaction, with no search', async () => {
    await handlers['contacts.save']({ name: 'Dee Park', email: 'dee@customer.example', source: 'manual' });
    const events = watchReads();
    await handlers['contacts.lookup']({ account: null, people: [{ name: 'Dee Park', email: 'dee@customer.example' }] });
    expect(events.filter((e) => e.startsWith('transaction'))).toEqual([
      'transaction contacts,interactions,notes,complaints',
    ]);
  });

  it('reads people not saved in the same one transaction: the same-person search is asked for apart', async () => {
    await handlers['contacts.save']({ name: 'Carl Ortiz', linkedin: 'carl-ortiz-4a5b6c', source: 'linkedin' });
    const dee = await handlers['contacts.save']({ name: 'Dee Park', email: 'dee@customer.example', source: 'manual' });
    await db.put('notes', { id: 'n1', contactId: dee.contact.id, text: 'Prefers calls', createdAt: 1 });
    const events = watchReads();
    await handlers['contacts.lookup']({
      account: null,
      people: [
        { name: 'Dee Park', email: 'dee@customer.example' },
        { name: 'Carl Ortiz', email: 'carl@customer.example' },
      ],
    });
    expect(events.filter((e) => e.startsWith('transaction'))).toEqual([
      'transaction contacts,interactions,notes,complaints',
    ]);
  });
});
