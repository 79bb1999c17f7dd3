import { useRpc } from '@/components/shell/use-rpc';
import type { VerbOutput } from '@/lib/protocol/client';
import type { DetectedPerson } from '@/lib/sites/types';
import { portRpc } from './tab-port';

export type PersonLookup = VerbOutput<'contacts.lookup'>[number];
type Found = Record<string, PersonLookup>;

/** The key a person is known by on the page: address, else profile, else name. */
export const personKey = (p: DetectedPerson): string => p.email || p.profileUrl || `name:${p.name}`;

const NOBODY: Found = {};

const lookupKey = (people: readonly DetectedPerson[], account: string | null) =>
  JSON.stringify([people.map((p) => [p.name, p.email, p.profileUrl, p.company]), account]);

async function lookUp(people: readonly DetectedPerson[], account: string | null): Promise<Found> {
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
  const found: Found = {};
  people.forEach((p, i) => {
    const answer = answers[i];
    if (answer) found[personKey(p)] = answer;
  });
  return found;
}

/** The one lookup started ahead of its page's render, by key, until usePeople takes it. */
let ahead: { key: string; found: Promise<Found> } | undefined;
/** The people usePeople asked for last: a page event that leaves them as they are needs no lookup. */
let askedKey: string | undefined;

/**
 * Starts looking up a page's people as soon as the page arrives (use-page.ts), before it is drawn: the render that
 * follows finds the answer on its way instead of asking only then. Returns that lookup, if one is on its way.
 */
export function lookUpAhead(people: readonly DetectedPerson[], account: string | null): Promise<unknown> | undefined {
  const key = lookupKey(people, account);
  if (key === ahead?.key) return ahead.found;
  if (!people.length || key === askedKey) return undefined;
  const found = lookUp(people, account);
  found.catch(() => undefined);
  ahead = { key, found };
  return found;
}

/** What Rapport knows about each person on the page, keyed by personKey; refreshed on demand. */
export function usePeople(people: readonly DetectedPerson[], account: string | null) {
  const key = lookupKey(people, account);
  // The page may change while an answer is on its way: a newer lookup owns the cards.
  const { value, error, reload } = useRpc(() => {
    askedKey = key;
    const early = ahead?.key === key ? ahead.found : undefined;
    if (early) ahead = undefined;
    return early ?? lookUp(people, account);
  }, key);
  return { found: value ?? NOBODY, error, refresh: reload };
}
