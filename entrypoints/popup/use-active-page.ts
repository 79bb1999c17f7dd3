import { useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import type { ToContent } from '@/lib/protocol/page-channel';
import { DetectedPage } from '@/lib/schema/page';
import type { DetectedPage as Page } from '@/lib/sites/types';

/** What the content script of the active tab found, or null when that tab is not a supported page. */
export function useActivePage(): Page | null {
  const [page, setPage] = useState<Page | null>(null);
  useEffect(() => {
    const ask: ToContent = { to: 'content', ask: 'page' };
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => (tab?.id === undefined ? null : browser.tabs.sendMessage(tab.id, ask, { frameId: 0 })))
      .then((raw) => {
        const parsed = z.safeParse(DetectedPage, raw);
        setPage(parsed.success ? parsed.data : null);
      })
      .catch(() => setPage(null));
  }, []);
  return page;
}
