import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { createContact } from '../contacts/contacts';
import type { CrmDb } from '../open';
import { addNote, searchNotes } from './notes';

const NOW = Date.UTC(2026, 10, 23, 12);
let db: CrmDb;
let meiId: string;

beforeEach(async () => {
  db = await freshDb();
  meiId = (await createContact(db, { name: 'Mei Chen', source: 'manual' }, NOW)).id;
  await addNote(db, { contactId: meiId, text: 'Wants the Crème brûlée recipe' }, NOW - 3000);
  await addNote(db, { contactId: meiId, text: 'Price list for Q1, sent by post' }, NOW - 2000);
  await addNote(db, { text: 'Call the bank about the price of the loan' }, NOW - 1000);
});

describe('searchNotes', () => {
  it('ignores case and accents, in the query and in the note', async () => {
    const hits = await searchNotes(db, 'CREME Brulee', 10);
    expect(hits.map((h) => h.text)).toEqual(['Wants the Crème brûlée recipe']);
    expect((await searchNotes(db, 'crème', 10)).length).toBe(1);
  });

  it('needs every word of the query, in any order', async () => {
    expect((await searchNotes(db, 'post price', 10)).map((h) => h.text)).toEqual(['Price list for Q1, sent by post']);
    expect(await searchNotes(db, 'price pigeon', 10)).toEqual([]);
  });

  it('gives each note its contact, and none for an unfiled note, newest first', async () => {
    const hits = await searchNotes(db, 'price', 10);
    expect(hits.map((h) => [h.text, h.contact])).toEqual([
      ['Call the bank about the price of the loan', null],
      ['Price list for Q1, sent by post', { id: meiId, name: 'Mei Chen' }],
    ]);
  });

  it('stops at the limit, keeping the newest', async () => {
    expect(await searchNotes(db, 'p', 10)).toHaveLength(3);
    const hits = await searchNotes(db, 'p', 2);
    expect(hits.map((h) => h.createdAt)).toEqual([NOW - 1000, NOW - 2000]);
  });

  it('finds nothing for a blank query', async () => {
    expect(await searchNotes(db, '   ', 10)).toEqual([]);
  });
});
