import { describe, expect, it, vi } from 'vitest';
import { allowedSite, sidebarTabOf } from './sidebar-ports';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SIDEBAR = `moz-extension://${ID}/sidebar.html`;

describe('who may open a sidebar port', () => {
  it('is our sidebar page, framed in a tab', () => {
    expect(sidebarTabOf({ id: ID, url: `${SIDEBAR}?siteTheme=dark`, tab: { id: 4 } as never }, ID, SIDEBAR)).toBe(4);
  });

  it('is not a content script, another page of ours, another extension, or a page in no tab', () => {
    const tab = { id: 4 } as never;
    expect(sidebarTabOf({ id: ID, url: 'https://mail.google.com/mail/u/0/', tab }, ID, SIDEBAR)).toBeUndefined();
    expect(sidebarTabOf({ id: ID, url: `moz-extension://${ID}/dashboard.html`, tab }, ID, SIDEBAR)).toBeUndefined();
    expect(sidebarTabOf({ id: 'other', url: SIDEBAR, tab }, ID, SIDEBAR)).toBeUndefined();
    expect(sidebarTabOf({ id: ID, url: SIDEBAR }, ID, SIDEBAR)).toBeUndefined();
    expect(sidebarTabOf(undefined, ID, SIDEBAR)).toBeUndefined();
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
