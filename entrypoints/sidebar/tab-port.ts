import { RpcError, rpc, type Verb, type VerbInput, type VerbOutput } from '@/lib/protocol/client';
import { type FromSidebar, SIDEBAR_PORT, type ToSidebar } from '@/lib/protocol/sidebar-port';
import type { RpcResponse } from '@/lib/protocol/wire';

/** Wait before connecting again after the background stopped (a service worker may stop at any time). */
const RECONNECT_MS = 250;

const listeners = new Set<(event: ToSidebar) => void>();
let port: ReturnType<typeof browser.runtime.connect> | undefined;
/** Set once the background welcomed us: only then is a lost line taken up again (never a refused one). */
let welcomed = false;
let refused = false;
/** Requests sent over the port, by id, until their answer arrives or the line is lost. */
const pending = new Map<number, (response: RpcResponse | undefined) => void>();
let nextId = 1;

/** No answer will come: the line was lost or refused (the request may be asked again). */
function dropPending(): void {
  for (const settle of pending.values()) settle(undefined);
  pending.clear();
}

/**
 * The sidebar's line to the background about its own tab (lib/protocol/sidebar-port.ts): the one way it learns
 * its tab, the page and the emails sent there, in every browser. Connects on first use; each welcome brings the
 * page, so a restarted background catches the sidebar up.
 */
function connect(): void {
  if (port || refused) return;
  const next = browser.runtime.connect({ name: SIDEBAR_PORT });
  port = next;
  next.onMessage.addListener((message: unknown) => {
    const event = message as ToSidebar;
    if (event.event === 'answer') {
      pending.get(event.id)?.(event.response);
      pending.delete(event.id);
      return;
    }
    if (event.event === 'refused') refused = true;
    if (event.event === 'ready') welcomed = true;
    for (const listener of listeners) listener(event);
  });
  next.onDisconnect.addListener(() => {
    port = undefined;
    dropPending();
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

/**
 * rpc() over the open port, for reads: the same request, parsed and sender-checked by the same router, without a
 * new runtime message each time (a port's round trip is about a third of a message's in Chromium; see
 * bench/README.md). A request whose line is lost before the answer is asked again as a message.
 */
export async function portRpc<V extends Verb>(verb: V, input: VerbInput<V>): Promise<VerbOutput<V>> {
  connect();
  const id = nextId++;
  const response = await new Promise<RpcResponse | undefined>((settle) => {
    pending.set(id, settle);
    try {
      if (!port) throw new Error('not connected');
      port.postMessage({ ask: 'rpc', id, request: { rpc: verb, input } } satisfies FromSidebar);
    } catch {
      pending.delete(id);
      settle(undefined);
    }
  });
  if (!response) return rpc(verb, input);
  if (!response.ok) throw new RpcError(response.error.code, response.error.message, response.error.reason);
  return response.value as VerbOutput<V>;
}
