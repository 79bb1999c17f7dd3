import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedPage } from '../sites/types';
import { isToContent } from './channel';
import type { MountedSidebar } from './mount-sidebar';

const SETTLE_MS = 150;

/**
 * Re-reads the page when it changes (one debounced observer, plus in-page navigation), tells our
 * pages when what it found changed, and answers them when they ask. Everything stops with `ctx`.
 */
export function watchPage(ctx: ContentScriptContext, detect: () => DetectedPage, sidebar: MountedSidebar): void {
  let current = detect();
  let sent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const publish = () => {
    timer = undefined;
    current = detect();
    const json = JSON.stringify(current);
    if (json === sent) return;
    sent = json;
    browser.runtime.sendMessage({ event: 'page', page: current }).catch(() => undefined);
  };
  const schedule = () => {
    if (timer === undefined && ctx.isValid) timer = setTimeout(publish, SETTLE_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'hashchange', schedule);

  const onMessage = (message: unknown, sender: { id?: string }, reply: (answer: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !isToContent(message)) return false;
    if (message.ask === 'page') reply((current = detect()));
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
