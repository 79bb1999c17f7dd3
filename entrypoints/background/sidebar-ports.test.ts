import { describe, expect, it, vi } from 'vitest';
import { allowedSite, sidebarTabOf } from './sidebar-ports';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SIDEBAR = 'moz-extension://8e3c0a53-5d43-4c4e-9a4e-0d4f5ad8c0b1/sidebar.html';
const SCHEME = 'moz-extension:';

describe('who may open a sidebar port', () => {
  it('is our sidebar page, framed in a tab', () => {
    expect(sidebarTabOf({ id: ID, url: `${SIDEBAR}?siteTheme=dark`, tab: { id: 4 } as never }, ID, SCHEME)).toBe(4);
  });

  it('is not a content script, another page of ours, another extension, or a page in no tab', () => {
    const tab = { id: 4 } as never;
    expect(sidebarTabOf({ id: ID, url: 'https://mail.google.com/mail/u/0/', tab }, ID, SCHEME)).toBeUndefined();
    expect(sidebarTabOf({ id: ID, url: SIDEBAR.replace('sidebar', 'dashboard'), tab }, ID, SCHEME)).toBeUndefined();
    expect(sidebarTabOf({ id: 'other', url: SIDEBAR, tab }, ID, SCHEME)).toBeUndefined();
    expect(sidebarTabOf({ id: ID, url: SIDEBAR }, ID, SCHEME)).toBeUndefined();
    expect(sidebarTabOf(undefined, ID, SCHEME)).toBeUndefined();
  });
});

describe('the site around the sidebar', () => {
  const granted = (origins: string[]) => vi.fn(async (origin: string) => origins.includes(origin));

  it('is allowed when its origin is granted', async () => {
    const contains = granted(['https://mail.google.com/*']);
    expect(await allowedSite('https://mail.google.com/mail/u/0/#inbox/1', contains)).toBe(true);
    expect(contains).toHaveBeenCalledWith('https://mail.google.com/*');
  });

  it('is refused when not granted, unknown, not a web page, or the check fails', async () => {
    const contains = granted(['https://mail.google.com/*']);
    expect(await allowedSite('https://evil.example/', contains)).toBe(false);
    expect(await allowedSite(undefined, contains)).toBe(false);
    expect(await allowedSite('not a url', contains)).toBe(false);
    expect(await allowedSite('file:///home/me/page.html', contains)).toBe(false);
    expect(await allowedSite('https://mail.google.com/', () => Promise.reject(new Error('no')))).toBe(false);
  });
});

describe("the sidebar's requests over its port", () => {
  /** Opens a port from a sidebar framed at `siteUrl`; returns what the background posted back. */
  async function openSidebar(siteUrl: string, route = vi.fn(async () => ({ ok: true as const, value: ['card'] }))) {
    let onConnect: ((port: unknown) => void) | undefined;
    vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation((l) => {
      onConnect = l as never;
    });
    vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(browser.permissions, 'contains').mockImplementation(
      async (p) => p.origins?.[0] === 'https://mail.google.com/*',
    );
    const { serveSidebars } = await import('./sidebar-ports');
    serveSidebars(route);
    const posted: unknown[] = [];
    let onMessage: ((m: unknown) => void) | undefined;
    const sender = {
      id: browser.runtime.id,
      url: browser.runtime.getURL('/sidebar.html'),
      tab: { id: 7, url: siteUrl },
    };
    onConnect?.({
      name: 'sidebar',
      sender,
      postMessage: (m: unknown) => posted.push(m),
      disconnect: () => undefined,
      onMessage: {
        addListener: (l: (m: unknown) => void) => {
          onMessage = l;
        },
      },
      onDisconnect: { addListener: () => undefined },
    });
    const request = { rpc: 'contacts.lookup', input: { account: null, people: [] } };
    onMessage?.({ ask: 'rpc', id: 5, request });
    onMessage?.({ ask: 'rpc', id: 'x', request });
    await vi.waitFor(() => expect(posted.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 10));
    return { posted, route, sender, request };
  }

  it('routes each request with the port’s sender and answers it by id', async () => {
    const { posted, route, sender, request } = await openSidebar('https://mail.google.com/mail/u/0/');
    expect(route).toHaveBeenCalledTimes(1);
    expect(route).toHaveBeenCalledWith(request, sender);
    expect(posted).toContainEqual({ event: 'answer', id: 5, response: { ok: true, value: ['card'] } });
  });

  it('answers nothing inside a site the user has not turned on', async () => {
    const { posted, route } = await openSidebar('https://evil.example/');
    expect(route).not.toHaveBeenCalled();
    expect(posted).toEqual([{ event: 'refused' }]);
  });
});
