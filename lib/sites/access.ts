/**
 * Rapport on sites beyond Gmail and LinkedIn: an optional host permission per site, asked for when the
 * user turns a site on, and a content script registered at run time for every granted site. The granted
 * permissions are the single source of truth: registrations are rebuilt from them (sync) whenever they change.
 */
import type { Browser } from 'wxt/browser';

type Api = Pick<typeof browser, 'permissions' | 'scripting'>;

/** Built in: always on, never asked for, never registered at run time. */
export const BUILT_IN = ['https://mail.google.com/*', 'https://www.linkedin.com/*'];
export const OUTLOOK = [
  'https://outlook.office.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office365.com/*',
];

const SCRIPTS = {
  outlook: { id: 'rapport-outlook', js: ['/content-scripts/outlook.js'] },
  web: { id: 'rapport-web', js: ['/content-scripts/web.js'] },
} as const;
export type ScriptKind = keyof typeof SCRIPTS;

/** The host patterns that turning Rapport on at `url` asks for, or null where it cannot run or already does. */
export function patternsFor(url: string | undefined): string[] | null {
  let u: URL;
  try {
    u = new URL(url ?? '');
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol) || !u.hostname) return null;
  const pattern = `${u.protocol}//${u.hostname}/*`;
  if (OUTLOOK.includes(pattern)) return [...OUTLOOK];
  // Browser stores refuse extensions anyway; the built-in sites need nothing.
  if (BUILT_IN.includes(pattern) || /(^|\.)chromewebstore\.google\.com$|^addons\.mozilla\.org$/.test(u.hostname))
    return null;
  return [pattern];
}

export const scriptFor = (pattern: string): ScriptKind => (OUTLOOK.includes(pattern) ? 'outlook' : 'web');

/** The optional sites the user granted, as host patterns. */
export async function enabledPatterns(api: Api = browser): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  return origins.filter((o) => !BUILT_IN.includes(o) && /^https?:\/\/[^*/]+\/\*$/.test(o));
}

/** Makes the registered content scripts match the granted sites exactly. */
export async function syncRegistrations(api: Api = browser): Promise<Record<ScriptKind, string[]>> {
  const wanted: Record<ScriptKind, string[]> = { outlook: [], web: [] };
  for (const pattern of await enabledPatterns(api)) wanted[scriptFor(pattern)].push(pattern);
  const ids = Object.values(SCRIPTS).map((s) => s.id);
  const scripts: Browser.scripting.RegisteredContentScript[] = (Object.keys(SCRIPTS) as ScriptKind[])
    .filter((kind) => wanted[kind].length)
    .map((kind) => ({ ...SCRIPTS[kind], js: [...SCRIPTS[kind].js], matches: wanted[kind], runAt: 'document_idle' }));
  // The popup and the background may sync at the same moment: whoever finds the wanted state already there is done.
  const done = async () => {
    const now = await api.scripting.getRegisteredContentScripts({ ids });
    return (
      now.length === scripts.length &&
      scripts.every((s) => now.some((n) => n.id === s.id && n.matches?.join() === s.matches?.join()))
    );
  };
  const registered = await api.scripting.getRegisteredContentScripts({ ids });
  if (registered.length) {
    await api.scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) }).catch(() => undefined);
  }
  if (!scripts.length) return wanted;
  const register = (persistAcrossSessions: boolean) =>
    api.scripting.registerContentScripts(scripts.map((s) => ({ ...s, persistAcrossSessions })));
  try {
    await register(true);
  } catch (error) {
    if (await done()) return wanted;
    // Browsers that cannot persist registrations: the background re-syncs at every start.
    await register(false).catch(async () => {
      if (!(await done())) throw error;
    });
  }
  return wanted;
}

/**
 * Turns Rapport on for the site at `url`: asks for its permission (call it straight from a click: the
 * browser only shows the prompt for a user gesture), registers the content script and, when given the
 * tab, runs it there at once. False when the user said no or the site cannot be enabled.
 */
export async function enableSite(url: string | undefined, tabId?: number, api: Api = browser): Promise<boolean> {
  const origins = patternsFor(url);
  if (!origins || !(await api.permissions.request({ origins }))) return false;
  await syncRegistrations(api);
  if (tabId !== undefined) {
    const files = [...SCRIPTS[scriptFor(origins[0] ?? '')].js];
    await api.scripting.executeScript({ target: { tabId }, files }).catch(() => undefined);
  }
  return true;
}

/** Turns a site off: its registration and its permission go. */
export async function disableSite(patterns: string[], api: Api = browser): Promise<void> {
  const origins = patterns.flatMap((p) => (OUTLOOK.includes(p) ? OUTLOOK : [p]));
  await api.permissions.remove({ origins });
  await syncRegistrations(api);
}

/** Keeps registrations in step with permissions granted or removed anywhere (also the browser's own UI). */
export function keepRegistrationsInSync(api: Pick<typeof browser, 'permissions' | 'scripting' | 'runtime'> = browser) {
  const sync = () => void syncRegistrations(api).catch(() => undefined);
  try {
    api.permissions.onAdded.addListener(sync);
    api.permissions.onRemoved.addListener(sync);
    api.runtime.onStartup.addListener(sync);
    api.runtime.onInstalled.addListener(sync);
  } catch {
    // Not available here (tests, or a browser without optional permissions).
  }
}
