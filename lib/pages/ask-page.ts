import * as z from 'zod/mini';
import type { ToContent } from '@/lib/protocol/page-channel';
import { DetectedPage } from '@/lib/schema/page';
import type { DetectedPage as Page } from '@/lib/sites/types';

/**
 * Asks the content script in the top frame of a tab what is on its page. The answer is parsed again here,
 * because the page can shape it: null when it is not a valid page. Rejects when no content script answers
 * (a tab Rapport does not run on).
 */
export async function askPage(tabId: number): Promise<Page | null> {
  const ask: ToContent = { to: 'content', ask: 'page' };
  const answer: unknown = await browser.tabs.sendMessage(tabId, ask, { frameId: 0 });
  const parsed = z.safeParse(DetectedPage, answer);
  return parsed.success ? parsed.data : null;
}
