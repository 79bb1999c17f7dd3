import { beforeEach, describe, expect, it } from 'vitest';
import type { ValueModel } from '@/lib/crm/insights';
import type { CrmDb } from '@/lib/db/open';
import { freshDb } from '@/tests/kit/db';
import { createHandlers } from './index';

const NOW = Date.UTC(2026, 10, 23, 9);
let db: CrmDb;
let handlers: ReturnType<typeof createHandlers>;

beforeEach(async () => {
  db = await freshDb();
  let model: ValueModel | null = null;
  handlers = createHandlers({
    db: async () => db,
    now: () => NOW,
    ownAddresses: async () => ['me@work.example'],
    valueModel: {
      get: async () => model,
      set: async (m) => {
        model = m;
      },
    },
  });
});

describe('background handlers', () => {
  it('treats the signed-in account and the configured addresses as the user', async () => {
    const result = await handlers['thread.log']({
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
    const cards = await handlers['contact.lookup']({ emails: ['ann@acme.example', 'me@gmail.com'] });
    expect(Object.keys(cards)).toEqual(['ann@acme.example']);
    expect(cards['ann@acme.example']?.recent.map((i) => i.direction)).toEqual(['outbound', 'inbound']);
  });

  it('seeds the demo workspace once, and refuses to overwrite real data', async () => {
    const counts = await handlers['workspace.seedDemo']({});
    expect(counts.contacts).toBe(300);
    expect(counts.deals).toBeGreaterThan(300);
    await expect(handlers['workspace.seedDemo']({})).rejects.toThrow('workspace-not-empty');
    const again = await handlers['workspace.seedDemo']({ replace: true });
    expect(again).toEqual(counts);
  });

  it('keeps unfiled notes apart from contact notes', async () => {
    await handlers['note.add']({ text: 'call the bank' });
    const card = await handlers['contact.create']({ name: 'Ann', email: 'ann@acme.example', source: 'manual' });
    await handlers['note.add']({ text: 'likes tea', contactId: card.contact.id });
    expect((await handlers['note.list']({ contactId: '', limit: 10 })).map((n) => n.text)).toEqual(['call the bank']);
    await expect(handlers['note.add']({ text: 'x', contactId: 'missing' })).rejects.toThrow('contact-not-found');
  });
});
