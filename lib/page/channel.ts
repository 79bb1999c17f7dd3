import type { DetectedPage, SentEmail } from '../sites/types';

/** Between a content script and our pages. Tiny on purpose: it ships in every content script. */
export type ToContent =
  | { to: 'content'; ask: 'page' }
  | { to: 'content'; ask: 'health' }
  | { to: 'content'; ask: 'collapse'; collapsed: boolean };

export interface PageEvent {
  event: 'page';
  page: DetectedPage;
}

/** An email seen leaving a compose window; the sidebar of the same tab answers `true` once it has it. */
export interface SentEvent {
  event: 'sent';
  email: SentEmail;
}

/** What a content script answers to `ask: 'health'`: what it read, and how many elements each selector matched. */
export interface HealthReport {
  page: DetectedPage;
  selectors: Record<string, number>;
}

const ASKS = ['page', 'health', 'collapse'];

export function isToContent(message: unknown): message is ToContent {
  const m = message as Partial<ToContent> | null;
  if (typeof m !== 'object' || m === null || m.to !== 'content' || !ASKS.includes(m.ask ?? '')) return false;
  return m.ask !== 'collapse' || typeof (m as { collapsed?: unknown }).collapsed === 'boolean';
}

export function isPageEvent(message: unknown): message is PageEvent {
  const m = message as Partial<PageEvent> | null;
  return typeof m === 'object' && m !== null && m.event === 'page' && typeof m.page === 'object';
}

export function isSentEvent(message: unknown): message is SentEvent {
  const m = message as Partial<SentEvent> | null;
  return typeof m === 'object' && m !== null && m.event === 'sent' && typeof m.email === 'object';
}
