import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { Contact } from '../../schema/records';
import { newContact } from '../contacts/contacts';
import { prepareNewContact, putContact, putUnrevisedContact } from '../contacts/put';
import type { CrmDb } from '../open';
import { revisionKey } from '../revisions/put';
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

describe('a new contact prepared ahead of its transaction', () => {
  it('is stored exactly as the door stores it, with its author, and without a revision: the import owes it', async () => {
    const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
    await putContact(tx, contact('by-door'), NOW);
    await putUnrevisedContact(tx, prepareNewContact(contact('prepared'), NOW));
    await tx.done;

    const [byDoor, prepared] = await Promise.all([db.get('contacts', 'by-door'), db.get('contacts', 'prepared')]);
    expect(prepared).toEqual({ ...byDoor, id: 'prepared' });
    expect(prepared).toMatchObject({ createdBy: 'Rep', changedBy: 'Rep' });
    expect(await db.get('revisions', revisionKey('contacts', 'by-door'))).toBeDefined();
    expect(await db.get('revisions', revisionKey('contacts', 'prepared'))).toBeUndefined();
  });
});
