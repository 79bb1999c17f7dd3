import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sidebarCollapsedItem } from '@/lib/settings';
import { runCommand } from './commands';

const thread = {
  site: 'gmail',
  kind: 'thread',
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  account: 'me@example.com',
  threadId: 'abc',
  subject: 'Renewal',
  people: [{ name: 'Ann', email: 'ann@acme.example', role: 'from' }],
  messages: [{ id: 'm1', fromEmail: 'ann@acme.example', toEmails: ['me@example.com'], at: 1 }],
  problems: [],
};

function setup(pageAnswer: unknown) {
  const sent: unknown[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) => {
    sent.push(message);
    return (message as { ask: string }).ask === 'page' ? pageAnswer : true;
  });
  const badges: string[] = [];
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async ({ text }) => {
    badges.push(text ?? '');
  });
  const log = vi.fn(async () => ({ interactionIds: ['i1'], contactIds: ['c1'], createdContactIds: [] }));
  return { sent, badges, log, handlers: { 'thread.log': log } as never };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('keyboard shortcuts', () => {
  it('opens the dashboard in a new tab', async () => {
    const { handlers } = setup(null);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await runCommand('open-dashboard', undefined, handlers);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/dashboard\.html$/) });
  });

  it('toggles the sidebar on the tab and remembers it', async () => {
    const { sent, handlers } = setup(null);
    await runCommand('toggle-sidebar', { id: 7 }, handlers);
    expect(await sidebarCollapsedItem.getValue()).toBe(true);
    await runCommand('toggle-sidebar', { id: 7 }, handlers);
    expect(sent).toEqual([
      { to: 'content', ask: 'collapse', collapsed: true },
      { to: 'content', ask: 'collapse', collapsed: false },
    ]);
  });

  it('logs the open conversation and says so on the toolbar badge', async () => {
    const { badges, log, handlers } = setup(thread);
    await runCommand('log-page', { id: 7 }, handlers);
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ site: 'gmail', threadId: 'abc', subject: 'Renewal' }));
    expect(badges[0]).toBe('1');
  });

  it('logs nothing when the page is not a conversation, or lies about it', async () => {
    for (const answer of [{ ...thread, kind: 'list' }, { ...thread, messages: 'x' }, undefined]) {
      const { badges, log, handlers } = setup(answer);
      await runCommand('log-page', { id: 7 }, handlers);
      expect(log).not.toHaveBeenCalled();
      expect(badges[0]).toBe('–');
    }
  });
});
