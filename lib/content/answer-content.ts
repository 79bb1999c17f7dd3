import { type HealthReport, isToContent } from '../protocol/page-channel';
import type { DetectedPage } from '../sites/types';

/** What answering needs from the content script: reading the page now, and the sidebar's width. */
export interface ContentState {
  page(): DetectedPage;
  health(): HealthReport;
  setCollapsed(collapsed: boolean): void;
}

/** An answer to send back, or why the message was refused (then nothing is answered and nothing changes). */
export type ContentAnswer = { reply: unknown } | { refused: 'foreign-sender' | 'not-for-content' };

/** Answers our own pages' `{ to: 'content' }` messages; anything else, from anyone else, is refused. */
export function answerContent(
  message: unknown,
  sender: unknown,
  extensionId: string,
  state: ContentState,
): ContentAnswer {
  if ((sender as { id?: unknown } | null)?.id !== extensionId) return { refused: 'foreign-sender' };
  if (!isToContent(message)) return { refused: 'not-for-content' };
  if (message.ask === 'page') return { reply: state.page() };
  if (message.ask === 'health') return { reply: state.health() };
  state.setCollapsed(message.collapsed);
  return { reply: true };
}
