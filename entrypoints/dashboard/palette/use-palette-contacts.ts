import { useEffect, useState } from 'preact/hooks';
import { rpc } from '@/lib/protocol/client';
import type { PaletteCommand } from './palette-command';

const TYPING_MS = 120;
const SHOWN = 8;

/** Contacts matching what is typed in the palette, as commands that open them. */
export function usePaletteContacts(text: string, open: (id: string) => void): PaletteCommand[] {
  const [found, setFound] = useState<PaletteCommand[]>([]);
  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setFound([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      rpc('contacts.search', { query, limit: SHOWN }).then(
        (hits) => {
          if (!current) return;
          setFound(
            hits.map((hit) => ({
              id: hit.id,
              kind: 'contact',
              label: [hit.name, hit.orgName ?? hit.emails[0]].filter(Boolean).join(' — '),
              run: () => open(hit.id),
            })),
          );
        },
        () => current && setFound([]),
      );
    }, TYPING_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, open]);
  return found;
}
