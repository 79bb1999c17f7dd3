import type { DetectedPage } from '../sites/types';

/** What our pages (and the background) ask a content script. Tiny on purpose: it ships in every content script. */
export type ToContent =
  | { to: 'content'; ask: 'page' }
  | { to: 'content'; ask: 'health' }
  | { to: 'content'; ask: 'collapse'; collapsed: boolean };

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
