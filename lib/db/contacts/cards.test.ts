import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { closeComplaintRecord, openComplaintFor } from '../complaints/complaints';
import { addNote } from '../notes/notes';
import type { CrmDb } from '../open';
import { CARD_NOTES, contactCard, contactCards } from './cards';
import { createContact } from './contacts';

const NOW = Date.UTC(2026, 10, 23, 9);
const DAY = 86_400_000;
let db: CrmDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('a contact card', () => {
  it('mentions only the complaints still open, newest first, and none of another contact', async () => {
    const ann = await createContact(db, { name: 'Ann', email: 'ann@acme.example', source: 'manual' }, NOW);
    const bob = await createContact(db, { name: 'Bob', email: 'bob@acme.example', source: 'manual' }, NOW);
    const complain = (contactId: string, category: string, daysAgo: number) =>
      openComplaintFor(
        db,
        { contactId, category, description: '', severity: 'high', receivedAt: NOW - daysAgo * DAY },
        NOW,
      );
    const settled = await complain(ann.id, 'Wrong invoice', 9);
    await closeComplaintRecord(db, settled.id, { outcome: 'withdrawn', satisfiedAfter: null, at: NOW }, NOW);
    await complain(ann.id, 'Late delivery', 5);
    await complain(ann.id, 'Broken part', 1);
    await complain(bob.id, 'Rude call', 2);

    const card = await contactCard(db, ann);
    expect(card.openComplaints.map((c) => c.category)).toEqual(['Broken part', 'Late delivery']);
    expect(card.openComplaints[0]).toMatchObject({ severity: 'high', receivedAt: NOW - DAY });
  });

  it('has no open complaint for a contact who never complained', async () => {
    const ann = await createContact(db, { name: 'Ann', email: 'ann@acme.example', source: 'manual' }, NOW);
    expect((await contactCard(db, ann)).openComplaints).toEqual([]);
  });

  it('reads several cards in one go, each the same as read alone', async () => {
    const ann = await createContact(db, { name: 'Ann', email: 'ann@acme.example', source: 'manual' }, NOW);
    const bob = await createContact(db, { name: 'Bob', email: 'bob@acme.example', source: 'manual' }, NOW);
    for (let i = 0; i < CARD_NOTES + 2; i++) await addNote(db, { contactId: ann.id, text: `Note ${i}` }, NOW + i);
    await openComplaintFor(
      db,
      { contactId: bob.id, category: 'Late delivery', description: '', severity: 'low', receivedAt: NOW },
      NOW,
    );
    const both = await contactCards(db, [ann, bob]);
    expect(both).toEqual([await contactCard(db, ann), await contactCard(db, bob)]);
    expect(both[0]?.notes.map((n) => n.text)).toEqual(['Note 4', 'Note 3', 'Note 2']);
    expect(both[1]?.openComplaints).toHaveLength(1);
    expect(await contactCards(db, [])).toEqual([]);
  });
});
