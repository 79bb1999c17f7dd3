import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DetectedPage, SentEmail } from '@/lib/schema/page';
import { loggedListener, type Ours, pageListener, sentListener } from './message-guards';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const TAB = 7;
const ours: Ours = { extensionId: ID, tabId: TAB };
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
  fc.constant({ ...OUR_CONTENT_SCRIPT, frameId: 2 }),
  fc.constant({ ...OUR_CONTENT_SCRIPT, id: 'another-extension' }),
  fc.constant({ id: ID, url: `chrome-extension://${ID}/background.js` }),
  fc.record({ id: fc.oneof(fc.constant(ID), junk), tab: junk, frameId: junk }, { requiredKeys: [] }),
  junk,
);

/** Our extension, in the top frame of the sidebar's tab: the only sender of pages and sent emails. */
function isOurContentScript(sender: unknown): boolean {
  const s = sender as { id?: unknown; tab?: { id?: unknown } | null; frameId?: unknown } | null;
  return typeof s === 'object' && s !== null && s.id === ID && s.tab?.id === TAB && s.frameId === 0;
}
const field = (message: unknown, key: string) =>
  typeof message === 'object' && message !== null ? (message as Record<string, unknown>)[key] : undefined;

describe('the sidebar under random messages from random senders', () => {
  it('shows a page only when our own tab sends a valid one', () => {
    fc.assert(
      fc.property(anyMessage, anySender, (message, sender) => {
        const show = vi.fn();
        expect(pageListener(() => ours, show)(message, sender, vi.fn())).toBe(false);
        const valid = field(message, 'event') === 'page' && DetectedPage.safeParse(field(message, 'page')).success;
        expect(show.mock.calls.length).toBe(valid && isOurContentScript(sender) ? 1 : 0);
      }),
      { numRuns: 1500 },
    );
  });

  it('logs a sent email only when our own tab sends a valid one, and answers only our tab', () => {
    fc.assert(
      fc.property(anyMessage, anySender, (message, sender) => {
        const log = vi.fn();
        const reply = vi.fn();
        sentListener(() => ours, log)(message, sender, reply);
        const sent = field(message, 'event') === 'sent' && typeof field(message, 'email') === 'object';
        const valid = sent && SentEmail.safeParse(field(message, 'email')).success;
        const fromUs = isOurContentScript(sender);
        expect(log.mock.calls.length).toBe(valid && fromUs ? 1 : 0);
        if (sent && fromUs) expect(reply).toHaveBeenCalledExactlyOnceWith(valid);
        else expect(reply).not.toHaveBeenCalled();
      }),
      { numRuns: 1500 },
    );
  });

  it('before it knows its tab, accepts nothing at all', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          validPage.map((page) => ({ event: 'page', page })),
          anyMessage,
        ),
        anySender,
        (m, s) => {
          const show = vi.fn();
          const log = vi.fn();
          pageListener(() => ({ extensionId: ID, tabId: undefined }), show)(m, s, vi.fn());
          sentListener(() => ({ extensionId: ID, tabId: undefined }), log)(m, s, vi.fn());
          expect(show).not.toHaveBeenCalled();
          expect(log).not.toHaveBeenCalled();
        },
      ),
    );
  });

  it('refreshes after a shortcut log only on the notice of our background', () => {
    fc.assert(
      fc.property(anyMessage, anySender, (message, sender) => {
        const onLogged = vi.fn();
        loggedListener(ID, onLogged)(message, sender, vi.fn());
        const s = sender as { id?: unknown; tab?: unknown } | null;
        const background = typeof s === 'object' && s !== null && s.id === ID && !s.tab;
        expect(onLogged.mock.calls.length).toBe(field(message, 'event') === 'logged' && background ? 1 : 0);
      }),
      { numRuns: 1500 },
    );
  });

  it('accepts the real messages of our own tab and background', () => {
    fc.assert(
      fc.property(validPage, validSent, (page, email) => {
        const show = vi.fn();
        const log = vi.fn();
        const reply = vi.fn();
        pageListener(() => ours, show)({ event: 'page', page }, OUR_CONTENT_SCRIPT, vi.fn());
        sentListener(() => ours, log)({ event: 'sent', email }, OUR_CONTENT_SCRIPT, reply);
        expect(show).toHaveBeenCalledOnce();
        expect(log).toHaveBeenCalledOnce();
        expect(reply).toHaveBeenCalledExactlyOnceWith(true);
      }),
    );
    const onLogged = vi.fn();
    loggedListener(ID, onLogged)(
      { event: 'logged' },
      { id: ID, url: `chrome-extension://${ID}/background.js` },
      vi.fn(),
    );
    expect(onLogged).toHaveBeenCalledOnce();
  });
});
