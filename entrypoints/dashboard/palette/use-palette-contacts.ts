import { useRpc } from '@/components/shell/use-rpc';
import { rpc } from '@/lib/protocol/client';
import type { PaletteCommand } from './palette-command';

const TYPING_MS = 120;
const SHOWN = 8;

/** Contacts matching what is typed in the palette, as commands that open them. */
export function usePaletteContacts(text: string, open: (id: string) => void): PaletteCommand[] {
  const query = text.trim();
  const { value: hits, error } = useRpc(
    () => (query ? rpc('contacts.search', { query, limit: SHOWN }) : Promise.resolve([])),
    query,
    { wait: TYPING_MS },
  );
  if (!query || error || !hits) return [];
  return hits.map((hit) => ({
    id: hit.id,
    kind: 'contact',
    label: [hit.name, hit.orgName ?? hit.emails[0]].filter(Boolean).join(' — '),
    run: () => open(hit.id),
  }));
}
