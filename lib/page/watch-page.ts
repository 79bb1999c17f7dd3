import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedPage, SiteId } from '../sites/types';
import { type HealthReport, isToContent } from './channel';
import type { MountedSidebar } from './mount-sidebar';

const SETTLE_MS = 150;

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
 * Re-reads the page when it changes (one debounced observer, plus in-page navigation), tells our
 * pages when what it found changed, and answers them when they ask. Everything stops with `ctx`.
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
  let timer: ReturnType<typeof setTimeout> | undefined;

  const publish = () => {
    timer = undefined;
    current = detect();
    const json = JSON.stringify(current);
    if (json === sent) return;
    sent = json;
    options.onPage?.(current);
    browser.runtime.sendMessage({ event: 'page', page: current }).catch(() => undefined);
  };
  const schedule = () => {
    if (timer === undefined && ctx.isValid) timer = setTimeout(publish, SETTLE_MS);
  };

  const observer = new MutationObserver(schedule);
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
    schedule();
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

  const onMessage = (message: unknown, sender: { id?: string }, reply: (answer: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !isToContent(message)) return false;
    if (message.ask === 'page') {
      current = detect();
      reply(current);
    } else if (message.ask === 'health') reply(health());
    else {
      sidebar.setCollapsed(message.collapsed);
      reply(true);
    }
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    browser.runtime.onMessage.removeListener(onMessage);
  });
  publish();
}
