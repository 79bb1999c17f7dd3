import { useEffect, useState } from 'preact/hooks';
import type { BuildProgress } from '@/lib/db/contacts/list';
import { rpc } from '@/lib/protocol/client';

const EVERY_MS = 300;

/**
 * While the table waits for its first rows, how far the background has read the book to build
 * its index (seconds for a large book after the service worker restarted); null otherwise.
 */
export function useIndexProgress(waiting: boolean): BuildProgress | null {
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  useEffect(() => {
    setProgress(null);
    if (!waiting) return;
    let live = true;
    const poll = () =>
      rpc('contacts.progress', {}).then(
        (answer) => live && setProgress(answer),
        () => undefined,
      );
    poll();
    const timer = setInterval(poll, EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [waiting]);
  return progress;
}
