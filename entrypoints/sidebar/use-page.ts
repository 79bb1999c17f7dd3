import { useLayoutEffect, useState } from 'preact/hooks';
import { cardPeople } from '@/lib/pages/card-people';
import type { DetectedPage as Page } from '@/lib/sites/types';
import { ownAddressesSoFar, readOwnAddresses } from './own-addresses';
import { markPageArrived } from './perf';
import { askTab, onTabEvent } from './tab-port';
import { lookUpAhead } from './use-people';

export type PageState =
  | { status: 'loading' }
  | { status: 'disconnected' }
  | { status: 'ready'; tabId: number; page: Page };

/** How long a new page waits at most for its people's cards before it is drawn without them. */
const CARDS_WAIT_MS = 50;

let state: PageState = { status: 'loading' };
/** Pages and refusals so far: a page still waiting for its cards is not drawn once a newer event has come. */
let eventsSeen = 0;
/** A page is waiting for its cards. */
let waiting = false;
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
  /** Shows `next` unless a newer event came after the one it answers. */
  const showFor = (seen: number, next: PageState) => {
    if (seen !== eventsSeen) return;
    waiting = false;
    update(next);
  };
  onTabEvent((event) => {
    if (event.event === 'ready') tabId = event.tabId;
    else if (event.event === 'refused') showFor(++eventsSeen, { status: 'disconnected' });
    else if (event.event === 'page' && tabId !== undefined) {
      const { page } = event;
      // No content script answered in our tab: keep what is shown (or about to be), unless nothing is.
      if (!page) {
        if (state.status === 'loading' && !waiting) update({ status: 'disconnected' });
        return;
      }
      markPageArrived();
      const seen = ++eventsSeen;
      const ready = { status: 'ready', tabId, page } as const;
      const cards = lookUpAhead(cardPeople(page, ownAddressesSoFar()).everyone, page.account, event.cards);
      if (!cards) return showFor(seen, ready);
      // Drawn once, with its cards: not first as people not saved, then again a frame later.
      waiting = true;
      const show = () => showFor(seen, ready);
      Promise.race([cards, new Promise((resolve) => setTimeout(resolve, CARDS_WAIT_MS))]).then(show, show);
    }
  });
}

export function usePage(): PageState {
  const [current, setCurrent] = useState(state);
  // Before the first paint, not after it: a page that arrives meanwhile is drawn in the next frame, not the one after.
  useLayoutEffect(() => {
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
