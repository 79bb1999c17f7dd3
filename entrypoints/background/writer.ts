import { setWriter } from '@/lib/db/writer';
import { currentRepName, repNameItem, teamSyncItem } from '@/lib/settings';

/**
 * Keeps the doors' writer (lib/db/writer.ts) at the rep's current name. Resolves once it is read, so the
 * database is handed out only after: no write of a fresh service worker goes unsigned.
 */
export function keepWriterCurrent(): Promise<void> {
  const update = () =>
    currentRepName()
      .then(setWriter)
      .catch((error: unknown) => console.error(error));
  teamSyncItem.watch(update);
  repNameItem.watch(update);
  return update();
}
