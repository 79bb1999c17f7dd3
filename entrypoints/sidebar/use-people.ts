import { useRpc } from '@/components/shell/use-rpc';
import { lookupInput, personKey, personQuery } from '@/lib/pages/card-people';
import type { VerbOutput } from '@/lib/protocol/client';
import type { PageCards } from '@/lib/protocol/sidebar-port';
import type { DetectedPerson } from '@/lib/sites/types';
import { portRpc } from './tab-port';

export type PersonLookup = VerbOutput<'contacts.lookup'>[number];
type Found = Record<string, PersonLookup>;
export type SameAs = NonNullable<VerbOutput<'contacts.sameAs'>[number]>;
type Offers = Record<string, SameAs>;

const NOBODY: Found = {};
const NO_OFFERS: Offers = {};

const peopleKey = (people: readonly DetectedPerson[]) =>
  JSON.stringify(people.map((p) => [p.name, p.email, p.profileUrl, p.company]));
const lookupKey = (people: readonly DetectedPerson[], account: string | null) =>
  JSON.stringify([peopleKey(people), account]);

/** Each answer by its person's key. */
function byPerson<T>(people: readonly DetectedPerson[], answers: readonly (T | null | undefined)[]): Record<string, T> {
  const keyed: Record<string, T> = {};
  people.forEach((p, i) => {
    const answer = answers[i];
    if (answer) keyed[personKey(p)] = answer;
  });
  return keyed;
}

async function lookUp(people: readonly DetectedPerson[], account: string | null): Promise<Found> {
  if (!people.length) return NOBODY;
  return byPerson(people, await portRpc('contacts.lookup', lookupInput(people, account)));
}

async function offersFor(people: readonly DetectedPerson[]): Promise<Offers> {
  if (!people.length) return NO_OFFERS;
  return byPerson(people, await portRpc('contacts.sameAs', { people: people.map(personQuery) }));
}

/** The one lookup started ahead of its page's render, by key, until usePeople takes it. */
let ahead: { key: string; found: Promise<Found> } | undefined;
/** The people usePeople asked for last: a page event that leaves them as they are needs no lookup. */
let askedKey: string | undefined;

/**
 * Starts looking up a page's people as soon as the page arrives (use-page.ts), before it is drawn: the render that
 * follows finds the answer on its way instead of asking only then. The cards the background sent with the page
 * are that answer already, when they are of exactly these people. Returns that lookup, if one is on its way.
 */
export function lookUpAhead(
  people: readonly DetectedPerson[],
  account: string | null,
  sent?: PageCards,
): Promise<unknown> | undefined {
  const key = lookupKey(people, account);
  if (key === ahead?.key) return ahead.found;
  if (!people.length || key === askedKey) return undefined;
  const asked = sent && JSON.stringify(sent.asked) === JSON.stringify(lookupInput(people, account));
  const found = asked ? Promise.resolve(byPerson(people, sent.found)) : lookUp(people, account);
  found.catch(() => undefined);
  ahead = { key, found };
  return found;
}

/**
 * What Rapport knows about each person on the page, keyed by personKey; refreshed on demand. Then, for the people
 * it has no card for, a saved contact that is probably them (`sameAs`): asked once the cards are in, so the cards
 * never wait for that search.
 */
export function usePeople(people: readonly DetectedPerson[], account: string | null) {
  const key = lookupKey(people, account);
  // The page may change while an answer is on its way: a newer lookup owns the cards.
  const { value, error, reload } = useRpc(() => {
    askedKey = key;
    const early = ahead?.key === key ? ahead.found : undefined;
    if (early) ahead = undefined;
    return early ?? lookUp(people, account);
  }, key);
  const found = value ?? NOBODY;
  const unsaved = people.filter((p) => {
    const lookup = found[personKey(p)];
    return lookup && !lookup.card && !lookup.neverLog;
  });
  const offers = useRpc(() => offersFor(unsaved), peopleKey(unsaved));
  return { found, sameAs: offers.value ?? NO_OFFERS, error: error ?? offers.error, refresh: reload };
}
