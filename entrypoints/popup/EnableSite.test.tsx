// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EnableSite } from './EnableSite';

interface Registered {
  id: string;
  matches?: string[];
}

/** The popup's browser: one active tab, the user's answer to the permission prompt, the scripting API. */
function setUp(url: string, answer: boolean) {
  const origins = new Set(['https://mail.google.com/*', 'https://www.linkedin.com/*']);
  const registered = new Map<string, Registered>();
  const injected: number[] = [];
  const b = fakeBrowser as unknown as typeof browser;
  b.tabs.query = vi.fn(async () => [{ id: 7, url, active: true }]) as unknown as typeof b.tabs.query;
  Object.assign(b.permissions, {
    contains: async ({ origins: asked = [] }: { origins?: string[] }) => asked.every((o) => origins.has(o)),
    getAll: async () => ({ origins: [...origins] }),
    request: vi.fn(async ({ origins: asked = [] }: { origins?: string[] }) => {
      if (answer) for (const o of asked) origins.add(o);
      return answer;
    }),
    remove: async ({ origins: gone = [] }: { origins?: string[] }) => {
      for (const o of gone) origins.delete(o);
      return true;
    },
  });
  Object.assign(b.scripting, {
    getRegisteredContentScripts: async () => [...registered.values()],
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] }) => {
      for (const id of ids) registered.delete(id);
    },
    registerContentScripts: async (scripts: Registered[]) => {
      for (const s of scripts) registered.set(s.id, s);
    },
    executeScript: async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId),
  });
  return { origins, registered, injected, request: b.permissions.request };
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('"Enable Rapport on this site" in the popup', () => {
  it('asks for this one site, registers the content script and starts it in the tab', async () => {
    const { registered, injected, request } = setUp('https://crm.example.com/deals/42', true);
    render(<EnableSite />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable Rapport on this site' }));
    expect((await screen.findByRole('status')).textContent).toContain('Rapport now runs on this site.');
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.example.com/*'] });
    expect(registered.get('rapport-web')?.matches).toEqual(['https://crm.example.com/*']);
    expect(injected).toEqual([7]);
    // And back off again.
    fireEvent.click(screen.getByRole('button', { name: 'Turn Rapport off on this site' }));
    expect(await screen.findByText('Rapport no longer runs on this site.')).toBeTruthy();
    expect(registered.size).toBe(0);
  });

  it('changes nothing when the user refuses', async () => {
    const { registered, injected } = setUp('https://outlook.office.com/mail/', false);
    render(<EnableSite />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable Rapport on this site' }));
    expect((await screen.findByRole('status')).textContent).toContain('The browser did not give permission');
    expect(registered.size).toBe(0);
    expect(injected).toEqual([]);
  });

  it('is not offered where Rapport always runs or cannot run', async () => {
    for (const url of ['https://mail.google.com/mail/u/0/', 'chrome://extensions/']) {
      setUp(url, true);
      const { container } = render(<EnableSite />);
      await new Promise((r) => setTimeout(r, 20));
      expect(container.textContent).toBe('');
      cleanup();
    }
  });
});
