import { beforeEach, describe, expect, it } from 'vitest';
import { handlerTestKit, NOW } from '@/tests/kit/handlers';

let handlers: Awaited<ReturnType<typeof handlerTestKit>>['handlers'];

beforeEach(async () => {
  ({ handlers } = await handlerTestKit({ ownAddresses: async () => ['me@work.example'] }));
});

describe('background handlers', () => {
  it('treats the signed-in account and the configured addresses as the user', async () => {
    const result = await handlers['interactions.logThread']({
      site: 'gmail',
      account: 'me@gmail.com',
      people: [
        { name: 'Ann', email: 'ann@acme.example', role: 'from' },
        { name: 'Me', email: 'me@gmail.com', role: 'to' },
        { name: 'Me at work', email: 'me@work.example', role: 'cc' },
      ],
      messages: [
        { id: 'a', fromEmail: 'ann@acme.example', toEmails: ['me@gmail.com'], at: NOW - 1000 },
        { id: 'b', fromEmail: 'me@work.example', toEmails: ['ann@acme.example'], at: NOW },
      ],
    });
    expect(result.createdContactIds).toHaveLength(1);
    const [ann, me] = await handlers['contacts.lookup']({
      account: null,
      people: [{ email: 'ann@acme.example' }, { email: 'me@gmail.com' }],
    });
    expect(me?.card).toBeNull();
    expect(ann?.card?.recent.map((i) => i.direction)).toEqual(['outbound', 'inbound']);
  });

  it('seeds the demo workspace once, and refuses to overwrite real data', async () => {
    const counts = await handlers['workspace.seedDemo']({});
    expect(counts.contacts).toBe(300);
    expect(counts.deals).toBeGreaterThan(300);
    await expect(handlers['workspace.seedDemo']({})).rejects.toThrow('workspace-not-empty');
    const again = await handlers['workspace.seedDemo']({ replace: true });
    expect(again).toEqual(counts);
    // Every record written also stamps its team-sync revision: twice the IndexedDB work.
  }, 30_000);

  it('saves a person once: typed by hand or seen on a page, the same address finds the same contact', async () => {
    const typed = await handlers['contacts.save']({ name: 'Ann', email: 'ann@acme.example', source: 'popup' });
    const seen = await handlers['contacts.save']({
      name: 'Ann Lee',
      email: 'ANN@acme.example',
      title: 'Buyer',
      company: 'Acme',
      source: 'gmail',
    });
    expect(seen.contact.id).toBe(typed.contact.id);
    expect(seen.contact).toMatchObject({ name: 'Ann', title: 'Buyer', orgName: 'Acme', emails: ['ann@acme.example'] });
    expect((await handlers['workspace.stats']({})).contacts).toBe(1);
  });

  it('keeps unfiled notes apart from contact notes', async () => {
    await handlers['notes.add']({ text: 'call the bank' });
    const card = await handlers['contacts.save']({ name: 'Ann', email: 'ann@acme.example', source: 'manual' });
    await handlers['notes.add']({ text: 'likes tea', contactId: card.contact.id });
    expect((await handlers['notes.list']({ contactId: '', limit: 10 })).map((n) => n.text)).toEqual(['call the bank']);
    await expect(handlers['notes.add']({ text: 'x', contactId: 'missing' })).rejects.toThrow('contact-not-found');
  });

  it('refuses with a reason the page can translate, whichever way the database said no', async () => {
    await expect(handlers['notes.add']({ text: 'x', contactId: 'missing' })).rejects.toMatchObject({
      reason: 'contact-not-found',
    });
    await expect(handlers['contacts.update']({ id: 'missing', patch: {} })).rejects.toMatchObject({
      reason: 'contact-not-found',
    });
    await expect(handlers['duplicates.undoMerge']({ id: 'gone' })).rejects.toMatchObject({ reason: 'merge-not-found' });
    // A failure that is no refusal keeps no reason: the page describes it as a failure.
    await handlers['workspace.seedDemo']({ contacts: 1 });
    const notEmpty = await handlers['workspace.seedDemo']({}).catch((error: unknown) => error);
    expect(notEmpty).toMatchObject({ message: 'workspace-not-empty' });
    expect(notEmpty).not.toHaveProperty('reason');
  });
});
