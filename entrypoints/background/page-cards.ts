import type { Browser } from 'wxt/browser';
import { cardPeople, lookupInput } from '@/lib/pages/card-people';
import type { Sender } from '@/lib/protocol/router';
import type { PageCards, ToSidebar } from '@/lib/protocol/sidebar-port';
import type { RpcRequest, RpcResponse } from '@/lib/protocol/wire';
import type { DetectedPage } from '@/lib/sites/types';

type Route = (request: RpcRequest, sender: Sender) => Promise<RpcResponse>;

export interface PageEvents {
  /**
   * The page event for a sidebar, with its people's cards: looked up as the sidebar would ask for them (the same
   * people, the same request, routed with the sidebar's own sender), so it draws the page without a round trip of
   * its own. No cards when nobody on the page needs one, when the lookup failed (the sidebar then asks itself),
   * or, unless `always`, when they are the ones the tab was told last (a page that changed around the same people).
   */
  of(page: DetectedPage | null, sidebar: Browser.runtime.Port['sender'], always?: boolean): Promise<ToSidebar>;
  /** A closed tab: its last lookup is forgotten. */
  forget(tabId: number): void;
}

export function pageEvents(route: Route, ownAddresses: () => Promise<string[]>): PageEvents {
  const told = new Map<number, string>();
  return {
    async of(page, sidebar, always = false) {
      const tabId = sidebar?.tab?.id;
      if (!page || !sidebar || tabId === undefined) return { event: 'page', page };
      const people = cardPeople(page, await ownAddresses().catch(() => [])).everyone;
      const asked = lookupInput(people, page.account);
      const key = JSON.stringify(asked);
      if (!people.length || (!always && told.get(tabId) === key)) return { event: 'page', page };
      const response = await route({ rpc: 'contacts.lookup', input: asked }, sidebar).catch(() => undefined);
      if (!response?.ok) return { event: 'page', page };
      told.set(tabId, key);
      return { event: 'page', page, cards: { asked, found: response.value as PageCards['found'] } };
    },
    forget: (tabId) => void told.delete(tabId),
  };
}
