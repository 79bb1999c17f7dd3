import { useEffect, useState } from 'preact/hooks';
import type { DetectedPage as Page } from '@/lib/sites/types';
import { cardPeople } from './card-people';
import { ownAddressesSoFar, readOwnAddresses } from './own-addresses';
import { askTab, onTabEvent } from './tab-port';
import { lookUpAhead } from './use-people';

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
 * Asks the background what the content script of our own tab found, then follows its updates. Called before the
 * first render (and by usePage, once): the first card waits for this answer, not for the first paint. The
 * background says nothing of the page, and the sidebar shows nothing, inside a site the user has not turned on.
 */
export function watchOwnPage(): void {
  if (started) return;
  started = true;
  readOwnAddresses();
  let tabId: number | undefined;
  onTabEvent((event) => {
    if (event.event === 'ready') tabId = event.tabId;
    else if (event.event === 'refused') update({ status: 'disconnected' });
    else if (event.event === 'page' && tabId !== undefined) {
      // No content script answered in our tab: keep what is shown, unless nothing is yet.
      if (event.page) lookUpAhead(cardPeople(event.page, ownAddressesSoFar()).everyone, event.page.account);
      if (event.page) update({ status: 'ready', tabId, page: event.page });
      else if (state.status === 'loading') update({ status: 'disconnected' });
    }
  });
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

/** Shows or hides the sidebar's room in the page (the content script of our tab sets its width). */
export function setCollapsedInPage(collapsed: boolean): void {
  askTab({ ask: 'collapse', collapsed });
}
