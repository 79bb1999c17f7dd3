import { askPage } from '@/lib/pages/ask-page';
import { logRequestOf } from '@/lib/pages/log-request';
import type { VerbOutput } from '@/lib/protocol';
import type { LoggedEvent } from '@/lib/protocol/events';
import type { ToContent } from '@/lib/protocol/page-channel';
import type { Sender } from '@/lib/protocol/router';
import type { RpcRequest, RpcResponse } from '@/lib/protocol/wire';
import { sidebarCollapsedItem } from '@/lib/settings';
import { tellSidebars } from './sidebar-ports';

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

/** The background's router: a shortcut's request is parsed, sender-checked and answered as any page's. */
export type Route = (request: RpcRequest, sender: Sender) => Promise<RpcResponse>;

/** Answers the keyboard shortcuts. Registered at top level, like every other listener. */
export function registerCommands(route: Route): void {
  browser.commands.onCommand.addListener((command: string, tab?: Tab) => {
    runCommand(command, tab, route).catch(console.error);
  });
}

export function runCommand(command: string, tab: Tab | undefined, route: Route): Promise<void> {
  if (command === COMMANDS.openDashboard) return openDashboard();
  if (command === COMMANDS.toggleSidebar) return toggleSidebar(tab);
  if (command === COMMANDS.logPage) return logPage(route, tab);
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

/** The background asking itself: our extension, from our own origin, in no tab. */
function backgroundSender(): Sender {
  return { id: browser.runtime.id, url: browser.runtime.getURL('/background.js') };
}

/**
 * Logs the conversation open in the tab, as the sidebar's button does. What the content script
 * reports is parsed again here (the page can shape it), and the request again by the router.
 * The toolbar badge says how it went.
 */
async function logPage(route: Route, tab: Tab | undefined): Promise<void> {
  const page = tab?.id === undefined ? null : await askPage(tab.id).catch(() => null);
  if (page?.kind !== 'thread' || page.messages.length === 0) {
    await badge(tab, '–');
    return;
  }
  const request: RpcRequest = { rpc: 'interactions.logThread', input: logRequestOf(page) };
  const answer = await route(request, backgroundSender());
  if (!answer.ok) {
    await badge(tab, '–');
    if (answer.error.code === 'invalid-input') return;
    throw new Error(answer.error.message);
  }
  const result = answer.value as VerbOutput<'interactions.logThread'>;
  await badge(tab, result.interactionIds.length > 0 ? String(result.interactionIds.length) : '✓');
  // Open Rapport pages (the sidebar of that tab among them) can refresh what they show.
  const logged: LoggedEvent = { event: 'logged', interactionIds: result.interactionIds };
  browser.runtime.sendMessage(logged).catch(() => undefined);
  if (tab?.id !== undefined) tellSidebars(tab.id, { event: 'logged' });
}

async function badge(tab: Tab | undefined, text: string): Promise<void> {
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  await browser.action.setBadgeText({ tabId, text });
  setTimeout(() => browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined), BADGE_MS);
}
