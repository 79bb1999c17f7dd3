import { useEffect } from 'preact/hooks';
import { rpc } from '@/lib/protocol/client';

/** Under the ~30 s after which an idle extension service worker is stopped. */
const EVERY_MS = 20_000;

/**
 * Keeps the background awake while the dashboard is on screen, so its index of the book stays
 * warm; a hidden or closed dashboard lets it sleep, and the background drops the index.
 */
export function useKeepAlive(): void {
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') rpc('contacts.keepAlive', {}).catch(() => undefined);
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, []);
}
