import { describe, expect, it } from 'vitest';
import type { VerbInput } from '@/lib/protocol';
import { handlerTestKit, NOW } from '@/tests/kit/handlers';

const thread = (id: string): VerbInput<'interactions.logThread'> => ({
  site: 'gmail',
  account: 'me@rapport.example',
  subject: 'Renewal',
  people: [{ name: 'Carl Ortiz', email: 'carl@customer.example', role: 'from' }],
  messages: [{ id, fromEmail: 'carl@customer.example', toEmails: ['me@rapport.example'], at: NOW }],
});

describe('logging a thread privately from the sidebar', () => {
  it('keeps the interactions home: marked private, no revision, nothing in the outbox', async () => {
    const { db, handlers } = await handlerTestKit();
    const kept = await handlers['interactions.logThread']({ ...thread('m1'), private: true });
    const shared = await handlers['interactions.logThread'](thread('m2'));
    const [privateId] = kept.interactionIds;
    const [sharedId] = shared.interactionIds;
    if (!privateId || !sharedId) throw new Error('both threads were logged');
    expect(await db.get('interactions', privateId)).toMatchObject({ private: true, subject: 'Renewal' });
    expect((await db.get('interactions', sharedId))?.private).toBeUndefined();
    expect(await db.get('revisions', `interactions/${privateId}`)).toBeUndefined();
    expect(await db.get('revisions', `interactions/${sharedId}`)).toMatchObject({ pending: expect.any(Number) });
    const outbox = await db.getAllKeysFromIndex('revisions', 'pending');
    expect(outbox).not.toContain(`interactions/${privateId}`);
    expect(outbox).toContain(`interactions/${sharedId}`);
  });
});
