import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  disableSite,
  enabledPatterns,
  enableSite,
  keepRegistrationsInSync,
  OUTLOOK,
  patternsFor,
  syncRegistrations,
} from './access';

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  persistAcrossSessions?: boolean;
}

/** The permissions and scripting APIs as the browser keeps them, with the user's answer to the prompt. */
function fakeApi(answer = true, granted = ['https://mail.google.com/*', 'https://www.linkedin.com/*']) {
  const origins = new Set(granted);
  const registered = new Map<string, Registered>();
  const injected: { tabId: number; files: string[] }[] = [];
  const listeners: (() => void)[] = [];
  const event = { addListener: (l: () => void) => void listeners.push(l) };
  const api = {
    permissions: {
      getAll: async () => ({ origins: [...origins], permissions: [] }),
      request: vi.fn(async ({ origins: asked = [] }: { origins?: string[] }) => {
        if (answer) for (const o of asked) origins.add(o);
        if (answer) for (const l of listeners) l();
        return answer;
      }),
      remove: async ({ origins: gone = [] }: { origins?: string[] }) => {
        for (const o of gone) origins.delete(o);
        return true;
      },
      onAdded: event,
      onRemoved: event,
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
        [...registered.values()].filter((s) => !ids || ids.includes(s.id)),
      unregisterContentScripts: async ({ ids = [] }: { ids?: string[] } = {}) => {
        for (const id of ids) registered.delete(id);
      },
      registerContentScripts: async (scripts: Registered[]) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s);
        }
      },
      executeScript: async ({ target, files = [] }: { target: { tabId: number }; files?: string[] }) => {
        injected.push({ tabId: target.tabId, files });
        return [];
      },
    },
    runtime: { onStartup: event, onInstalled: event },
  };
  return { api: api as unknown as typeof browser, origins, registered, injected, listeners };
}

describe('which sites can be turned on', () => {
  it.each([
    ['https://crm.example.com/deals/42?x=1', ['https://crm.example.com/*']],
    ['http://intranet.local:8080/people', ['http://intranet.local/*']],
    ['https://outlook.live.com/mail/0/', OUTLOOK],
  ])('%s asks for %j', (url, patterns) => {
    expect(patternsFor(url)).toEqual(patterns);
  });
  it.each([
    'https://mail.google.com/mail/u/0/',
    'https://www.linkedin.com/in/x/',
    'chrome://extensions/',
    'file:///home/me/a.html',
    'https://chromewebstore.google.com/detail/x',
    'about:blank',
    undefined,
  ])('%s cannot be (or needs not be) turned on', (url) => {
    expect(patternsFor(url)).toBeNull();
  });
});

describe('turning a site on and off', () => {
  it('asks for the permission, registers the generic script and runs it in the tab at once', async () => {
    const { api, registered, injected } = fakeApi();
    expect(await enableSite('https://crm.example.com/deals/42', 7, api)).toBe(true);
    expect(api.permissions.request).toHaveBeenCalledWith({ origins: ['https://crm.example.com/*'] });
    expect([...registered.values()]).toEqual([
      {
        id: 'rapport-web',
        js: ['/content-scripts/web.js'],
        matches: ['https://crm.example.com/*'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(injected).toEqual([{ tabId: 7, files: ['/content-scripts/web.js'] }]);
  });

  it('Outlook gets its own reading-pane script, for all its hosts', async () => {
    const { api, registered } = fakeApi();
    await enableSite('https://crm.example.com/', undefined, api);
    await enableSite('https://outlook.office.com/mail/', undefined, api);
    expect(registered.get('rapport-outlook')).toMatchObject({ js: ['/content-scripts/outlook.js'], matches: OUTLOOK });
    expect(registered.get('rapport-web')?.matches).toEqual(['https://crm.example.com/*']);
    expect(await enabledPatterns(api)).toEqual(['https://crm.example.com/*', ...OUTLOOK]);
  });

  it('registers nothing when the user says no', async () => {
    const { api, registered, injected } = fakeApi(false);
    expect(await enableSite('https://crm.example.com/', 7, api)).toBe(false);
    expect(registered.size).toBe(0);
    expect(injected).toEqual([]);
  });

  it('turning off removes the registration and the permission; other sites stay on', async () => {
    const { api, registered, origins } = fakeApi();
    await enableSite('https://a.example/', undefined, api);
    await enableSite('https://b.example/', undefined, api);
    await enableSite('https://outlook.live.com/', undefined, api);
    await disableSite(['https://a.example/*'], api);
    expect(registered.get('rapport-web')?.matches).toEqual(['https://b.example/*']);
    expect(origins.has('https://a.example/*')).toBe(false);
    await disableSite(['https://outlook.live.com/*'], api);
    await disableSite(['https://b.example/*'], api);
    expect(registered.size).toBe(0);
    expect([...origins]).toEqual(['https://mail.google.com/*', 'https://www.linkedin.com/*']);
  });

  it('falls back to session registrations where they cannot persist', async () => {
    const { api, registered } = fakeApi(true, ['https://a.example/*']);
    const register = api.scripting.registerContentScripts;
    api.scripting.registerContentScripts = async (scripts) => {
      if (scripts.some((s) => s.persistAcrossSessions)) throw new Error('persistAcrossSessions is not supported');
      return register(scripts);
    };
    await syncRegistrations(api);
    expect(registered.get('rapport-web')).toMatchObject({ persistAcrossSessions: false });
  });

  it('follows permissions granted or removed elsewhere, and survives a missing API', async () => {
    const { api, registered, listeners, origins } = fakeApi();
    keepRegistrationsInSync(api);
    expect(listeners).toHaveLength(4);
    origins.add('https://c.example/*');
    for (const l of listeners) l();
    await vi.waitFor(() => expect(registered.get('rapport-web')?.matches).toEqual(['https://c.example/*']));
    // fakeBrowser does not implement optional permissions: registering must not throw.
    expect(() => keepRegistrationsInSync(fakeBrowser as unknown as typeof browser)).not.toThrow();
  });
});

describe('two pages syncing at once', () => {
  it('end with one registration, without an error', async () => {
    const { api, registered } = fakeApi(true, ['https://a.example/*']);
    await Promise.all([syncRegistrations(api), syncRegistrations(api), syncRegistrations(api)]);
    expect([...registered.values()].map((s) => [s.id, s.matches])).toEqual([['rapport-web', ['https://a.example/*']]]);
  });
});
