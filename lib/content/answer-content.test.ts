import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isToContent } from '../protocol/page-channel';
import type { DetectedPage } from '../sites/types';
import { answerContent, type ContentState } from './answer-content';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE: DetectedPage = {
  site: 'gmail',
  kind: 'none',
  url: 'https://mail.google.com/',
  account: null,
  people: [],
  messages: [],
  problems: [],
};

function spyState() {
  return {
    page: vi.fn(() => PAGE),
    health: vi.fn(() => ({ page: PAGE, selectors: { thread: 1 } })),
    setCollapsed: vi.fn(),
  } satisfies ContentState;
}

/** Messages that look like ours: the right keys with values of every type. */
const nearValid = fc.record(
  {
    to: fc.oneof(fc.constant('content'), fc.anything()),
    ask: fc.oneof(fc.constantFrom('page', 'health', 'collapse', 'toString', '__proto__'), fc.anything()),
    collapsed: fc.oneof(fc.boolean(), fc.anything()),
  },
  { requiredKeys: [] },
);
const anyMessage = fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), nearValid);
const anySender = fc.oneof(
  fc.anything(),
  fc.record(
    {
      id: fc.oneof(fc.constant(ID), fc.string(), fc.anything()),
      url: fc.oneof(fc.constant('https://mail.google.com/'), fc.webUrl()),
      tab: fc.oneof(fc.record({ id: fc.integer() }), fc.anything()),
      frameId: fc.oneof(fc.constant(0), fc.integer()),
    },
    { requiredKeys: [] },
  ),
);

/** What the channel promises: a known ask to the content script, with a boolean when it collapses the sidebar. */
function valid(message: unknown): boolean {
  const m = message as Record<string, unknown> | null;
  if (typeof m !== 'object' || m === null || m.to !== 'content') return false;
  if (m.ask === 'page' || m.ask === 'health') return true;
  return m.ask === 'collapse' && typeof m.collapsed === 'boolean';
}

describe("the content script's answers under random and near-valid messages", () => {
  it('isToContent never throws and accepts exactly the messages of the channel', () => {
    fc.assert(
      fc.property(anyMessage, (message) => {
        expect(isToContent(message)).toBe(valid(message));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses everything from another sender, touching nothing', () => {
    fc.assert(
      fc.property(anyMessage, anySender, (message, sender) => {
        fc.pre((sender as { id?: unknown } | null)?.id !== ID);
        const state = spyState();
        expect(answerContent(message, sender, ID, state)).toEqual({ refused: 'foreign-sender' });
        expect(state.setCollapsed).not.toHaveBeenCalled();
        expect(state.page).not.toHaveBeenCalled();
        expect(state.health).not.toHaveBeenCalled();
      }),
      { numRuns: 1000 },
    );
  });

  it('from our extension, answers valid asks and clearly refuses the rest without changing the sidebar', () => {
    fc.assert(
      fc.property(anyMessage, (message) => {
        const state = spyState();
        const answer = answerContent(message, { id: ID }, ID, state);
        if (!valid(message)) {
          expect(answer).toEqual({ refused: 'not-for-content' });
          expect(state.setCollapsed).not.toHaveBeenCalled();
        } else expect(answer).toHaveProperty('reply');
      }),
      { numRuns: 2000 },
    );
  });

  it('answers each ask of the channel', () => {
    const state = spyState();
    const ours = { id: ID, url: `chrome-extension://${ID}/sidebar.html` };
    expect(answerContent({ to: 'content', ask: 'page' }, ours, ID, state)).toEqual({ reply: PAGE });
    expect(answerContent({ to: 'content', ask: 'health' }, ours, ID, state)).toEqual({
      reply: { page: PAGE, selectors: { thread: 1 } },
    });
    expect(answerContent({ to: 'content', ask: 'collapse', collapsed: true }, ours, ID, state)).toEqual({
      reply: true,
    });
    expect(state.setCollapsed).toHaveBeenCalledExactlyOnceWith(true);
    expect(answerContent({ to: 'content', ask: 'collapse', collapsed: 'yes' }, ours, ID, state)).toEqual({
      refused: 'not-for-content',
    });
  });
});
