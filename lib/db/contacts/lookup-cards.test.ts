import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { addNote } from '../notes/notes';
import type { CrmDb } from '../open';
import { contactCards } from './cards';
import { createContact } from './contacts';
import { findContact, findWithCards } from './lookup';

const NOW = Date.UTC(2026, 10, 23, 9);
let db: CrmDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Counts the transactions opened from now on (on the database object itself, under idb). */
function countTransactions(): { readonly opened: number } {
  const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
  return {
    get opened() {
      return spy.mock.calls.length;
    },
  };
}

describe('finding the people of a page with their cards', () => {
  it('reads every person and every card in one transaction', async () => {
    const ann = await createContact(db, { name: 'Ann', email: 'ann@acme.example', source: 'manual' }, NOW);
    const bob = await createContact(db, { name: 'Bob', email: 'bob@acme.example', source: 'manual' }, NOW);
    await addNote(db, { contactId: ann.id, text: 'Prefers calls' }, NOW);
    const people = [
      { email: 'ANN@acme.example' },
      { name: 'Nobody', email: 'nobody@acme.example' },
      { email: 'bob@acme.example' },
    ];
    const counter = countTransactions();
    const found = await findWithCards(db, people);
    expect(counter.opened).toBe(1);

    expect(found.contacts.map((c) => c?.id)).toEqual([ann.id, undefined, bob.id]);
    // The same answer as finding each person and reading the cards apart.
    const apart = await Promise.all(people.map((q) => findContact(db, q)));
    expect(found.contacts).toEqual(apart);
    expect(found.cards).toEqual(
      await contactCards(
        db,
        [ann, bob].map((c) => apart.find((a) => a?.id === c.id) ?? c),
      ),
    );
    expect(found.cards[0]?.notes.map((n) => n.text)).toEqual(['Prefers calls']);
  });

  it('opens one transaction and finds nobody when nobody is saved', async () => {
    const counter = countTransactions();
    expect(await findWithCards(db, [{ email: 'x@y.example' }, { linkedin: 'someone' }])).toEqual({
      contacts: [undefined, undefined],
      cards: [],
    });
    expect(counter.opened).toBe(1);
  });
});
