import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ToSidebar } from '@/lib/protocol/sidebar-port';
import { DetectedPage, SentEmail } from '@/lib/schema/page';
import { contentEventListener } from './content-events';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const TAB = 7;
const OUR_CONTENT_SCRIPT = { id: ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: TAB }, frameId: 0 };

const email = fc.constantFrom('ann@client.example', 'bo.li@corp.example', '');
const person = fc.record({
  name: fc.string({ maxLength: 200 }),
  email,
  role: fc.constantFrom('from', 'to', 'cc', 'profile'),
});
const validPage = fc.record({
  site: fc.constantFrom('gmail', 'linkedin', 'outlook', 'web'),
  kind: fc.constantFrom('thread', 'compose', 'profile', 'list', 'none'),
  url: fc.webUrl(),
  account: fc.constantFrom(null, 'me@mine.example'),
  people: fc.array(person, { maxLength: 5 }),
  messages: fc.constant([]),
  problems: fc.array(fc.string({ maxLength: 300 }), { maxLength: 3 }),
});
const validSent = fc.record({
  site: fc.constantFrom('gmail', 'outlook'),
  draftId: fc.string({ maxLength: 300 }),
  subject: fc.string({ maxLength: 1000 }),
  account: fc.constantFrom(null, 'me@mine.example'),
  people: fc.array(person, { minLength: 1, maxLength: 5 }),
  at: fc.integer({ min: 0, max: 2 ** 50 }),
  url: fc.webUrl(),
});
const junk = fc.anything({ withNullPrototype: true, withObjectString: true });
/** Near-valid: the right shape with any part swapped for junk, or a valid body under the wrong event. */
const anyMessage = fc.oneof(
  junk,
  fc.record(
    {
      event: fc.oneof(fc.constantFrom('page', 'sent', 'logged'), junk),
      page: fc.oneof(
        validPage,
        junk,
        validPage.map((p) => ({ ...p, people: 'everyone' })),
      ),
      email: fc.oneof(
        validSent,
        junk,
        validSent.map((s) => ({ ...s, people: [] })),
      ),
    },
    { requiredKeys: [] },
  ),
);
/** Our content script, and every way of being almost it: another tab, a subframe, another extension, no tab. */
const anySender = fc.oneof(
  fc.constant(OUR_CONTENT_SCRIPT),
  fc.constant({ ...OUR_CONTENT_SCRIPT, tab: { id: TAB + 1 } }),
  fc.constant({ ...OUR_CONTENT_SCRIPT, tab: { id: String(TAB) } }),
  fc.constant({ ...OUR_CONTENT_SCRIPT, frameId: 2 }),
  fc.constant({ ...OUR_CONTENT_SCRIPT, id: 'another-extension' }),
  fc.constant({ id: ID, url: `chrome-extension://${ID}/background.js` }),
  fc.record({ id: fc.oneof(fc.constant(ID), junk), tab: junk, frameId: junk }, { requiredKeys: [] }),
  junk,
);

/** Our extension, in the top frame of some tab: the only sender of pages and sent emails. */
function topFrameTab(sender: unknown): number | undefined {
  const s = sender as { id?: unknown; tab?: { id?: unknown } | null; frameId?: unknown } | null;
  const ours = typeof s === 'object' && s !== null && s.id === ID && s.frameId === 0;
  return ours && typeof s?.tab?.id === 'number' ? s.tab.id : undefined;
}
const field = (message: unknown, key: string) =>
  typeof message === 'object' && message !== null ? (message as Record<string, unknown>)[key] : undefined;

/** A background whose only open sidebar is in tab TAB, recording what it hands on. */
function background() {
  const delivered: [number, ToSidebar][] = [];
  const listener = contentEventListener(ID, (tabId, event) => {
    delivered.push([tabId, event]);
    return tabId === TAB;
  });
  return { delivered, listener };
}

describe('the background under random content messages from random senders', () => {
  it('hands on a page only when a top-frame content script of ours sends a valid one, to its own tab', () => {
    fc.assert(
      fc.property(anyMessage, anySender, (message, sender) => {
        const { delivered, listener } = background();
        expect(listener(message, sender, vi.fn())).toBe(false);
        const valid = field(message, 'event') === 'page' && DetectedPage.safeParse(field(message, 'page')).success;
        const tab = topFrameTab(sender);
        const pages = delivered.filter(([, event]) => event.event === 'page');
        expect(pages.map(([tabId]) => tabId)).toEqual(valid && tab !== undefined ? [tab] : []);
      }),
      { numRuns: 1500 },
    );
  });

  it('hands on a sent email only when valid and from us, and answers true only once a sidebar has it', () => {
    fc.assert(
      fc.property(anyMessage, anySender, (message, sender) => {
        const { delivered, listener } = background();
        const reply = vi.fn();
        listener(message, sender, reply);
        const sent = field(message, 'event') === 'sent' && typeof field(message, 'email') === 'object';
        const valid = sent && SentEmail.safeParse(field(message, 'email')).success;
        const tab = topFrameTab(sender);
        const emails = delivered.filter(([, event]) => event.event === 'sent');
        expect(emails.map(([tabId]) => tabId)).toEqual(valid && tab !== undefined ? [tab] : []);
        if (sent && tab !== undefined && !valid) expect(reply).toHaveBeenCalledExactlyOnceWith(false);
        else if (valid && tab === TAB) expect(reply).toHaveBeenCalledExactlyOnceWith(true);
        else expect(reply).not.toHaveBeenCalled();
      }),
      { numRuns: 1500 },
    );
  });

  it('hands on the real messages of our content script, parsed', () => {
    fc.assert(
      fc.property(validPage, validSent, (page, email) => {
        const { delivered, listener } = background();
        const reply = vi.fn();
        listener({ event: 'page', page }, OUR_CONTENT_SCRIPT, vi.fn());
        listener({ event: 'sent', email }, OUR_CONTENT_SCRIPT, reply);
        expect(delivered).toEqual([
          [TAB, { event: 'page', page: DetectedPage.parse(page) }],
          [TAB, { event: 'sent', email: SentEmail.parse(email) }],
        ]);
        expect(reply).toHaveBeenCalledExactlyOnceWith(true);
      }),
    );
  });
});
