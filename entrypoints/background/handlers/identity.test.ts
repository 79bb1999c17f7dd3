import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CrmDb } from '@/lib/db/open';
import { neverLogDomainsItem } from '@/lib/settings';
import { handlerTestKit, NOW } from '@/tests/kit/handlers';

const ME = 'ann.lee@gmail.com';
let db: CrmDb;
let own: string[];
let handlers: Awaited<ReturnType<typeof handlerTestKit>>['handlers'];

beforeEach(async () => {
  fakeBrowser.reset();
  own = [ME];
  ({ db, handlers } = await handlerTestKit({ ownAddresses: async () => own }));
});

const sent = (over: Record<string, unknown> = {}) => ({
  site: 'gmail' as const,
  draftId: '#msg-a:r-5187923654471234567',
  subject: 'Proposal for 2027',
  account: 'ann@example.com',
  people: [
    { name: 'Carl Ortiz', email: 'carl@customer.example', role: 'to' as const },
    { name: 'Dee Park', email: 'dee@customer.example', role: 'cc' as const },
  ],
  at: NOW - 60_000,
  url: 'https://mail.google.com/mail/u/0/#inbox',
  ...over,
});

describe('who is on the page', () => {
  it('says why someone is never logged: the user in any spelling, a personal domain, a marked contact', async () => {
    await neverLogDomainsItem.setValue(['family.example']);
    const marked = await handlers['contacts.save']({ name: 'Zed', email: 'zed@acme.example', source: 'manual' });
    await db.put('contacts', { ...marked.contact, neverLog: true });
    const found = await handlers['contacts.lookup']({
      account: 'me@work.example',
      people: [
        { name: 'Me', email: 'AnnLee+x@googlemail.com' },
        { name: 'Me at work', email: 'me@work.example' },
        { name: 'Mum', email: 'mum@family.example' },
        { name: 'Zed', email: 'zed@acme.example' },
        { name: 'New', email: 'new@acme.example' },
      ],
    });
    expect(found.map((f) => f.neverLog)).toEqual(['own', 'own', 'domain', 'contact', null]);
    expect(found[3]?.card?.contact.id).toBe(marked.contact.id);
    expect(found[4]).toEqual({ card: null, neverLog: null });
  });

  it('offers the same person saved from LinkedIn for an address on Gmail; linking makes one contact', async () => {
    const saved = await handlers['contacts.save']({
      name: 'Carl Ortiz',
      linkedin: 'https://www.linkedin.com/in/carl-ortiz-4a5b6c/',
      company: 'Customer Example Ltd',
      source: 'linkedin',
    });
    const carlOnGmail = { name: 'Carl Ortiz', email: 'carl@customer.example' };
    const [found] = await handlers['contacts.lookup']({ account: null, people: [carlOnGmail] });
    expect(found?.card).toBeNull();
    const [carl] = await handlers['contacts.sameAs']({ people: [carlOnGmail] });
    expect(carl).toMatchObject({ id: saved.contact.id, name: 'Carl Ortiz', orgName: 'Customer Example Ltd' });
    await handlers['contacts.link']({ contactId: saved.contact.id, email: 'carl@customer.example' });
    const [byEmail, bySlug] = await handlers['contacts.lookup']({
      account: null,
      people: [{ email: 'carl@customer.example' }, { linkedin: 'carl-ortiz-4a5b6c' }],
    });
    expect(byEmail?.card?.contact.id).toBe(saved.contact.id);
    expect(bySlug?.card?.contact.id).toBe(saved.contact.id);
    expect((await handlers['workspace.stats']({})).contacts).toBe(1);
  });
});

describe('sent emails', () => {
  const saveCarl = () =>
    handlers['contacts.save']({ name: 'Carl Ortiz', email: 'carl@customer.example', source: 'manual' });

  it('are logged once, outbound, for the saved recipients; the thread logged later does not count them again', async () => {
    await saveCarl();
    const first = await handlers['interactions.logSent'](sent());
    expect(first).toMatchObject({ createdContactIds: [], loggedFor: ['Carl Ortiz'] });
    expect(first.interactionIds).toHaveLength(1);
    // Dee is not saved: writing to someone does not add them to the book.
    expect((await handlers['workspace.stats']({})).contacts).toBe(1);
    expect((await handlers['interactions.logSent'](sent())).skipped).toBe(1);
    const later = await handlers['interactions.logThread']({
      site: 'gmail',
      account: 'ann@example.com',
      people: sent().people,
      messages: [
        {
          id: '#msg-a:r-5187923654471234567',
          fromEmail: 'ann@example.com',
          toEmails: ['carl@customer.example'],
          at: NOW,
        },
      ],
    });
    expect(later.skipped).toBe(1);
    const [carl] = await handlers['contacts.lookup']({ account: null, people: [{ email: 'carl@customer.example' }] });
    expect(carl?.card?.recent.map((i) => [i.direction, i.subject])).toEqual([['outbound', 'Proposal for 2027']]);
  });

  it('to nobody saved, are not logged at all', async () => {
    expect(await handlers['interactions.logSent'](sent())).toMatchObject({ interactionIds: [], loggedFor: [] });
    expect((await handlers['workspace.stats']({})).contacts).toBe(0);
  });

  it('without a draft id or an account, are still outbound and still counted once', async () => {
    own = [];
    await saveCarl();
    const email = sent({ draftId: '', account: null });
    expect((await handlers['interactions.logSent'](email)).interactionIds).toHaveLength(1);
    expect((await handlers['interactions.logSent']({ ...email, at: email.at + 1000 })).skipped).toBe(1);
    const [carl] = await handlers['contacts.lookup']({ account: null, people: [{ email: 'carl@customer.example' }] });
    expect(carl?.card?.recent[0]?.direction).toBe('outbound');
  });

  it('leave out personal domains and "never log" contacts', async () => {
    const carl = await saveCarl();
    await neverLogDomainsItem.setValue(['customer.example']);
    expect(await handlers['interactions.logSent'](sent())).toMatchObject({ interactionIds: [], neverLogged: 1 });
    await neverLogDomainsItem.setValue([]);
    await db.put('contacts', { ...carl.contact, neverLog: true });
    expect(await handlers['interactions.logSent'](sent())).toMatchObject({ interactionIds: [], neverLogged: 1 });
  });
});

describe('merging from the dashboard', () => {
  it('lists duplicates, merges only the pair asked for, and undoes it', async () => {
    const a = await handlers['contacts.save']({ name: 'Ann Lee', email: 'ann.lee@acme.example', source: 'manual' });
    const b = await handlers['contacts.save']({
      name: 'Ann Lee',
      linkedin: 'ann-lee',
      company: 'Acme',
      source: 'linkedin',
    });
    const [pair] = await handlers['duplicates.list']({ limit: 10 });
    expect(pair?.reason).toBe('name-company');
    const merged = await handlers['duplicates.merge']({ keepId: a.contact.id, dropId: b.contact.id });
    expect(merged.card.contact).toMatchObject({ linkedin: 'ann-lee', emails: ['ann.lee@acme.example'] });
    expect(await handlers['duplicates.list']({ limit: 10 })).toEqual([]);
    expect((await handlers['duplicates.recentMerges']({})).map((m) => m.drop.name)).toEqual(['Ann Lee']);
    await handlers['duplicates.undoMerge']({ id: merged.undoId });
    expect((await handlers['workspace.stats']({})).contacts).toBe(2);
    await expect(handlers['duplicates.undoMerge']({ id: merged.undoId })).rejects.toThrow('merge-not-found');
    await handlers['duplicates.dismiss']({ a: b.contact.id, b: a.contact.id });
    expect(await handlers['duplicates.list']({ limit: 10 })).toEqual([]);
  });
});
