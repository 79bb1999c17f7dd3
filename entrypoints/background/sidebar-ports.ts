import type { Browser } from 'wxt/browser';
import { askPage } from '@/lib/pages/ask-page';
import { PAGE_PORT } from '@/lib/protocol/events';
import type { ToContent } from '@/lib/protocol/page-channel';
import type { Sender } from '@/lib/protocol/router';
import { type FromSidebar, isFromSidebar, SIDEBAR_PORT, type ToSidebar } from '@/lib/protocol/sidebar-port';
import type { RpcRequest, RpcResponse } from '@/lib/protocol/wire';
import type { DetectedPage } from '@/lib/sites/types';
import { contentEventListener, type Deliver } from './content-events';
import { grantedHosts } from './granted-hosts';
import { type PageEvents, pageEvents } from './page-cards';
import { forgetTab, lastReport, rememberPage, reportedPage } from './tab-pages';

type Port = Browser.runtime.Port;
/** The background's router (lib/protocol/router.ts): parses, checks the sender, runs the handler. */
export type Route = (request: RpcRequest, sender: Sender) => Promise<RpcResponse>;

/**
 * How long a sidebar whose tab has no page to tell yet waits for its content script's first report before it is
 * told there is none: the frame may be loaded and connected before the script has read the page.
 */
const FIRST_REPORT_WAIT_MS = 1500;

/** The open sidebars, by the tab they are framed in. */
const sidebars = new Map<number, Set<Port>>();

/** Tells the sidebars of one tab; false when none is open there. */
export function tellSidebars(tabId: number, event: ToSidebar): boolean {
  const ports = sidebars.get(tabId);
  for (const port of ports ?? []) {
    try {
      port.postMessage(event);
    } catch {
      // Closed in the meantime: its onDisconnect removes it.
    }
  }
  return (ports?.size ?? 0) > 0;
}

/**
 * Whether a port is our sidebar page, and the tab it is framed in. A content script (its url is the site's) or a
 * page of another extension is not. Only scheme and path are compared: the sidebar's host is made up per session
 * where it is web-accessible with a dynamic address.
 */
export function sidebarTabOf(sender: Port['sender'], extensionId: string, ourScheme: string): number | undefined {
  if (sender?.id !== extensionId || !URL.canParse(sender.url ?? '')) return undefined;
  const url = new URL(sender.url ?? '');
  if (url.protocol !== ourScheme || url.pathname !== '/sidebar.html') return undefined;
  return typeof sender.tab?.id === 'number' ? sender.tab.id : undefined;
}

/**
 * Whether the site around the sidebar is one the user turned on: its origin is among our granted hosts. The
 * browser gives us the tab's address only where we have host access, so no address means no.
 */
export async function allowedSite(tabUrl: string | undefined, contains: (origin: string) => Promise<boolean>) {
  if (!tabUrl) return false;
  let origin: string;
  try {
    origin = new URL(tabUrl).origin;
  } catch {
    return false;
  }
  if (!/^https?:/.test(origin)) return false;
  return contains(`${origin}/*`).catch(() => false);
}

/**
 * Answers one sidebar's asks about its own tab, always of the content script in the tab's top frame, and its
 * requests through the router, with the port's sender: checked exactly as the same request sent as a message.
 */
async function answer(port: Port, tabId: number, message: FromSidebar, route: Route): Promise<void> {
  if (message.ask === 'rpc') {
    const response = await route(message.request, port.sender ?? {});
    port.postMessage({ event: 'answer', id: message.id, response } satisfies ToSidebar);
    return;
  }
  const collapse: ToContent = { to: 'content', ask: 'collapse', collapsed: message.collapsed };
  await browser.tabs.sendMessage(tabId, collapse, { frameId: 0 }).catch(() => undefined);
}

/** Each tab's pages, told in the order they were reported: a page waits for its cards, and for the page before. */
const turns = new Map<number, Promise<void>>();

function inTurn(tabId: number, tell: () => Promise<void>): void {
  const turn = (turns.get(tabId) ?? Promise.resolve()).then(tell).catch(console.error);
  turns.set(tabId, turn);
  turn.then(() => turns.get(tabId) === turn && turns.delete(tabId));
}

/**
 * Tells a sidebar just welcomed its page: the one its tab reported last if it is of the tab's address, else the
 * tab's answer asked for when the port opened. Reports that arrive from now on reach the sidebar by themselves
 * (tellSidebars), so an answer older than one of them is dropped, and "no page" is told only once the content
 * script had time to report.
 */
async function tellFirstPage(
  port: Port,
  tabId: number,
  tabUrl: string | undefined,
  asked: Promise<DetectedPage | null>,
  events: PageEvents,
) {
  const before = lastReport(tabId);
  const reported = reportedPage(tabId, tabUrl);
  const page = reported ?? (await asked);
  if (!reported) {
    if (lastReport(tabId) !== before) return;
    if (!page) await new Promise((resolve) => setTimeout(resolve, FIRST_REPORT_WAIT_MS));
  }
  inTurn(tabId, async () => {
    if (lastReport(tabId) !== before) return;
    const event = await events.of(page, port.sender, true);
    try {
      port.postMessage(event);
    } catch {
      // Closed in the meantime.
    }
  });
}

/**
 * The background's side of the sidebar's port (lib/protocol/sidebar-port.ts), in every browser: checks who
 * connects and where, answers its asks, and forwards its tab's page changes and sent emails to it.
 */
export function serveSidebars(route: Route, ownAddresses: () => Promise<string[]>): void {
  const extensionId = browser.runtime.id;
  const ourScheme = new URL(browser.runtime.getURL('/')).protocol;
  const contains = grantedHosts();
  const events = pageEvents(route, ownAddresses);
  const deliver: Deliver = (tabId, event) => {
    if (event.event !== 'page' || !event.page) return tellSidebars(tabId, event);
    const { page } = event;
    rememberPage(tabId, page);
    const [sidebar] = sidebars.get(tabId) ?? [];
    if (!sidebar) return false;
    // A page reported after this one is told instead: the sidebar shows the latest page only.
    inTurn(tabId, async () => {
      if (lastReport(tabId) === page) tellSidebars(tabId, await events.of(page, sidebar.sender));
    });
    return true;
  };
  const fromContent = contentEventListener(extensionId, deliver);
  browser.runtime.onConnect.addListener((port) => {
    // A content script's pages: each checked and parsed as its runtime messages are.
    if (port.name === PAGE_PORT) {
      port.onMessage.addListener((message: unknown) => fromContent(message, port.sender, () => undefined));
      return;
    }
    if (port.name !== SIDEBAR_PORT) return;
    const tabId = sidebarTabOf(port.sender, extensionId, ourScheme);
    if (tabId === undefined) {
      port.disconnect();
      return;
    }
    const tabUrl = port.sender?.tab?.url;
    const allowed = allowedSite(tabUrl, contains);
    // Asked at once, while the site is checked (the answer goes nowhere unless the site is turned on).
    const asked = reportedPage(tabId, tabUrl) ? Promise.resolve(null) : askPage(tabId).catch(() => null);
    // Asks that arrive before the verdict wait for it; none is answered for a site the user has not turned on.
    port.onMessage.addListener((message: unknown) => {
      if (!isFromSidebar(message)) return;
      allowed.then((ok) => (ok ? answer(port, tabId, message, route) : undefined)).catch(console.error);
    });
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
      const ports = sidebars.get(tabId);
      ports?.delete(port);
      if (ports && !ports.size) sidebars.delete(tabId);
    });
    allowed
      .then((ok) => {
        if (!open) return;
        if (!ok) {
          port.postMessage({ event: 'refused' } satisfies ToSidebar);
          port.disconnect();
          return;
        }
        sidebars.set(tabId, (sidebars.get(tabId) ?? new Set<Port>()).add(port));
        port.postMessage({ event: 'ready', tabId } satisfies ToSidebar);
        return tellFirstPage(port, tabId, tabUrl, asked, events);
      })
      .catch(console.error);
  });
  browser.runtime.onMessage.addListener(fromContent);
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    events.forget(tabId);
  });
}
