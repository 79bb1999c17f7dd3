import { useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { isPageEvent, type ToContent } from '@/lib/page/channel';
import { DetectedPage } from '@/lib/schema/page';
import type { DetectedPage as Page } from '@/lib/sites/types';

export type PageState =
  | { status: 'loading' }
  | { status: 'disconnected' }
  | { status: 'ready'; tabId: number; page: Page };

/** Asks the content script of our own tab what it found, then follows its updates. */
export function usePage(): PageState {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  useEffect(() => {
    let tabId: number | undefined;
    const accept = (raw: unknown) => {
      const parsed = z.safeParse(DetectedPage, raw);
      if (parsed.success && tabId !== undefined) setState({ status: 'ready', tabId, page: parsed.data });
    };
    const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => {
      if (
        sender.id === browser.runtime.id &&
        sender.tab?.id === tabId &&
        sender.frameId === 0 &&
        isPageEvent(message)
      ) {
        accept(message.page);
      }
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    embeddedByAllowedSite()
      .then((allowed) => {
        if (!allowed) throw new Error('not a site the user turned on');
        return browser.tabs.getCurrent();
      })
      .then((tab) => {
        tabId = tab?.id;
        if (tabId === undefined) throw new Error('no tab');
        const ask: ToContent = { to: 'content', ask: 'page' };
        return browser.tabs.sendMessage(tabId, ask, { frameId: 0 });
      })
      .then(accept)
      .catch(() => setState({ status: 'disconnected' }));
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  return state;
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
