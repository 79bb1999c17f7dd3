import { useEffect, useState } from 'preact/hooks';
import { askPage } from '@/lib/pages/ask-page';
import type { ToContent } from '@/lib/protocol/page-channel';
import type { DetectedPage as Page } from '@/lib/sites/types';
import { pageListener } from './message-guards';

export type PageState =
  | { status: 'loading' }
  | { status: 'disconnected' }
  | { status: 'ready'; tabId: number; page: Page };

let state: PageState = { status: 'loading' };
let started = false;
const subscribers = new Set<(next: PageState) => void>();

const update = (next: PageState) => {
  state = next;
  for (const subscriber of subscribers) subscriber(next);
};

/**
 * Asks the content script of our own tab what it found, then follows its updates. Called before the first
 * render (and by usePage, once): the first card waits for this answer, not for the first paint.
 */
export function watchOwnPage(): void {
  if (started) return;
  started = true;
  let tabId: number | undefined;
  const accept = (page: Page | null) => {
    if (page && tabId !== undefined) update({ status: 'ready', tabId, page });
  };
  browser.runtime.onMessage.addListener(
    pageListener(
      () => ({ extensionId: browser.runtime.id, tabId }),
      (page) => tabId !== undefined && update({ status: 'ready', tabId, page }),
    ),
  );
  // Both at once: nothing is asked of the tab, and nothing it says is shown, until the site is known to be allowed.
  Promise.all([embeddedByAllowedSite(), browser.tabs.getCurrent()])
    .then(([allowed, tab]) => {
      if (!allowed) throw new Error('not a site the user turned on');
      tabId = tab?.id;
      if (tabId === undefined) throw new Error('no tab');
      return askPage(tabId);
    })
    .then(accept)
    .catch(() => update({ status: 'disconnected' }));
}

export function usePage(): PageState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    watchOwnPage();
    subscribers.add(setCurrent);
    setCurrent(state);
    return () => void subscribers.delete(setCurrent);
  }, []);
  return current;
}

export function tellContent(tabId: number, message: ToContent): void {
  browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
}

/**
 * Whether the page this sidebar is framed in is a site Rapport runs on. The sidebar must be web-accessible to
 * every site the user may turn on, so any page could frame it: it only shows anything for Gmail, LinkedIn and
 * the sites the user granted. (Browsers without location.ancestorOrigins rely on the content-script check.)
 */
async function embeddedByAllowedSite(): Promise<boolean> {
  const origin = location.ancestorOrigins?.[0];
  if (!origin) return true;
  if (!/^https?:/.test(origin)) return false;
  return browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false);
}
