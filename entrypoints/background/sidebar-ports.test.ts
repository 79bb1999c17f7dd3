import { describe, expect, it, vi } from 'vitest';
import { PAGE_PORT } from '@/lib/protocol/events';
import { allowedSite, sidebarTabOf } from './sidebar-ports';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SIDEBAR = 'moz-extension://8e3c0a53-5d43-4c4e-9a4e-0d4f5ad8c0b1/sidebar.html';
const SCHEME = 'moz-extension:';

/** The test browser has no permission events: nothing changes the granted hosts here. */
function quietPermissionEvents() {
  vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
}

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
    quietPermissionEvents();
    vi.spyOn(browser.permissions, 'contains').mockImplementation(
      async (p) => p.origins?.[0] === 'https://mail.google.com/*',
    );
    const { serveSidebars } = await import('./sidebar-ports');
    serveSidebars(route, async () => []);
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

describe('the page told with the welcome', () => {
  const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcg1';
  const page = (url: string) => ({
    site: 'gmail',
    kind: 'thread',
    url,
    account: null,
    people: [{ name: 'Ann', email: 'ann@client.example', role: 'from' }],
    messages: [],
    problems: [],
  });

  /** No card for anyone: the lookup fails, and the page goes alone. */
  const noCards = async () => ({ ok: false as const, error: { code: 'internal' as const, message: 'no' } });

  /**
   * The background serving sidebars, with the tab's content script answering `answer` when asked and `route`
   * answering the lookups made for the pages' cards.
   */
  async function background(answer: () => Promise<unknown>, route: (request: unknown) => Promise<unknown> = noCards) {
    vi.resetModules();
    let onConnect: ((port: unknown) => void) | undefined;
    let onMessage: ((m: unknown, sender: unknown, reply: () => void) => void) | undefined;
    vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation((l) => {
      onConnect = l as never;
    });
    vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((l) => {
      onMessage = l as never;
    });
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    quietPermissionEvents();
    const asked = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(answer as never);
    const { serveSidebars } = await import('./sidebar-ports');
    serveSidebars(route as never, async () => ['me@mine.example']);
    const contentScript = { id: browser.runtime.id, url: THREAD, tab: { id: 7 }, frameId: 0 };
    const report = (p: unknown) => onMessage?.({ event: 'page', page: p }, contentScript, () => undefined);
    /** A content script's port for its pages (`sender`: our top-frame content script unless said otherwise). */
    const pagePort = (sender: unknown = contentScript) => {
      let heard: ((m: unknown) => void) | undefined;
      onConnect?.({
        name: PAGE_PORT,
        sender,
        postMessage: () => undefined,
        disconnect: () => undefined,
        onMessage: { addListener: (l: (m: unknown) => void) => (heard = l) },
        onDisconnect: { addListener: () => undefined },
      });
      return (p: unknown) => heard?.({ event: 'page', page: p });
    };
    const open = (tabUrl = THREAD) => {
      const posted: unknown[] = [];
      onConnect?.({
        name: 'sidebar',
        sender: { id: browser.runtime.id, url: browser.runtime.getURL('/sidebar.html'), tab: { id: 7, url: tabUrl } },
        postMessage: (m: unknown) => posted.push(m),
        disconnect: () => undefined,
        onMessage: { addListener: () => undefined },
        onDisconnect: { addListener: () => undefined },
      });
      return posted;
    };
    return { report, pagePort, open, asked };
  }

  it('is the page the tab reported, without asking it, when it is of the address the tab shows', async () => {
    const { report, open, asked } = await background(() => new Promise(() => undefined));
    report(page(THREAD));
    const posted = open();
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(posted).toEqual([
      { event: 'ready', tabId: 7 },
      { event: 'page', page: page(THREAD) },
    ]);
    expect(asked).not.toHaveBeenCalled();
  });

  it("follows the pages the tab's content script posts on its port, and no one else's", async () => {
    const { pagePort, open } = await background(() => new Promise(() => undefined));
    const posted = open();
    await vi.waitFor(() => expect(posted).toEqual([{ event: 'ready', tabId: 7 }]));
    const sender = { id: browser.runtime.id, url: THREAD, tab: { id: 7 }, frameId: 0 };
    pagePort({ ...sender, frameId: 3 })(page(`${THREAD}/frame`));
    pagePort({ ...sender, id: 'another-extension' })(page(`${THREAD}/other`));
    pagePort({ ...sender, tab: { id: 8 } })(page(`${THREAD}/tab8`));
    pagePort()({ ...page(THREAD), people: 'not a list' });
    pagePort()(page(`${THREAD}2`));
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(posted).toEqual([
      { event: 'ready', tabId: 7 },
      { event: 'page', page: page(`${THREAD}2`) },
    ]);
  });

  it('is asked of the tab when its report is of another address, or there is none', async () => {
    const { report, open, asked } = await background(async () => page(`${THREAD}2`));
    report(page(THREAD));
    const posted = open(`${THREAD}2`);
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toEqual({ event: 'page', page: page(`${THREAD}2`) });
    expect(asked).toHaveBeenCalledWith(7, { to: 'content', ask: 'page' }, { frameId: 0 });
  });

  it('is "none" only once the content script had time to report, and never over a report', async () => {
    vi.useFakeTimers();
    try {
      const silent = await background(() => Promise.reject(new Error('no receiver')));
      const alone = silent.open();
      await vi.advanceTimersByTimeAsync(1000);
      expect(alone).toEqual([{ event: 'ready', tabId: 7 }]);
      await vi.advanceTimersByTimeAsync(1000);
      expect(alone).toEqual([
        { event: 'ready', tabId: 7 },
        { event: 'page', page: null },
      ]);

      const late = await background(() => Promise.reject(new Error('not yet')));
      const posted = late.open();
      await vi.advanceTimersByTimeAsync(100);
      late.report(page(THREAD));
      await vi.advanceTimersByTimeAsync(5000);
      expect(posted).toEqual([
        { event: 'ready', tabId: 7 },
        { event: 'page', page: page(THREAD) },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  describe('with the cards of its people', () => {
    const ann = { name: 'Ann', email: 'ann@client.example' };
    const lookups = () => {
      const asked: unknown[] = [];
      const route = async (request: unknown) => {
        asked.push(request);
        const { input } = request as { input: { people: { email?: string }[] } };
        return { ok: true as const, value: input.people.map((p) => ({ card: { email: p.email } })) };
      };
      return { asked, route };
    };
    const withMe = (url: string) => ({
      ...page(url),
      people: [...page(url).people, { name: 'Me', email: 'me@mine.example', role: 'to' }],
    });

    it('looked up as the sidebar would ask for them, without the user', async () => {
      const { asked, route } = lookups();
      const { report, open } = await background(() => new Promise(() => undefined), route);
      report(withMe(THREAD));
      const posted = open();
      await vi.waitFor(() => expect(posted).toHaveLength(2));
      const request = { rpc: 'contacts.lookup', input: { account: null, people: [ann] } };
      expect(asked).toEqual([request]);
      expect(posted[1]).toEqual({
        event: 'page',
        page: withMe(THREAD),
        cards: { asked: request.input, found: [{ card: { email: ann.email } }] },
      });
    });

    it('not again for a page that changed around the same people, and in the order the pages came', async () => {
      const { asked, route } = lookups();
      let release: () => void = () => undefined;
      const slowBo = async (request: unknown) => {
        if (JSON.stringify(request).includes('bo@')) await new Promise<void>((resolve) => (release = resolve));
        return route(request);
      };
      const { pagePort, open } = await background(() => new Promise(() => undefined), slowBo);
      const report = pagePort();
      report(page(THREAD));
      const posted = open();
      await vi.waitFor(() => expect(posted).toHaveLength(2));
      const annAgain = { ...page(THREAD), subject: 'Re: offer' };
      report(annAgain);
      await vi.waitFor(() => expect(posted).toHaveLength(3));
      expect(posted[2]).toEqual({ event: 'page', page: annAgain });
      expect(asked).toHaveLength(1);

      // Bo's page waits for its lookup, and Ann's page after it waits its turn.
      const bo = { ...page(`${THREAD}2`), people: [{ name: 'Bo', email: 'bo@client.example', role: 'from' }] };
      report(bo);
      await new Promise((resolve) => setTimeout(resolve, 10));
      report(page(`${THREAD}3`));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(posted).toHaveLength(3);
      release();
      await vi.waitFor(() => expect(posted).toHaveLength(5));
      expect(posted.slice(3).map((e) => (e as { page: { url: string } }).page.url)).toEqual([
        `${THREAD}2`,
        `${THREAD}3`,
      ]);
      expect((posted[4] as { cards?: unknown }).cards).toBeDefined();
    });
  });
});
