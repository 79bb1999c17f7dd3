import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { addNote } from '../notes/notes';
import type { CrmDb } from '../open';
import { contactCards } from './cards';
import { createContact } from './contacts';
import { findContact, findWithCards } from './lookup';
import { mergeContacts } from './merge';

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

  it('reads the card of someone looked up before together with their address, in one round trip', async () => {
    const ann = await createContact(db, { name: 'Ann', email: 'ann@round.example', source: 'manual' }, NOW);
    await addNote(db, { contactId: ann.id, text: 'Met in Lyon' }, NOW);
    const people = [{ email: 'ann@round.example' }];
    expect(await roundsOf(() => findWithCards(db, people))).toBe(2);
    const rounds = await roundsOf(async () => {
      const again = await findWithCards(db, people);
      expect(again.cards.map((c) => [c.contact.id, c.notes.map((n) => n.text)])).toEqual([[ann.id, ['Met in Lyon']]]);
    });
    expect(rounds).toBe(1);
  });

  it('reads the right card when the person is now someone else (a merge moved their address)', async () => {
    const ann = await createContact(db, { name: 'Ann', email: 'ann@moved.example', source: 'manual' }, NOW);
    const people = [{ email: 'ann@moved.example' }];
    await findWithCards(db, people);
    const keep = await createContact(db, { name: 'Ann Lee', email: 'ann.lee@moved.example', source: 'manual' }, NOW);
    await addNote(db, { contactId: keep.id, text: 'The one we kept' }, NOW);
    await mergeContacts(db, keep.id, ann.id, NOW + 1);
    const found = await findWithCards(db, people);
    expect(found.contacts.map((c) => c?.id)).toEqual([keep.id]);
    expect(found.cards).toEqual(await contactCards(db, [found.contacts[0] as NonNullable<(typeof found.contacts)[0]>]));
    expect(found.cards[0]?.notes.map((n) => n.text)).toContain('The one we kept');
  });
});

/**
 * How many times `run` waited for the database before asking it something more: 1 when every request
 * was issued before any answered.
 */
async function roundsOf(run: () => Promise<unknown>): Promise<number> {
  let answered = 0;
  let rounds = 0;
  let answeredAtLastRound = -1;
  const track = <T extends object>(proto: T, name: keyof T) => {
    const original = proto[name] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(proto, name as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
      if (answered !== answeredAtLastRound) {
        rounds++;
        answeredAtLastRound = answered;
      }
      const request = original.apply(this, args);
      request.addEventListener('success', () => answered++);
      return request;
    } as never);
  };
  for (const proto of [IDBIndex.prototype, IDBObjectStore.prototype])
    for (const name of ['get', 'getAll', 'openCursor', 'count'] as const) track(proto, name);
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  return rounds;
}
