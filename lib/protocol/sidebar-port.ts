import type { DetectedPage, SentEmail } from '../sites/types';
import type { SyncedEvent } from './events';
import type { VerbInput, VerbOutput } from './index';
import { isRpcRequest, type RpcRequest, type RpcResponse } from './wire';

/**
 * The sidebar's one line to the background, a runtime port named SIDEBAR_PORT. It is the same in every browser:
 * Firefox gives an extension page framed in a site neither `tabs` nor `permissions`, and does not deliver a
 * content script's runtime messages to it, so the background (which knows the port's tab) speaks for it.
 */
export const SIDEBAR_PORT = 'sidebar';

/**
 * What the sidebar asks the background about its own tab, and its requests (the verbs of lib/protocol, routed,
 * parsed and sender-checked as a runtime message's): over the open port a request needs no new channel.
 */
export type FromSidebar = { ask: 'collapse'; collapsed: boolean } | { ask: 'rpc'; id: number; request: RpcRequest };

/** What the background tells the sidebar of one tab. */
export type ToSidebar =
  /**
   * The embedding site is one the user turned on; the tab is this one. Nothing else comes before it, and its page
   * follows at once (after each welcome: a line taken up again is caught up too).
   */
  | { event: 'ready'; tabId: number }
  /** The embedding site is not one Rapport runs on: the sidebar shows nothing. */
  | { event: 'refused' }
  /**
   * The page the tab's content script reads (null: no content script answers there), with the cards of its
   * people when the background looked them up on its way (lib/pages/card-people.ts): the sidebar then draws the
   * page at once instead of asking for them.
   */
  | { event: 'page'; page: DetectedPage | null; cards?: PageCards }
  | { event: 'sent'; email: SentEmail }
  /** The background logged this tab's page from a keyboard shortcut. */
  | { event: 'logged' }
  /** The answer to the sidebar's request `id`. */
  | { event: 'answer'; id: number; response: RpcResponse }
  /** Changes from the team arrived (to every open sidebar). */
  | SyncedEvent;

/** A lookup the background made for the sidebar: what it asked, and the answer. */
export interface PageCards {
  asked: VerbInput<'contacts.lookup'>;
  found: VerbOutput<'contacts.lookup'>;
}

export function isFromSidebar(message: unknown): message is FromSidebar {
  const m = message as Partial<{ ask: unknown; collapsed: unknown; id: unknown; request: unknown }> | null;
  if (typeof m !== 'object' || m === null) return false;
  if (m.ask === 'rpc') return Number.isSafeInteger(m.id) && isRpcRequest(m.request);
  return m.ask === 'collapse' && typeof m.collapsed === 'boolean';
}
