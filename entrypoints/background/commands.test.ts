import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, type Handlers } from '@/lib/protocol/router';
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

/** The background's own router over a fake log handler; `extensionId` other than ours refuses the background. */
function setup(pageAnswer: unknown, extensionId = fakeBrowser.runtime.id) {
  const sent: unknown[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) => {
    sent.push(message);
    return (message as { ask: string }).ask === 'page' ? pageAnswer : true;
  });
  const badges: string[] = [];
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async ({ text }) => {
    badges.push(text ?? '');
  });
  const broadcast = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  const log = vi.fn(async () => ({
    interactionIds: ['i1'],
    contactIds: ['c1'],
    createdContactIds: [],
    skipped: 0,
    neverLogged: 0,
  }));
  const handlers = { 'interactions.logThread': log } as unknown as Handlers;
  const route = createRouter(handlers, { extensionId, extensionOrigin: fakeBrowser.runtime.getURL('/') });
  return { sent, badges, log, broadcast, route };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('keyboard shortcuts', () => {
  it('opens the dashboard in a new tab', async () => {
    const { route } = setup(null);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await runCommand('open-dashboard', undefined, route);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/dashboard\.html$/) });
  });

  it('toggles the sidebar on the tab and remembers it', async () => {
    const { sent, route } = setup(null);
    await runCommand('toggle-sidebar', { id: 7 }, route);
    expect(await sidebarCollapsedItem.getValue()).toBe(true);
    await runCommand('toggle-sidebar', { id: 7 }, route);
    expect(sent).toEqual([
      { to: 'content', ask: 'collapse', collapsed: true },
      { to: 'content', ask: 'collapse', collapsed: false },
    ]);
  });

  it('logs the open conversation and says so on the toolbar badge', async () => {
    const { badges, log, broadcast, route } = setup(thread);
    await runCommand('log-page', { id: 7 }, route);
    const [request, sender] = log.mock.calls[0] as unknown as [unknown, unknown];
    expect(request).toEqual(expect.objectContaining({ site: 'gmail', threadId: 'abc', subject: 'Renewal' }));
    expect(sender).toEqual({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') });
    expect(badges[0]).toBe('1');
    expect(broadcast).toHaveBeenCalledWith({ event: 'logged', interactionIds: ['i1'] });
  });

  it('logs nothing when the page is not a conversation, or lies about it', async () => {
    for (const answer of [{ ...thread, kind: 'list' }, { ...thread, messages: 'x' }, undefined]) {
      const { badges, log, route } = setup(answer);
      await runCommand('log-page', { id: 7 }, route);
      expect(log).not.toHaveBeenCalled();
      expect(badges[0]).toBe('–');
    }
  });

  it('asks through the router, which checks the background as any sender', async () => {
    const refused = setup(thread, 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz');
    await expect(runCommand('log-page', { id: 7 }, refused.route)).rejects.toThrow('may only be asked');
    expect(refused.log).not.toHaveBeenCalled();
    expect(refused.badges[0]).toBe('–');
  });
});
