import { useRpc } from '@/components/shell/use-rpc';
import type { VerbOutput } from '@/lib/protocol/client';
import type { DetectedPerson } from '@/lib/sites/types';
import { portRpc } from './tab-port';

export type PersonLookup = VerbOutput<'contacts.lookup'>[number];

/** The key a person is known by on the page: address, else profile, else name. */
export const personKey = (p: DetectedPerson): string => p.email || p.profileUrl || `name:${p.name}`;

const NOBODY: Record<string, PersonLookup> = {};

/** What Rapport knows about each person on the page, keyed by personKey; refreshed on demand. */
export function usePeople(people: readonly DetectedPerson[], account: string | null) {
  const key = JSON.stringify([people.map((p) => [p.name, p.email, p.profileUrl, p.company]), account]);
  // The page may change while an answer is on its way: a newer lookup owns the cards.
  const { value, error, reload } = useRpc(async () => {
    if (!people.length) return NOBODY;
    const answers = await portRpc('contacts.lookup', {
      account,
      people: people.map((p) => ({
        name: p.name,
        ...(p.email ? { email: p.email } : {}),
        ...(p.profileUrl ? { linkedin: p.profileUrl } : {}),
        ...(p.company ? { company: p.company } : {}),
      })),
    });
    const found: Record<string, PersonLookup> = {};
    people.forEach((p, i) => {
      const answer = answers[i];
      if (answer) found[personKey(p)] = answer;
    });
    return found;
  }, key);
  return { found: value ?? NOBODY, error, refresh: reload };
}
