import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newContact } from '@/lib/db/contacts/contacts';
import type { CrmDb } from '@/lib/db/open';
import { setWriter } from '@/lib/db/writer';
import { freshDb } from '@/tests/kit/db';
import { NOW } from '@/tests/kit/handlers';
import { createHandlers } from '.';

/** Handlers on a fresh book whose clock moves on with every edit, as the table's index expects. */
async function kitWithClock() {
  const db: CrmDb = await freshDb();
  let clock = NOW;
  const handlers = createHandlers({
    db: async () => db,
    now: () => ++clock,
    ownAddresses: async () => [],
    valueModel: { get: async () => null, set: async () => undefined },
  });
  const addContact = (id: string) =>
    db.put('contacts', newContact({ name: id, email: `${id}@acme.example`, source: 'manual' }, id, NOW));
  return { db, handlers, addContact };
}

let kit: Awaited<ReturnType<typeof kitWithClock>>;

beforeEach(async () => {
  kit = await kitWithClock();
});
afterEach(() => setWriter(''));

const ids = async (owner?: 'mine' | 'team' | 'none') =>
  (
    await kit.handlers['contacts.list']({
      filter: owner ? { owner } : {},
      sort: { key: 'name', dir: 'asc' },
      offset: 0,
      limit: 50,
    })
  ).rows.map((row) => row.id);

describe('owners (客户经理) and the mine / my team filter', () => {
  it('sets and takes away an owner, stamping who changed the contact', async () => {
    await kit.addContact('ann');
    setWriter('bo');
    const owned = await kit.handlers['contacts.setOwner']({ id: 'ann', owner: ' Cy ' });
    expect(owned).toMatchObject({ owner: 'Cy', changedBy: 'bo' });
    // Made before names were kept: no creator is invented.
    expect(owned.createdBy).toBeUndefined();
    const freed = await kit.handlers['contacts.setOwner']({ id: 'ann', owner: '' });
    expect(freed.owner).toBeUndefined();
    await expect(kit.handlers['contacts.setOwner']({ id: 'nobody', owner: 'Cy' })).rejects.toThrow('contact-not-found');
  });

  it("sets and takes away an organisation's owner through its door, keeping its other fields", async () => {
    await kit.db.put('organisations', {
      id: 'org',
      name: 'Acme',
      domains: [],
      industry: 'Retail',
      createdAt: NOW,
      updatedAt: NOW,
    });
    setWriter('bo');
    const owned = await kit.handlers['organisations.update']({ id: 'org', patch: { owner: ' Cy ' } });
    expect(owned.organisation).toMatchObject({ owner: 'Cy', industry: 'Retail', changedBy: 'bo' });
    // The door stamped a revision for the team's book.
    expect(await kit.db.get('revisions', 'organisations/org')).toMatchObject({ pending: expect.any(Number) });
    const kept = await kit.handlers['organisations.update']({ id: 'org', patch: { industry: 'Food' } });
    expect(kept.organisation.owner).toBe('Cy');
    const freed = await kit.handlers['organisations.update']({ id: 'org', patch: { owner: '  ' } });
    expect(freed.organisation.owner).toBeUndefined();
    expect((await kit.db.get('organisations', 'org'))?.owner).toBeUndefined();
    await expect(kit.handlers['organisations.update']({ id: 'nobody', patch: { owner: 'Cy' } })).rejects.toThrow(
      'organisation-not-found',
    );
  });

  it('filters the table by owner and keeps up with owner changes', async () => {
    for (const id of ['ann', 'bob', 'cy', 'dee']) await kit.addContact(id);
    setWriter('me');
    await kit.handlers['contacts.setOwner']({ id: 'ann', owner: 'me' });
    await kit.handlers['contacts.setOwner']({ id: 'bob', owner: 'zoe' });
    expect(await ids()).toHaveLength(4);
    expect(await ids('mine')).toEqual(['ann']);
    expect(await ids('team')).toEqual(['ann', 'bob']);
    expect(await ids('none')).toEqual(['cy', 'dee']);

    await kit.handlers['contacts.setOwner']({ id: 'cy', owner: 'me' });
    expect(await ids('mine')).toEqual(['ann', 'cy']);
    expect((await kit.handlers['contacts.reps']({})).reps).toEqual(['me', 'zoe']);
    // An unnamed rep owns nothing.
    setWriter('');
    expect(await ids('mine')).toEqual([]);
  });

  it('keeps a private note home and can share it again', async () => {
    await kit.addContact('ann');
    setWriter('me');
    const note = await kit.handlers['notes.add']({ contactId: 'ann', text: 'secret', private: true });
    expect(note).toMatchObject({ private: true, createdBy: 'me' });
    expect(await kit.db.get('revisions', `notes/${note.id}`)).toBeUndefined();
    const shared = await kit.handlers['notes.setPrivate']({ id: note.id, private: false });
    expect(shared?.private).toBeUndefined();
    expect(await kit.db.get('revisions', `notes/${note.id}`)).toMatchObject({ pending: expect.any(Number) });
    expect(await kit.handlers['notes.setPrivate']({ id: 'gone', private: true })).toBeNull();
  });
});
