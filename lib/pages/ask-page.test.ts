import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askPage } from './ask-page';

const thread = {
  site: 'gmail',
  kind: 'thread',
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  account: 'me@example.com',
  threadId: 'abc',
  people: [{ name: 'Ann', email: 'ann@acme.example', role: 'from' }],
  messages: [],
  problems: [],
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('asking a tab for its page', () => {
  it("asks the top frame's content script, and parses its answer", async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(thread);
    expect(await askPage(7)).toEqual(thread);
    expect(send).toHaveBeenCalledWith(7, { to: 'content', ask: 'page' }, { frameId: 0 });
  });

  it('gives null for an answer that is not a valid page', async () => {
    for (const answer of [undefined, null, 'page', { ...thread, kind: 'inbox' }, { ...thread, messages: 'x' }]) {
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(answer);
      expect(await askPage(7)).toBeNull();
    }
  });

  it('rejects when no content script answers', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(askPage(7)).rejects.toThrow();
  });
});
