import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { Complaint, Feedback } from '../../schema/crm-records';
import type { Deal } from '../../schema/records';
import { interactionsOf, logThread } from '../interactions/interactions';
import { logLinkedInTouch } from '../interactions/linkedin-touch';
import { addNote } from '../notes/notes';
import type { CrmDb } from '../open';
import { putOrganisation } from '../organisations/put';
import { workspaceStats } from '../stats';
import { createContact } from './contacts';
import { findDuplicates, pairKey } from './duplicates';
import { contactWithEmail, contactWithSlug, findContact, organisationNamed, probableSamePerson } from './lookup';
import { mergeContacts, undoMerge } from './merge';
import { putContact } from './put';
import { linkIdentity, savePerson } from './save-from-page';

const NOW = Date.UTC(2026, 10, 23, 12);
const CARL_URL = 'https://www.linkedin.com/in/Carl-Ortiz-4a5b6c/?trk=x';
let db: CrmDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('finding the contact behind a person on a page', () => {
  it('by address in any case, by its Gmail spellings, and by LinkedIn slug or URL', async () => {
    const ann = await createContact(db, { name: 'Ann', email: 'annlee@gmail.com', source: 'manual' }, NOW);
    expect((await contactWithEmail(db, 'Ann.Lee+crm@googlemail.com'))?.id).toBe(ann.id);
    expect(await contactWithEmail(db, 'ann.lee@work.example')).toBeUndefined();
    const carl = await savePerson(db, { name: 'Carl Ortiz', linkedin: CARL_URL, source: 'linkedin' }, NOW);
    expect(carl.linkedin).toBe('carl-ortiz-4a5b6c');
    expect((await contactWithSlug(db, 'https://uk.linkedin.com/in/carl-ortiz-4a5b6c'))?.id).toBe(carl.id);
    expect((await findContact(db, { name: 'X', linkedin: 'carl-ortiz-4a5b6c' }))?.id).toBe(carl.id);
    // A contact written with a profile URL (as imports once did) is stored under its slug and found.
    const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
    await putContact(
      tx,
      { ...ann, id: 'imported', emails: [], linkedin: 'https://www.linkedin.com/in/dee-park-77/' },
      NOW,
    );
    expect((await contactWithSlug(db, 'dee-park-77'))?.id).toBe('imported');
  });

  it('suggests the LinkedIn-saved contact for the same name at the same organisation seen on Gmail, and back', async () => {
    const carl = await savePerson(
      db,
      { name: 'Carl Ortiz', linkedin: CARL_URL, company: 'Customer Example Ltd', source: 'linkedin' },
      NOW,
    );
    const fromGmail = { name: 'Carl Ortiz', email: 'carl@customer.example' };
    expect((await probableSamePerson(db, fromGmail))?.id).toBe(carl.id);
    // Not for another name, another company, or a free-mail address that says nothing about the company.
    expect(await probableSamePerson(db, { name: 'Carla Ortiz', email: 'carl@customer.example' })).toBeNull();
    expect(await probableSamePerson(db, { name: 'Carl Ortiz', email: 'carl@other.example' })).toBeNull();
    expect(await probableSamePerson(db, { name: 'Carl Ortiz', email: 'carl@gmail.com' })).toBeNull();

    const dee = await createContact(db, { name: 'Dee Park', email: 'dee@customer.example', source: 'gmail' }, NOW);
    const fromLinkedIn = { name: 'Dee Park', linkedin: 'dee-park-77', company: 'Customer Example Ltd' };
    expect((await probableSamePerson(db, fromLinkedIn))?.id).toBe(dee.id);
    // Once linked, the slug finds her and no suggestion is needed.
    await linkIdentity(db, dee.id, { linkedin: 'dee-park-77' }, NOW);
    expect((await findContact(db, fromLinkedIn))?.id).toBe(dee.id);
    expect(await probableSamePerson(db, { ...fromLinkedIn, linkedin: 'dee-park-78' })).toBeNull();
  });
});

describe('saving and linking', () => {
  it('saving someone already saved completes them instead of adding a second contact', async () => {
    const first = await savePerson(db, { name: 'Raj Patel', linkedin: 'raj-patel', source: 'linkedin' }, NOW);
    const again = await savePerson(
      db,
      {
        name: 'Raj P.',
        linkedin: 'https://www.linkedin.com/in/raj-patel/',
        title: 'Buyer',
        company: 'Acme',
        source: 'web',
      },
      NOW + 1,
    );
    expect(again).toMatchObject({ id: first.id, name: 'Raj Patel', title: 'Buyer', orgName: 'Acme' });
    expect((await workspaceStats(db)).contacts).toBe(1);
  });

  it('links the organisation by name, else by work domain', async () => {
    const org = { id: 'o1', name: 'Acme Ltd', domains: ['acme.example'], createdAt: NOW, updatedAt: NOW };
    await putOrganisation(db.transaction(['organisations', 'revisions'], 'readwrite'), org, NOW);
    expect((await savePerson(db, { name: 'A', email: 'a@acme.example', source: 'web' }, NOW)).orgId).toBe('o1');
    expect((await savePerson(db, { name: 'B', company: 'Acme Ltd', source: 'linkedin' }, NOW)).orgId).toBe('o1');
    const view = await organisationNamed(db, 'Acme Ltd');
    expect(view.organisation?.id).toBe('o1');
    expect(view.contacts.map((c) => c.name).sort()).toEqual(['A', 'B']);
  });

  it('refuses to link an address or profile another contact has', async () => {
    const a = await createContact(db, { name: 'A', email: 'a@x.example', source: 'manual' }, NOW);
    const b = await savePerson(db, { name: 'B', linkedin: 'b-b', source: 'linkedin' }, NOW);
    await expect(linkIdentity(db, b.id, { email: 'A@x.example' }, NOW)).rejects.toThrow('identity-taken');
    await expect(linkIdentity(db, a.id, { linkedin: 'b-b' }, NOW)).rejects.toThrow('identity-taken');
    await expect(linkIdentity(db, b.id, { linkedin: 'c-c' }, NOW)).rejects.toThrow('profile-differs');
    await expect(linkIdentity(db, 'missing', { email: 'z@x.example' }, NOW)).rejects.toThrow('contact-not-found');
    expect((await linkIdentity(db, b.id, { email: 'b@x.example' }, NOW)).emails).toEqual(['b@x.example']);
  });
});

describe('a profile known by its vanity slug and its member id', () => {
  const MEMBER = 'https://www.linkedin.com/in/ACoAAB1cDeFgHiJk/?miniProfileUrn=x';

  it('"same person" keeps both, and both URLs, and a logged touch, lead to one contact', async () => {
    const carl = await savePerson(db, { name: 'Carl Ortiz', linkedin: CARL_URL, source: 'linkedin' }, NOW);
    const linked = await linkIdentity(db, carl.id, { linkedin: MEMBER }, NOW);
    expect(linked).toMatchObject({ linkedin: 'carl-ortiz-4a5b6c', linkedinAliases: ['ACoAAB1cDeFgHiJk'] });
    expect((await contactWithSlug(db, MEMBER))?.id).toBe(carl.id);
    expect((await contactWithSlug(db, 'https://www.linkedin.com/in/carl-ortiz-4a5b6c'))?.id).toBe(carl.id);
    expect((await contactWithSlug(db, 'https://www.linkedin.com/in/acoaab1cdefghijk'))?.id).toBeUndefined();
    const touch = await logLinkedInTouch(
      db,
      { kind: 'visit', people: [{ name: 'Carl', email: '', role: 'profile', profileUrl: MEMBER }] },
      NOW,
    );
    expect(touch.createdContactIds).toEqual([]);
    expect(touch.contactIds).toEqual([carl.id]);
    await expect(linkIdentity(db, carl.id, { linkedin: 'carl-ortiz-other' }, NOW)).rejects.toThrow('profile-differs');
  });

  it('a merge of the two keeps both forms', async () => {
    const vanity = await savePerson(db, { name: 'Carl Ortiz', linkedin: CARL_URL, source: 'linkedin' }, NOW);
    const member = await savePerson(db, { name: 'Carl Ortiz', linkedin: MEMBER, source: 'linkedin' }, NOW);
    await mergeContacts(db, vanity.id, member.id, NOW + 1);
    expect((await contactWithSlug(db, MEMBER))?.id).toBe(vanity.id);
    expect((await contactWithSlug(db, CARL_URL))?.id).toBe(vanity.id);
  });
});

describe('merging', () => {
  it('moves every record to the kept contact in one go, and undo puts everything back', async () => {
    const keep = await createContact(db, { name: 'Ann Lee', email: 'ann@acme.example', source: 'manual' }, NOW);
    const drop = await savePerson(db, { name: 'Ann Lee', linkedin: 'ann-lee', title: 'CFO', source: 'linkedin' }, NOW);
    const other = await createContact(db, { name: 'Bo', email: 'bo@acme.example', source: 'manual' }, NOW);
    const logged = await logThread(
      db,
      {
        site: 'gmail',
        ownAddresses: ['me@x.example'],
        people: [{ name: 'Ann Lee', email: 'ann@acme.example', role: 'from' }],
        messages: [{ id: 'm1', fromEmail: 'ann@acme.example', toEmails: [], at: NOW - 10 }],
      },
      NOW,
    );
    const touch = await logLinkedInTouch(
      db,
      {
        kind: 'visit',
        people: [{ name: 'Ann Lee', email: '', role: 'profile', profileUrl: 'https://www.linkedin.com/in/ann-lee/' }],
      },
      NOW,
    );
    // A shared interaction: both contacts on it.
    const shared = await db.get('interactions', touch.interactionIds[0] ?? '');
    if (!shared) throw new Error('touch not logged');
    await db.put('interactions', {
      ...shared,
      contactIds: [drop.id, keep.id, other.id],
      timeline: [
        [drop.id, NOW],
        [keep.id, NOW],
        [other.id, NOW],
      ],
    });
    const note = await addNote(db, { contactId: drop.id, text: 'likes tea' }, NOW);
    const deal: Deal = {
      id: 'd1',
      contactId: drop.id,
      amount: 100,
      currency: 'USD',
      date: NOW,
      status: 'won',
      createdAt: NOW,
    };
    await db.put('deals', deal);
    const state = {
      receivedAt: NOW,
      severity: 'low',
      tier: 'C',
      category: 'delivery',
      steps: [],
      closed: null,
    } as const;
    const complaint: Complaint = {
      id: 'c1',
      contactId: drop.id,
      description: 'late',
      state: { ...state, steps: [] },
      open: 1,
      createdAt: NOW,
      updatedAt: NOW,
    };
    await db.put('complaints', complaint);
    await db.put('feedback', { id: 'f1', contactId: drop.id, at: NOW, kind: 'nps', score: 9 } as Feedback);

    const undo = await mergeContacts(db, keep.id, drop.id, NOW + 1);
    expect(await db.get('contacts', drop.id)).toBeUndefined();
    const merged = await db.get('contacts', keep.id);
    expect(merged).toMatchObject({ emails: ['ann@acme.example'], linkedin: 'ann-lee', title: 'CFO' });
    expect(merged?.search).toEqual(expect.arrayContaining(['cfo']));
    const timeline = await interactionsOf(db, keep.id, 10);
    expect(timeline.map((i) => i.id).sort()).toEqual([...logged.interactionIds, ...touch.interactionIds].sort());
    const moved = await db.get('interactions', shared.id);
    expect(moved?.contactIds).toEqual([keep.id, other.id]);
    expect(moved?.timeline.map(([id]) => id)).toEqual([keep.id, other.id]);
    expect((await db.get('notes', note.id))?.contactId).toBe(keep.id);
    for (const store of ['deals', 'complaints', 'feedback'] as const)
      expect((await db.getAllFromIndex(store, 'contactId', keep.id)).length, store).toBe(1);

    await undoMerge(db, undo, NOW + 2);
    expect((await db.get('contacts', drop.id))?.linkedin).toBe('ann-lee');
    expect((await db.get('contacts', keep.id))?.linkedin).toBeUndefined();
    expect((await db.get('interactions', shared.id))?.contactIds).toEqual([drop.id, keep.id, other.id]);
    expect((await interactionsOf(db, keep.id, 10)).map((i) => i.id).sort()).toEqual(
      [...logged.interactionIds, shared.id].sort(),
    );
    expect((await db.get('notes', note.id))?.contactId).toBe(drop.id);
    for (const store of ['deals', 'complaints', 'feedback'] as const)
      expect((await db.getAllFromIndex(store, 'contactId', drop.id)).length, store).toBe(1);
    await expect(undoMerge(db, undo, NOW + 3)).rejects.toThrow('merge-already-undone');
  });

  it('a failing merge changes nothing', async () => {
    const a = await createContact(db, { name: 'A', email: 'a@x.example', source: 'manual' }, NOW);
    await expect(mergeContacts(db, a.id, 'missing', NOW)).rejects.toThrow('contact-not-found');
    await expect(mergeContacts(db, a.id, a.id, NOW)).rejects.toThrow('merge-same-contact');
    expect((await workspaceStats(db)).contacts).toBe(1);
  });
});

describe('LinkedIn touches', () => {
  const raj = {
    name: 'Raj Patel',
    email: '',
    role: 'participant' as const,
    profileUrl: 'https://www.linkedin.com/in/raj-patel/',
  };
  const messages = [
    { id: 'urn:1', fromEmail: '', toEmails: [], at: NOW - 2000, fromName: 'Raj Patel' },
    { id: 'urn:2', fromEmail: '', toEmails: [], at: NOW - 1000, fromName: 'Ann Lee' },
  ];

  it('logs each message once, theirs inbound and yours outbound, saving the person', async () => {
    const first = await logLinkedInTouch(db, { kind: 'message', people: [raj], messages, threadId: 't1' }, NOW);
    expect(first.interactionIds).toHaveLength(2);
    expect(first.createdContactIds).toHaveLength(1);
    const again = await logLinkedInTouch(db, { kind: 'message', people: [raj], messages, threadId: 't1' }, NOW + 5);
    expect(again).toMatchObject({ interactionIds: [], skipped: 2, createdContactIds: [] });
    const contact = await contactWithSlug(db, 'raj-patel');
    const timeline = await interactionsOf(db, contact?.id ?? '', 10);
    expect(timeline.map((i) => [i.channel, i.direction])).toEqual([
      ['linkedin', 'outbound'],
      ['linkedin', 'inbound'],
    ]);
  });

  it('other touches count once a day; "never log" contacts are left out', async () => {
    expect((await logLinkedInTouch(db, { kind: 'visit', people: [raj] }, NOW)).interactionIds).toHaveLength(1);
    expect((await logLinkedInTouch(db, { kind: 'visit', people: [raj] }, NOW + 60_000)).skipped).toBe(1);
    expect((await logLinkedInTouch(db, { kind: 'connection', people: [raj] }, NOW)).interactionIds).toHaveLength(1);
    expect(
      (await logLinkedInTouch(db, { kind: 'visit', people: [raj] }, NOW + 86_400_000)).interactionIds,
    ).toHaveLength(1);
    const contact = await contactWithSlug(db, 'raj-patel');
    if (contact) await db.put('contacts', { ...contact, neverLog: true });
    expect(await logLinkedInTouch(db, { kind: 'comment', people: [raj] }, NOW)).toMatchObject({
      interactionIds: [],
      neverLogged: 1,
    });
  });
});

describe('duplicates', () => {
  it('finds one person saved twice, strongest reasons first, without dismissed pairs', async () => {
    const a = await createContact(db, { name: 'Ann Lee', email: 'ann.lee@gmail.com', source: 'manual' }, NOW);
    const b = await createContact(db, { name: 'A. Lee', email: 'annlee+crm@gmail.com', source: 'import' }, NOW);
    const c = await savePerson(db, { name: 'Bo Chen', company: 'Acme', source: 'linkedin', linkedin: 'bo' }, NOW);
    const d = await savePerson(db, { name: 'Bo Chen', email: 'bo@acme.example', source: 'gmail' }, NOW);
    const found = await findDuplicates(db, new Set(), 10);
    expect(found.map((p) => [p.reason, [p.a.id, p.b.id].sort()])).toEqual([
      ['email', [a.id, b.id].sort()],
      ['name-company', [c.id, d.id].sort()],
    ]);
    expect(await findDuplicates(db, new Set([pairKey(b.id, a.id)]), 10)).toHaveLength(1);
  });
});
