import * as z from 'zod/mini';
import { verbs } from '@/lib/messaging/verbs';
import type { ToContent } from '@/lib/page/channel';
import { logRequestOf } from '@/lib/page/log-request';
import { askPage } from '@/lib/pages/ask-page';
import { sidebarCollapsedItem } from '@/lib/settings';
import type { BackgroundHandlers } from './handlers';

/** The keyboard shortcuts declared under `commands` in wxt.config.ts. */
export const COMMANDS = {
  toggleSidebar: 'toggle-sidebar',
  logPage: 'log-page',
  openDashboard: 'open-dashboard',
} as const;

const BADGE_MS = 4000;

interface Tab {
  id?: number;
}

type LogHandler = Pick<BackgroundHandlers, 'thread.log'>;

/** Answers the keyboard shortcuts. Registered at top level, like every other listener. */
export function registerCommands(handlers: LogHandler): void {
  browser.commands.onCommand.addListener((command: string, tab?: Tab) => {
    runCommand(command, tab, handlers).catch(console.error);
  });
}

export function runCommand(command: string, tab: Tab | undefined, handlers: LogHandler): Promise<void> {
  if (command === COMMANDS.openDashboard) return openDashboard();
  if (command === COMMANDS.toggleSidebar) return toggleSidebar(tab);
  if (command === COMMANDS.logPage) return logPage(handlers, tab);
  return Promise.resolve();
}

async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}

/** The top frame's content script, or nothing on a page Rapport does not run on. */
function tellContent(tab: Tab | undefined, message: ToContent): Promise<unknown> {
  if (tab?.id === undefined) return Promise.resolve(undefined);
  return browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
}

async function toggleSidebar(tab: Tab | undefined): Promise<void> {
  const collapsed = !(await sidebarCollapsedItem.getValue());
  await sidebarCollapsedItem.setValue(collapsed);
  await tellContent(tab, { to: 'content', ask: 'collapse', collapsed });
}

/**
 * Logs the conversation open in the tab, as the sidebar's button does. What the content script
 * reports is parsed again here: the page can shape it. The toolbar badge says how it went.
 */
async function logPage(handlers: LogHandler, tab: Tab | undefined): Promise<void> {
  const page = tab?.id === undefined ? null : await askPage(tab.id).catch(() => null);
  if (page?.kind !== 'thread' || page.messages.length === 0) {
    await badge(tab, '–');
    return;
  }
  const request = z.safeParse(verbs['thread.log'].input, logRequestOf(page));
  if (!request.success) {
    await badge(tab, '–');
    return;
  }
  const result = await handlers['thread.log'](request.data);
  await badge(tab, result.interactionIds.length > 0 ? String(result.interactionIds.length) : '✓');
  // Open Rapport pages (the sidebar of that tab among them) can refresh what they show.
  browser.runtime.sendMessage({ event: 'logged', interactionIds: result.interactionIds }).catch(() => undefined);
}

async function badge(tab: Tab | undefined, text: string): Promise<void> {
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  await browser.action.setBadgeText({ tabId, text });
  setTimeout(() => browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined), BADGE_MS);
}
