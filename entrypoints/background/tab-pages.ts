import type { DetectedPage } from '@/lib/sites/types';

/**
 * The latest page each tab's content script reported (already parsed by its schema, from the top frame of that
 * tab: content-events.ts), so a sidebar that opens is told its page with its welcome instead of asking the tab.
 * Kept in memory only: a restarted background asks the tab again.
 */
const pages = new Map<number, DetectedPage>();

export function rememberPage(tabId: number, page: DetectedPage): void {
  pages.set(tabId, page);
}

export function forgetTab(tabId: number): void {
  pages.delete(tabId);
}

/** The page last reported by the tab, if it is of the address the tab shows now (else it is an older document's). */
export function reportedPage(tabId: number, tabUrl: string | undefined): DetectedPage | undefined {
  const page = pages.get(tabId);
  return page && tabUrl !== undefined && page.url === tabUrl ? page : undefined;
}

/** Whatever the tab reported last, to tell whether a report came in meanwhile. */
export const lastReport = (tabId: number): DetectedPage | undefined => pages.get(tabId);
