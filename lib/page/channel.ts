import type { DetectedPage } from '../sites/types';

/** Between a content script and our pages. Tiny on purpose: it ships in every content script. */
export type ToContent = { to: 'content'; ask: 'page' } | { to: 'content'; ask: 'collapse'; collapsed: boolean };

export interface PageEvent {
  event: 'page';
  page: DetectedPage;
}

export function isToContent(message: unknown): message is ToContent {
  const m = message as Partial<ToContent> | null;
  return typeof m === 'object' && m !== null && m.to === 'content' && (m.ask === 'page' || m.ask === 'collapse');
}

export function isPageEvent(message: unknown): message is PageEvent {
  const m = message as Partial<PageEvent> | null;
  return typeof m === 'object' && m !== null && m.event === 'page' && typeof m.page === 'object';
}
