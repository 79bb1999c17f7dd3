import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { Contact } from '../../schema/records';
import { newContact } from '../contacts/contacts';
import { prepareNewContact, putContact, putPreparedContact } from '../contacts/put';
import type { CrmDb } from '../open';
import { type Revision, revisionKey } from '../revisions/put';
import { setWriter } from '../writer';

const NOW = Date.UTC(2026, 10, 23, 9);
let db: CrmDb;

beforeEach(async () => {
  db = await freshDb();
  setWriter('Rep');
});
afterEach(() => setWriter(''));

const contact = (id: string): Contact => ({
  ...newContact({ name: 'Zoë Ångström', email: 'Zoe.A+news@gmail.com', source: 'import:csv' }, id, NOW),
  orgName: 'Acme GmbH',
  title: 'Head of Sales',
  linkedin: 'https://www.linkedin.com/in/zoe-a/',
});

/** The revision without what is random, clocked or the record's own: its hash, field stamps, outbox place, key and id. */
function shape({ rev, history, fields, store, pending, deleted }: Revision) {
  const hashes = Object.fromEntries(Object.entries(fields).map(([name, [, hash]]) => [name, hash]));
  const waiting = pending !== undefined;
  return { store, waiting, deleted, rev: rev.slice(0, 2), history: history.length, fields: Object.keys(hashes) };
}

describe('a new contact prepared ahead of its transaction', () => {
  it('is written exactly as the door writes it: stored form, author, first revision in the outbox', async () => {
    const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
    await putContact(tx, contact('by-door'), NOW);
    await putPreparedContact(tx, prepareNewContact(contact('prepared'), NOW));
    await tx.done;

    const [byDoor, prepared] = await Promise.all([db.get('contacts', 'by-door'), db.get('contacts', 'prepared')]);
    expect(prepared).toEqual({ ...byDoor, id: 'prepared' });
    expect(prepared).toMatchObject({ createdBy: 'Rep', changedBy: 'Rep' });

    const [doorRev, preparedRev] = await Promise.all([
      db.get('revisions', revisionKey('contacts', 'by-door')),
      db.get('revisions', revisionKey('contacts', 'prepared')),
    ]);
    if (!doorRev || !preparedRev) throw new Error('no revision');
    expect(shape(preparedRev)).toEqual(shape(doorRev));
    // Same values, same hashes (the id aside, which differs).
    const { id: _a, ...doorFields } = doorRev.fields;
    const { id: _b, ...readyFields } = preparedRev.fields;
    expect(Object.values(readyFields).map(([, hash]) => hash)).toEqual(
      Object.values(doorFields).map(([, hash]) => hash),
    );
    expect(preparedRev).toMatchObject({
      pending: expect.any(Number),
      key: 'contacts/prepared',
      rev: expect.stringMatching(/^1-/),
    });
  });
});
