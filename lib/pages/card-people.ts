import type { VerbInput } from '../protocol';
import type { DetectedPage, DetectedPerson } from '../sites/types';

/** The key a person is known by on the page: address, else profile, else name. */
export const personKey = (p: DetectedPerson): string => p.email || p.profileUrl || `name:${p.name}`;

const EMAIL_SITES = ['gmail', 'outlook'];
const NOBODY: DetectedPerson[] = [];

/** The people worth a card: not the user, each once (by address, else profile). */
function worthACard(people: readonly DetectedPerson[], own: ReadonlySet<string>): DetectedPerson[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = personKey(p);
    if ((p.email && own.has(p.email.toLowerCase())) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface CardPeople {
  /** The page's own people (a profile's, a thread's), without the chat windows' or the drafts'. */
  pagePeople: DetectedPerson[];
  /** Everyone shown in the page's section: its own people and the chat windows'. */
  people: DetectedPerson[];
  /** The recipients of an inline reply who are not shown already. */
  writingTo: DetectedPerson[];
  /** Everyone looked up. */
  everyone: DetectedPerson[];
}

/**
 * Who gets a card on a page, given the user's own addresses: decided in one place, so that the lookup made as
 * the page arrives (by the background on its way, else by the sidebar) asks for exactly the people it shows.
 */
export function cardPeople(page: DetectedPage, ownAddresses: readonly string[]): CardPeople {
  const own = new Set([...ownAddresses.map((e) => e.toLowerCase()), page.account ?? '']);
  // An email list's rows are not "on the page" in the sense of a conversation: the list gets the home view.
  const listed = EMAIL_SITES.includes(page.site) && page.kind !== 'thread' ? NOBODY : page.people;
  const pagePeople = worthACard(listed, own);
  // The people of the chat windows open over the page (LinkedIn): after a profile's or a thread's own people,
  // before a list's (the rep is talking to them now).
  const chatting = (page.conversations ?? []).flatMap((c) => c.people);
  const ownFirst = page.kind === 'profile' || page.kind === 'thread';
  const people = worthACard(ownFirst ? [...pagePeople, ...chatting] : [...chatting, ...pagePeople], own);
  // An inline reply's recipients are usually the thread's people already: one card each.
  const shown = new Set(people.map(personKey));
  const writingTo = worthACard(page.drafts?.flatMap((d) => d.people) ?? [], own).filter(
    (p) => !shown.has(personKey(p)),
  );
  return { pagePeople, people, writingTo, everyone: worthACard([...people, ...writingTo], own) };
}

/** A person as the lookup and the same-person search read them. */
export const personQuery = (p: DetectedPerson) => ({
  name: p.name,
  ...(p.email ? { email: p.email } : {}),
  ...(p.profileUrl ? { linkedin: p.profileUrl } : {}),
  ...(p.company ? { company: p.company } : {}),
});

/** What a lookup of these people asks: each of them, and the signed-in account. */
export function lookupInput(people: readonly DetectedPerson[], account: string | null): VerbInput<'contacts.lookup'> {
  return { account, people: people.map(personQuery) };
}
