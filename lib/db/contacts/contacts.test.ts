import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { CrmDb } from '../open';
import { contactsByEmail, createContact, searchContacts } from './contacts';

const NOW = Date.UTC(2026, 10, 23);
let db: CrmDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('contacts', () => {
  it('finds a contact by any of its addresses, whatever the case', async () => {
    const ann = await createContact(db, { name: 'Ann Lee', email: 'Ann@Acme.example', source: 'manual' }, NOW);
    const found = await contactsByEmail(db, ['ANN@acme.example', 'nobody@x.example']);
    expect(found.get('ann@acme.example')?.id).toBe(ann.id);
    expect(found.size).toBe(1);
  });

  it('does not create a second contact for an address it already has', async () => {
    const first = await createContact(db, { name: 'Ann', email: 'ann@acme.example', source: 'manual' }, NOW);
    const second = await createContact(db, { name: 'Ann again', email: 'ann@acme.example', source: 'gmail' }, NOW);
    expect(second.id).toBe(first.id);
  });

  it('links a new contact to the organisation owning its domain, but not for free mail', async () => {
    await db.put('organisations', {
      id: 'o1',
      name: 'Acme',
      domains: ['acme.example'],
      createdAt: NOW,
      updatedAt: NOW,
    });
    const ann = await createContact(db, { name: 'Ann', email: 'ann@acme.example', source: 'manual' }, NOW);
    const bob = await createContact(db, { name: 'Bob', email: 'bob@gmail.com', source: 'manual' }, NOW);
    expect(ann.orgName).toBe('Acme');
    expect(bob.orgId).toBeUndefined();
  });

  it('names a contact from the address when the page shows no name', async () => {
    const c = await createContact(db, { name: '', email: 'mei.chen@northwind.example', source: 'gmail' }, NOW);
    expect(c.name).toBe('Mei Chen');
  });

  it('searches by prefixes of several words, accents ignored, each contact once', async () => {
    await createContact(
      db,
      {
        name: 'José Álvarez',
        email: 'jose@acme.example',
        orgName: 'Acme Corp',
        source: 'manual',
      },
      NOW,
    );
    await createContact(db, { name: 'Josephine Baker', email: 'jb@other.example', source: 'manual' }, NOW);
    expect((await searchContacts(db, 'jos', 10)).map((c) => c.name).sort()).toEqual([
      'Josephine Baker',
      'José Álvarez',
    ]);
    expect((await searchContacts(db, 'alv acm', 10)).map((c) => c.name)).toEqual(['José Álvarez']);
    expect(await searchContacts(db, '   ', 10)).toEqual([]);
    expect(await searchContacts(db, 'jos', 1)).toHaveLength(1);
  });

  it('finds a contact by a typed address, a domain, or words run together', async () => {
    await createContact(
      db,
      { name: "Seán O'Brien-Walsh", email: 'sean.obw@acme.example', orgName: 'Acme Corp', source: 'manual' },
      NOW,
    );
    await createContact(db, { name: 'Brien Smith', email: 'brien@smith.example', source: 'manual' }, NOW);
    const names = async (q: string) => (await searchContacts(db, q, 10)).map((c) => c.name).sort();
    expect(await names('sean.obw@acm')).toEqual(["Seán O'Brien-Walsh"]);
    expect(await names('acme.example')).toEqual(["Seán O'Brien-Walsh"]);
    expect(await names("o'brien")).toEqual(["Seán O'Brien-Walsh"]);
    expect(await names('brien-walsh')).toEqual(["Seán O'Brien-Walsh"]);
    expect(await names('brien')).toEqual(['Brien Smith', "Seán O'Brien-Walsh"]);
    expect(await names('sean corp')).toEqual(["Seán O'Brien-Walsh"]);
    expect(await names('sean smith')).toEqual([]);
    // Neither the whole address nor its local part is an index entry: the addresses are walked too.
    expect(await names('sean.obw')).toEqual(["Seán O'Brien-Walsh"]);
    expect(await names('acme corp sean')).toEqual(["Seán O'Brien-Walsh"]);
    await createContact(db, { name: 'Mary Jones', email: 'mj77@corp.example', source: 'manual' }, NOW);
    expect(await names('mj7')).toEqual(['Mary Jones']);
  });
});
