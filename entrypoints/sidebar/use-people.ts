import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { rpc, type VerbOutput } from '@/lib/protocol/client';
import type { DetectedPerson } from '@/lib/sites/types';

export type PersonLookup = VerbOutput<'contacts.lookup'>[number];

/** The key a person is known by on the page: address, else profile, else name. */
export const personKey = (p: DetectedPerson): string => p.email || p.profileUrl || `name:${p.name}`;

/** What Rapport knows about each person on the page, keyed by personKey; refreshed on demand. */
export function usePeople(people: readonly DetectedPerson[], account: string | null) {
  const key = JSON.stringify([people.map((p) => [p.name, p.email, p.profileUrl, p.company]), account]);
  const [found, setFound] = useState<Record<string, PersonLookup>>({});
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    if (!people.length) return setFound({});
    try {
      const answers = await rpc('contacts.lookup', {
        account,
        people: people.map((p) => ({
          name: p.name,
          ...(p.email ? { email: p.email } : {}),
          ...(p.profileUrl ? { linkedin: p.profileUrl } : {}),
          ...(p.company ? { company: p.company } : {}),
        })),
      });
      // The page changed while this answer was on its way: a newer lookup owns the cards.
      if (ticket !== latest.current) return;
      const next: Record<string, PersonLookup> = {};
      people.forEach((p, i) => {
        const answer = answers[i];
        if (answer) next[personKey(p)] = answer;
      });
      setFound(next);
      setError(null);
    } catch (e) {
      if (ticket === latest.current) setError(e);
    }
  }, [key]);
  // Before the browser paints the new page's placeholders: the answer is on its way a frame sooner.
  useLayoutEffect(() => {
    refresh();
  }, [refresh]);
  return { found, error, refresh };
}
