import { useEffect, useState } from 'preact/hooks';
import { askPage } from '@/lib/pages/ask-page';
import type { DetectedPage as Page } from '@/lib/sites/types';

/** What the content script of the active tab found, or null when that tab is not a supported page. */
export function useActivePage(): Page | null {
  const [page, setPage] = useState<Page | null>(null);
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => (tab?.id === undefined ? null : askPage(tab.id)))
      .then(setPage)
      .catch(() => setPage(null));
  }, []);
  return page;
}
