import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PAGE_PORT } from '../protocol/events';
import type { HealthReport } from '../protocol/page-channel';
import type { DetectedPage, SiteId } from '../sites/types';
import { answerContent, type ContentState } from './answer-content';
import type { MountedSidebar } from './mount-sidebar';

/** Mutation bursts are read once they settle; the trailing read always publishes the final state. */
const SETTLE_MS = 150;
/**
 * After a navigation the site may still show the previous view for a moment (Gmail swaps the thread shortly
 * after the address changes). For this long, a reading that shows exactly the previous view is not published.
 */
const STALE_MS = 1000;
/** Early reads (while awaiting a new view) run at most once a frame: a site drawing itself mutates often. */
const EARLY_MS = 16;

/** What a page shows, its address aside: equal for the old view still on screen under a new address. */
const viewOf = (page: DetectedPage): string =>
  JSON.stringify([page.subject, page.people, page.messages, page.organisation]);

const namesSomeone = (page: DetectedPage): boolean => page.people.length > 0 || page.organisation !== undefined;

export interface WatchOptions {
  site: SiteId;
  detect: () => DetectedPage;
  sidebar: MountedSidebar;
  /** The site's selectors, counted for the dashboard's site-health check. */
  selectors: Record<string, string>;
  /** Called with every page that differs from the last one sent. */
  onPage?: (page: DetectedPage) => void;
}

/**
 * Re-reads the page when it changes (one observer, plus in-page navigation), tells our pages when what it found
 * changed, and answers them when they ask. A navigation is published as soon as the new view is on screen, and
 * every change again once it settles. Everything stops with `ctx`.
 */
export function watchPage(ctx: ContentScriptContext, options: WatchOptions): void {
  const { site, sidebar, selectors } = options;
  // A detector must never break the host page: a failure is reported like any unreadable part.
  const detect = (): DetectedPage => {
    try {
      return options.detect();
    } catch {
      const problems = [`${site}.detector-failed`];
      return { site, kind: 'none', url: location.href, account: null, people: [], messages: [], problems };
    }
  };
  let current = detect();
  let sent = '';
  let sentView = '';
  /** Set by a navigation until the new view has been read: the view shown before it. */
  let staleView: string | undefined;
  let staleUntil = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const send = (page: DetectedPage) => {
    const json = JSON.stringify(page);
    if (json === sent) return;
    sent = json;
    sentView = viewOf(page);
    options.onPage?.(page);
    if (!port) {
      port = browser.runtime.connect({ name: PAGE_PORT });
      port.onDisconnect.addListener(() => (port = undefined));
    }
    port.postMessage({ event: 'page', page });
  };
  /**
   * Reads the page and publishes it, unless a navigation is under way and the reading is not yet the new view:
   * the previous view still on screen waits (up to STALE_MS), and an early read that names nobody (an empty or
   * loading view) is left to the trailing read.
   */
  const read = (trailing: boolean) => {
    current = detect();
    if (staleView !== undefined) {
      if (viewOf(current) === staleView && Date.now() < staleUntil) {
        if (trailing) schedule();
        return;
      }
      if (!trailing && !namesSomeone(current)) return;
      staleView = undefined;
    }
    send(current);
  };
  /** Until the view differs from the one sent, or STALE_MS have passed, mutations are read at once. */
  const awaitNewView = () => {
    staleView = sentView;
    staleUntil = Date.now() + STALE_MS;
  };
  let lastEarly = Number.NEGATIVE_INFINITY;
  let earlyTimer: ReturnType<typeof setTimeout> | undefined;
  /** Reads now, or once the frame's early read is old enough: the last mutation of a burst is never skipped. */
  const readEarly = () => {
    if (staleView === undefined || !ctx.isValid || earlyTimer !== undefined) return;
    const wait = lastEarly + EARLY_MS - Date.now();
    if (wait > 0) {
      earlyTimer = setTimeout(() => {
        earlyTimer = undefined;
        readEarly();
      }, wait);
      return;
    }
    lastEarly = Date.now();
    read(false);
  };
  const settle = () => {
    timer = undefined;
    read(true);
  };
  function schedule() {
    if (timer === undefined && ctx.isValid) timer = setTimeout(settle, SETTLE_MS);
  }

  // While a new view is awaited, mutations are read at once (at most once a frame), so the new view is published
  // as soon as it is on screen; otherwise they only schedule the trailing read.
  const observer = new MutationObserver(() => {
    readEarly();
    schedule();
  });
  const observe = () =>
    observer.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  observe();
  // On navigation the old view's pending work is dropped and the observer starts afresh on the new view.
  const navigated = () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    observe();
    awaitNewView();
    schedule();
    // A microtask: WXT reports a pushState navigation before the address changes, within the site's own call.
    queueMicrotask(readEarly);
  };
  ctx.addEventListener(window, 'wxt:locationchange', navigated);
  ctx.addEventListener(window, 'hashchange', navigated);
  ctx.addEventListener(window, 'popstate', navigated);

  const health = (): HealthReport => {
    const counts: Record<string, number> = {};
    for (const [name, selector] of Object.entries(selectors)) {
      try {
        counts[name] = document.querySelectorAll(selector).length;
      } catch {
        counts[name] = -1;
      }
    }
    current = detect();
    return { page: current, selectors: counts };
  };

  const state: ContentState = {
    page: () => (current = detect()),
    health,
    setCollapsed: (collapsed) => sidebar.setCollapsed(collapsed),
  };
  const onMessage = (message: unknown, sender: { id?: string }, reply: (answer: unknown) => void) => {
    const answer = answerContent(message, sender, browser.runtime.id, state);
    if ('reply' in answer) reply(answer.reply);
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    port?.disconnect();
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (earlyTimer !== undefined) clearTimeout(earlyTimer);
    browser.runtime.onMessage.removeListener(onMessage);
  });
  send(current);
  // Started early (document_end), the script may find the site still drawing itself: read it as it appears.
  if (!namesSomeone(current)) awaitNewView();
}
