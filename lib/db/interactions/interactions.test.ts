import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { DetectedMessage, DetectedPerson } from '../../sites/types';
import { contactsByEmail, createContact } from '../contacts/contacts';
import { addNote } from '../notes/notes';
import type { CrmDb } from '../open';
import { workspaceStats } from '../stats';
import { interactionsOf, type LogThreadRequest, logThread, undoLog } from './interactions';

const NOW = Date.UTC(2026, 10, 23, 12);
const me = 'rep@mycompany.example';
const people: DetectedPerson[] = [
  { name: 'Mei Chen', email: 'Mei.Chen@northwind.example', role: 'from' },
  { name: 'Rep', email: me, role: 'to' },
  { name: 'David Novak', email: 'david.novak@globex.example', role: 'cc' },
];
const messages: DetectedMessage[] = [
  {
    id: 'm1',
    fromEmail: 'mei.chen@northwind.example',
    toEmails: [me, 'david.novak@globex.example'],
    at: NOW - 7200_000,
  },
  {
    id: 'm2',
    fromEmail: me,
    toEmails: ['mei.chen@northwind.example'],
    at: NOW - 3600_000,
  },
];
const thread: LogThreadRequest = {
  site: 'gmail',
  threadId: 't1',
  subject: 'Order',
  ownAddresses: [me],
  people,
  messages,
};

let db: CrmDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('logging a thread', () => {
  it('creates the unknown participants and one interaction per message, never the user', async () => {
    const result = await logThread(db, thread, NOW);
    expect(result.interactionIds).toHaveLength(2);
    expect(result.createdContactIds).toHaveLength(2);
    const found = await contactsByEmail(db, ['mei.chen@northwind.example', me]);
    expect(found.has(me)).toBe(false);
    const mei = found.get('mei.chen@northwind.example');
    expect(mei?.name).toBe('Mei Chen');
    const timeline = await interactionsOf(db, mei?.id ?? '', 10);
    expect(timeline.map((i) => i.direction)).toEqual(['outbound', 'inbound']);
    expect(timeline.map((i) => i.at)).toEqual([NOW - 3600_000, NOW - 7200_000]);
  });

  it('logs a thread once, however often the button is pressed', async () => {
    await logThread(db, thread, NOW);
    const again = await logThread(db, thread, NOW + 1000);
    expect(again).toEqual({
      interactionIds: [],
      createdContactIds: [],
      contactIds: [],
      skipped: 2,
      neverLogged: 0,
    });
    expect((await workspaceStats(db)).interactions).toBe(2);
  });

  it('two tabs logging the same thread at once give one set of interactions', async () => {
    const results = await Promise.all([
      logThread(db, thread, NOW),
      logThread(db, thread, NOW),
      logThread(db, thread, NOW),
    ]);
    expect(results.map((r) => r.interactionIds.length).sort()).toEqual([0, 0, 2]);
    expect(await workspaceStats(db)).toMatchObject({ interactions: 2, contacts: 2 });
  });

  it('links a message only to the people it involves', async () => {
    await logThread(db, thread, NOW);
    const david = (await contactsByEmail(db, ['david.novak@globex.example'])).get('david.novak@globex.example');
    const timeline = await interactionsOf(db, david?.id ?? '', 10);
    expect(timeline.map((i) => i.sourceKey)).toEqual(['gmail:m1']);
  });

  it('leaves out contacts marked "never log"', async () => {
    const david = await createContact(
      db,
      { name: 'David', email: 'david.novak@globex.example', source: 'manual' },
      NOW,
    );
    await db.put('contacts', { ...david, neverLog: true });
    const result = await logThread(db, thread, NOW);
    expect(result.neverLogged).toBe(1);
    expect(await interactionsOf(db, david.id, 10)).toEqual([]);
  });

  it('never logs nor creates people at personal domains, nor the user under another spelling', async () => {
    const result = await logThread(
      db,
      {
        ...thread,
        ownAddresses: ['Rep.Me@gmail.com'],
        neverLogDomains: ['globex.example'],
        people: [...people, { name: 'Me again', email: 'repme+x@googlemail.com', role: 'cc' }],
      },
      NOW,
    );
    expect(result.neverLogged).toBe(1);
    const found = await contactsByEmail(db, ['david.novak@globex.example', 'repme+x@googlemail.com']);
    expect(found.size).toBe(0);
    expect(result.createdContactIds).toHaveLength(2);
  });

  it('one person under two spellings of an address is one new contact, and a saved one is found by either', async () => {
    const annLee = { name: 'Ann Lee', email: 'Ann.Lee@gmail.com', role: 'from' as const };
    const annAgain = { name: 'Ann', email: 'annlee+orders@googlemail.com', role: 'cc' as const };
    const [one, two] = messages;
    if (!one || !two) throw new Error('two messages expected');
    const first = await logThread(db, { ...thread, people: [annLee, annAgain], messages: [one] }, NOW);
    expect(first.createdContactIds).toHaveLength(1);
    expect(first.contactIds).toEqual(first.createdContactIds);
    const again = await logThread(db, { ...thread, people: [annAgain], messages: [two] }, NOW);
    expect(again.createdContactIds).toEqual([]);
    expect(again.contactIds).toEqual(first.createdContactIds);
  });

  it('undo removes what the log added and keeps what existed before', async () => {
    const mei = await createContact(db, { name: 'Mei', email: 'mei.chen@northwind.example', source: 'manual' }, NOW);
    const result = await logThread(db, thread, NOW);
    expect(result.createdContactIds).toHaveLength(1);
    expect(await undoLog(db, result)).toEqual({
      removedInteractions: 2,
      removedContacts: 1,
    });
    const stats = await workspaceStats(db);
    expect(stats.interactions).toBe(0);
    expect(stats.contacts).toBe(1);
    expect(await db.get('contacts', mei.id)).toBeDefined();
  });

  it('undo keeps a created contact that has since been given a note', async () => {
    const result = await logThread(db, thread, NOW);
    const someone = result.createdContactIds[0] ?? '';
    await addNote(db, { contactId: someone, text: 'keep me' }, NOW);
    expect((await undoLog(db, result)).removedContacts).toBe(1);
    expect(await db.get('contacts', someone)).toBeDefined();
  });

  it('a failing write leaves the database exactly as it was', async () => {
    const broken = {
      ...thread,
      messages: [...messages, { id: 'm3', fromEmail: me, toEmails: [], at: Number.NaN }],
    };
    await expect(logThread(db, broken, NOW)).rejects.toThrow();
    expect(await workspaceStats(db)).toEqual({
      contacts: 0,
      organisations: 0,
      interactions: 0,
      deals: 0,
      notes: 0,
      complaints: 0,
      feedback: 0,
    });
  });
});
