import { type FromSidebar, SIDEBAR_PORT, type ToSidebar } from '@/lib/protocol/sidebar-port';

/** Wait before connecting again after the background stopped (a service worker may stop at any time). */
const RECONNECT_MS = 250;

const listeners = new Set<(event: ToSidebar) => void>();
let port: ReturnType<typeof browser.runtime.connect> | undefined;
/** Set once the background welcomed us: only then is a lost line taken up again (never a refused one). */
let welcomed = false;
let refused = false;

/**
 * The sidebar's line to the background about its own tab (lib/protocol/sidebar-port.ts): the one way it learns
 * its tab, the page and the emails sent there, in every browser. Connects on first use; once connected (again)
 * it asks for the page, so a restarted background is caught up.
 */
function connect(): void {
  if (port || refused) return;
  const next = browser.runtime.connect({ name: SIDEBAR_PORT });
  port = next;
  next.onMessage.addListener((message: unknown) => {
    const event = message as ToSidebar;
    if (event.event === 'refused') refused = true;
    if (event.event === 'ready') welcomed = true;
    if (event.event === 'ready') next.postMessage({ ask: 'page' } satisfies FromSidebar);
    for (const listener of listeners) listener(event);
  });
  next.onDisconnect.addListener(() => {
    port = undefined;
    if (welcomed && !refused) setTimeout(connect, RECONNECT_MS);
  });
}

/** Follows what the background says about our tab; returns the way to stop. */
export function onTabEvent(listener: (event: ToSidebar) => void): () => void {
  listeners.add(listener);
  connect();
  return () => void listeners.delete(listener);
}

/** Asks the background, about our tab (dropped while it is not connected: `ready` asks for the page again). */
export function askTab(message: FromSidebar): void {
  connect();
  try {
    port?.postMessage(message);
  } catch {
    // Disconnected in the meantime; onDisconnect connects again.
  }
}
