import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ContactCard } from '@/lib/db/cards';
import { rpc } from '@/lib/messaging/client';

/** The contact cards of the given addresses, refreshed when they change or on demand. */
export function useCards(emails: string[]) {
  const key = emails.join('\n');
  const [cards, setCards] = useState<Record<string, ContactCard>>({});
  const [error, setError] = useState<unknown>(null);
  const refresh = useCallback(async () => {
    if (!key) return setCards({});
    try {
      setCards(await rpc('contact.lookup', { emails: key.split('\n') }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [key]);
  useEffect(() => {
    refresh();
  }, [refresh]);
  return { cards, error, refresh };
}
