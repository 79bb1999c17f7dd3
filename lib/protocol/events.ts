import type { DetectedPage, SentEmail } from '../sites/types';

/**
 * What is broadcast to our open pages, unasked. Tiny on purpose: content scripts send the first two.
 * The guards check the shape only; receivers check the sender and parse the payload by its schema.
 */

/**
 * The port a content script reports its pages on. A port's message is sent at once; a runtime message first
 * opens a channel, which waits for the host page's thread, busy drawing the view that was just swapped in.
 */
export const PAGE_PORT = 'rapport-page';

/** A content script reporting the page it reads. */
export interface PageEvent {
  event: 'page';
  page: DetectedPage;
}

/** An email seen leaving a compose window; the sidebar of the same tab answers `true` once it has it. */
export interface SentEvent {
  event: 'sent';
  email: SentEmail;
}

/** The background logged a page from a keyboard shortcut: open pages may refresh what they show. */
export interface LoggedEvent {
  event: 'logged';
  interactionIds: string[];
}

/** Changes from the team arrived: open pages may refresh what they show. */
export interface SyncedEvent {
  event: 'synced';
  /** When the round that brought them ended: the same event may reach a page twice. */
  at: number;
}

export function isPageEvent(message: unknown): message is PageEvent {
  const m = message as Partial<PageEvent> | null;
  return typeof m === 'object' && m !== null && m.event === 'page' && typeof m.page === 'object';
}

export function isSentEvent(message: unknown): message is SentEvent {
  const m = message as Partial<SentEvent> | null;
  return typeof m === 'object' && m !== null && m.event === 'sent' && typeof m.email === 'object';
}

export function isLoggedEvent(message: unknown): message is LoggedEvent {
  const m = message as Partial<LoggedEvent> | null;
  return typeof m === 'object' && m !== null && m.event === 'logged';
}

export function isSyncedEvent(message: unknown): message is SyncedEvent {
  const m = message as Partial<SyncedEvent> | null;
  return typeof m === 'object' && m !== null && m.event === 'synced' && typeof m.at === 'number';
}
